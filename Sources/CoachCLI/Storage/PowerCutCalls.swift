import Glibc

/// System calls that lose power before the Nth call, for tests: whatever
/// was not synced is lost, as on a machine whose power is cut, and the
/// process ends at once (`_exit(137)`, as after SIGKILL).
///
/// It keeps, per file, the length made durable by `fsync`/`fdatasync` and
/// whether its name is durable (its directory synced since it was created,
/// linked or renamed to). At the cut, a file is cut back to its durable
/// length; a name that is not durable disappears, or shows the file it
/// replaced. That is SQLite's crash-test method over the real file system:
/// a build without the journal's `fdatasync` loses its answers here.
/// Removed files are not brought back, nor directories tracked.
final class PowerCutCalls: SystemCalls {
  private struct FileState {
    var durableLength: Int
    var isNameDurable: Bool
    /// What a rename replaced, shown again if the rename is lost.
    var replaced: [UInt8]?
  }

  private var files: [String: FileState] = [:]
  private var descriptors: [Int32: String] = [:]
  private var directories: [Int32: String] = [:]
  private let onCut: (Int) -> Void
  private let cutting: Int
  /// The calls made so far.
  private(set) var count = 0

  /// - Parameters:
  ///   - call: The 1-based number of the call before which power goes; 0
  ///     never cuts (to count the calls of a session).
  ///   - onCut: Run with the number of calls made, after the files are cut
  ///     back and before the process ends.
  init(cuttingAt call: Int, onCut: @escaping (Int) -> Void) {
    self.cutting = call
    self.onCut = onCut
  }

  /// Counts a call and cuts the power if it is the chosen one.
  private func step() {
    count += 1
    if count == cutting { cut() }
  }

  private func cut() {
    for (path, state) in files {
      if !state.isNameDurable {
        if let replaced = state.replaced {
          Self.overwrite(path, with: replaced)
        } else {
          _ = Glibc.unlink(path)
        }
      } else if Self.size(of: path).map({ $0 > state.durableLength }) ?? false {
        _ = Glibc.truncate(path, off_t(state.durableLength))
      }
    }
    onCut(count - 1)
    _exit(137)
  }

  override func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    step()
    let existed = Self.size(of: path) != nil
    let fd = super.open(path, flags, mode)
    guard fd >= 0 else { return fd }
    if flags & O_DIRECTORY != 0 {
      directories[fd] = path
      return fd
    }
    descriptors[fd] = path
    if files[path] == nil {
      files[path] =
        existed
        ? FileState(durableLength: Self.size(of: path) ?? 0, isNameDurable: true)
        : FileState(durableLength: 0, isNameDurable: false)
    }
    return fd
  }

  override func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    step()
    return super.read(fd, buffer, count)
  }

  override func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    step()
    return super.write(fd, buffer, count)
  }

  override func fsync(_ fd: Int32) -> Int32 {
    step()
    let result = super.fsync(fd)
    if result == 0 { synced(fd) }
    return result
  }

  override func fdatasync(_ fd: Int32) -> Int32 {
    step()
    let result = super.fdatasync(fd)
    if result == 0 { synced(fd) }
    return result
  }

  override func ftruncate(_ fd: Int32, _ length: off_t) -> Int32 {
    step()
    let result = super.ftruncate(fd, length)
    if result == 0, let path = descriptors[fd], var state = files[path] {
      state.durableLength = min(state.durableLength, Int(length))
      files[path] = state
    }
    return result
  }

  override func rename(_ from: String, _ to: String) -> Int32 {
    step()
    // What `to` durably holds comes back if this rename is lost.
    let isDurable = files[to]?.isNameDurable ?? true
    let replaced = isDurable ? Self.contents(of: to) : nil
    let result = super.rename(from, to)
    if result == 0 {
      var state =
        files[from] ?? FileState(durableLength: Self.size(of: to) ?? 0, isNameDurable: true)
      state.isNameDurable = false
      state.replaced = replaced ?? files[to]?.replaced
      files[to] = state
      files[from] = nil
    }
    return result
  }

  override func link(_ from: String, _ to: String) -> Int32 {
    step()
    let result = super.link(from, to)
    if result == 0 {
      var state =
        files[from] ?? FileState(durableLength: Self.size(of: to) ?? 0, isNameDurable: true)
      state.isNameDurable = false
      state.replaced = nil
      files[to] = state
    }
    return result
  }

  override func unlink(_ path: String) -> Int32 {
    step()
    let result = super.unlink(path)
    if result == 0 { files[path] = nil }
    return result
  }

  override func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
    step()
    return super.mkdir(path, mode)
  }

  override func close(_ fd: Int32) -> Int32 {
    descriptors[fd] = nil
    directories[fd] = nil
    return super.close(fd)
  }

  /// A synced file keeps what it holds; a synced directory, its names.
  private func synced(_ fd: Int32) {
    if let directory = directories[fd] {
      let name = directory == "." ? "" : directory
      for (path, var state) in files where Self.parent(path) == name && !state.isNameDurable {
        state.isNameDurable = true
        state.replaced = nil
        files[path] = state
      }
    } else if let path = descriptors[fd], var state = files[path] {
      var info = stat()
      if fstat(fd, &info) == 0 { state.durableLength = Int(info.st_size) }
      files[path] = state
    }
  }

  private static func size(of path: String) -> Int? {
    var info = stat()
    guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  private static func contents(of path: String) -> [UInt8]? {
    guard let size = size(of: path) else { return nil }
    let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { _ = Glibc.close(fd) }
    var bytes = [UInt8](repeating: 0, count: size)
    let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, size) }
    return count == size ? bytes : nil
  }

  private static func overwrite(_ path: String, with bytes: [UInt8]) {
    let fd = Glibc.open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    _ = Glibc.close(fd)
  }

  private static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
