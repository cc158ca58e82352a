import CoachCore
import Glibc

/// The real `FileStore`: POSIX calls, each checked, none trusted blindly.
///
/// Foundation's atomic write neither syncs the directory nor keeps a file
/// 0600 (docs/durability.md), so saving is done here by hand:
/// an exclusive temporary file, `fsync`, `rename`, then `fsync` of the
/// directory. A failed sync is reported, never retried: after one, Linux may
/// have dropped the pages and a second sync would succeed without them.
public final class PosixFileStore: FileStore {
  private var counter = 0
  let calls: SystemCalls

  public convenience init() { self.init(calls: SystemCalls()) }

  /// - Parameter calls: The system calls to make; tests pass a layer that
  ///   fails or loses some of them.
  init(calls: SystemCalls) {
    self.calls = calls
  }

  /// Reads into the array itself, sized by `fstat` (plus a byte, to see
  /// the end in the same call), so a script or transcript is one `read`
  /// and one copy; a file that grows meanwhile is read on in chunks.
  public func read(_ path: String) throws(StoreError) -> [UInt8]? {
    guard let fd = try open(path, O_RDONLY, "read", missingIsNil: true) else { return nil }
    defer { _ = calls.close(fd) }
    var info = stat()
    let expected = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
    var end = ReadEnd.full
    var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
      (count, end) = readFully(fd, into: buffer)
    }
    var chunk: [UInt8] = []
    while end == .full {
      if chunk.isEmpty { chunk = [UInt8](repeating: 0, count: 1 << 16) }
      let count: Int
      (count, end) = chunk.withUnsafeMutableBufferPointer { readFully(fd, into: $0) }
      bytes += chunk[0..<count]
    }
    if case .failed(let code) = end {
      throw StoreError(path: path, operation: "read", message: Self.text(code))
    }
    return bytes
  }

  /// How `readFully` stopped.
  private enum ReadEnd: Equatable {
    /// The buffer is full; there may be more.
    case full
    case endOfFile
    /// A read failed with this `errno`.
    case failed(Int32)
  }

  /// Reads until `buffer` is full, the file ends or a read fails.
  private func readFully(_ fd: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>)
    -> (count: Int, end: ReadEnd)
  {
    var count = 0
    while count < buffer.count {
      let n = calls.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      if n > 0 {
        count += n
      } else if n == 0 {
        return (count, .endOfFile)
      } else if errno != EINTR {
        return (count, .failed(errno))
      }
    }
    return (count, .full)
  }

  /// A symbolic link is never followed (`O_NOFOLLOW`): a planted link must
  /// not get a session's answers appended to, or chmodded, its target.
  public func openAppend(_ path: String) throws(StoreError) -> any AppendHandle {
    let flags = O_WRONLY | O_APPEND | O_NOFOLLOW
    if let fd = try open(path, flags | O_CREAT | O_EXCL, "open", exclusive: true) {
      // A new file's name is durable only once its directory is synced.
      do throws(StoreError) {
        try syncDirectory(Self.parent(path))
      } catch {
        _ = calls.close(fd)
        throw error
      }
      return PosixAppendHandle(fd: fd, path: path, calls: calls)
    }
    guard let fd = try open(path, flags, "open") else {
      throw StoreError(path: path, operation: "open", message: "No such file or directory")
    }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      _ = calls.close(fd)
      throw StoreError(path: path, operation: "open", message: StoreError.notRegular)
    }
    // A transcript restored from a backup may have come back 0644; it holds
    // salaries, so it is made private again before anything is appended.
    _ = fchmod(fd, 0o600)
    return PosixAppendHandle(fd: fd, path: path, calls: calls)
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
    try publish(bytes, at: path, replacing: true, syncing: true)
  }

  public func createAtomically(_ bytes: [UInt8], at path: String) throws(StoreError) {
    try publish(bytes, at: path, replacing: false, syncing: true)
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String, syncing: Bool)
    throws(StoreError)
  {
    try publish(bytes, at: path, replacing: true, syncing: syncing)
  }

  public func createAtomically(_ bytes: [UInt8], at path: String, syncing: Bool)
    throws(StoreError)
  {
    try publish(bytes, at: path, replacing: false, syncing: syncing)
  }

  /// `writeAtomically(_:to:)` of the bytes `produce` hands over a chunk at
  /// a time, each written to the temporary file as it comes: a long plan's
  /// JSON goes to its file from one small buffer, never held whole (a
  /// buffer of tens of megabytes cost a page fault a page). The bytes go
  /// nowhere but the temporary file, made 0600 before the first; after a
  /// failed write the rest are dropped and the error thrown once
  /// `produce` returns, with the temporary file removed.
  public func writeAtomically(
    to path: String, producing produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void
  ) throws(StoreError) {
    let calls = calls
    try publish(at: path, replacing: true, syncing: true) { fd throws(StoreError) in
      var failure: StoreError?
      produce { chunk in
        guard failure == nil else { return }
        do throws(StoreError) {
          try Self.writeAll(fd, UnsafeRawBufferPointer(chunk), path: path, calls: calls)
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
    }
  }

  /// `fsync` of the directory, or of the file opened for reading, at `path`.
  public func sync(_ path: String) throws(StoreError) {
    if path.isEmpty || Paths.isDirectory(path) { return try syncDirectory(path) }
    let fd = calls.open(path, O_RDONLY | O_CLOEXEC, 0)
    guard fd >= 0 else { throw Self.failure(path, "save") }
    defer { _ = calls.close(fd) }
    try Self.check(calls.fsync(fd), path, "save")
  }

  /// Writes a synced temporary file, then renames it over `path` or, when
  /// not `replacing`, links it to `path` (which fails if `path` exists);
  /// without `syncing`, neither the file nor its directory is synced.
  ///
  /// Only a regular file is replaced: a symbolic link, FIFO, device or
  /// directory at `path` is refused (as root, `-o /dev/null` would otherwise
  /// replace the device). SIGINT, SIGTERM and SIGHUP wait while the
  /// temporary file exists, so a signal never leaves it behind; those a
  /// killed writer left beside `path` are swept first.
  private func publish(_ bytes: [UInt8], at path: String, replacing: Bool, syncing: Bool)
    throws(StoreError)
  {
    let calls = calls
    try publish(at: path, replacing: replacing, syncing: syncing) { fd throws(StoreError) in
      try Self.writeAll(fd, bytes, path: path, calls: calls)
    }
  }

  /// `publish(_:at:replacing:syncing:)` with the temporary file's bytes
  /// written by `contents`, given its descriptor.
  private func publish(
    at path: String, replacing: Bool, syncing: Bool,
    contents: (Int32) throws(StoreError) -> Void
  ) throws(StoreError) {
    if let kind = kind(path), kind != .regular {
      throw StoreError(path: path, operation: "save", message: StoreError.notRegular)
    }
    let directory = Self.parent(path)
    sweepTemporaries(in: directory, of: Self.name(path))
    let signals = SignalBlock()
    defer { signals.end() }
    counter += 1
    let name = TemporaryFileName.make(for: Self.name(path), pid: getpid(), counter: counter)
    let temporary = Self.join(directory, name)
    let opened: Int32?
    do throws(StoreError) {
      opened = try open(temporary, O_WRONLY | O_CREAT | O_EXCL, "save")
    } catch {
      throw StoreError(path: path, operation: "save", message: error.message, code: error.code)
    }
    guard let fd = opened else {
      throw StoreError(path: path, operation: "save", message: Self.text(EEXIST), code: .exists)
    }
    var isOpen = true
    do throws(StoreError) {
      try Self.check(fchmod(fd, 0o600), path, "save")
      try contents(fd)
      if syncing { try Self.check(calls.fsync(fd), path, "save") }
      isOpen = false
      try Self.check(calls.close(fd), path, "save")
      if replacing {
        try Self.check(calls.rename(temporary, path), path, "save")
      } else {
        try Self.check(calls.link(temporary, path), path, "create")
        _ = calls.unlink(temporary)
      }
    } catch {
      if isOpen { _ = calls.close(fd) }
      _ = Glibc.unlink(temporary)
      throw error
    }
    if syncing { try syncDirectory(directory) }
  }

  public func makeDirectory(_ path: String) throws(StoreError) {
    try makeDirectory(path, syncing: true)
  }

  public func makeDirectory(_ path: String, syncing: Bool) throws(StoreError) {
    let parts = path.split(separator: "/")
    guard !parts.isEmpty else { return }
    try makeDirectory(parts, count: parts.count, absolute: path.hasPrefix("/"), syncing: syncing)
  }

  /// Makes the folder of the first `count` parts, deepest first: a folder
  /// asked for is nearly always there already, or only its last part is
  /// missing, so one call does (a new session's folder had cost one
  /// `mkdir` and one `stat` for every folder above it). Whatever fails is
  /// tried again once the folders above it are made or found, so an
  /// error names the highest folder that could not be made, as a walk down
  /// from the top would.
  private func makeDirectory(
    _ parts: [Substring], count: Int, absolute: Bool, syncing: Bool
  ) throws(StoreError) {
    var current = absolute ? "/" : ""
    for (i, part) in parts[..<count].enumerated() {
      if i > 0 { current += "/" }
      current += part
    }
    var made = calls.mkdir(current, 0o700) == 0
    var error = errno
    if !made && error != EEXIST && count > 1 {
      try makeDirectory(parts, count: count - 1, absolute: absolute, syncing: syncing)
      made = calls.mkdir(current, 0o700) == 0
      error = errno
    }
    if made {
      // Exactly 0700 whatever the umask: plans hold salaries.
      try Self.check(chmod(current, 0o700), current, "create directory")
      if syncing { try syncDirectory(Self.parent(current)) }
      return
    }
    var info = stat()
    guard error == EEXIST, stat(current, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
      throw StoreError(
        path: current, operation: "create directory",
        message: Self.text(error == EEXIST ? ENOTDIR : error))
    }
  }

  public func list(_ directory: String) throws(StoreError) -> [String] {
    guard let stream = opendir(directory.isEmpty ? "." : directory) else {
      if errno == ENOENT { return [] }
      throw Self.failure(directory, "list")
    }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafePointer(to: &entry.pointee.d_name) {
        String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  public func remove(_ path: String) throws(StoreError) {
    if calls.unlink(path) != 0 {
      if errno == ENOENT { return }
      throw Self.failure(path, "remove")
    }
    try syncDirectory(Self.parent(path))
  }

  public func rename(_ from: String, _ to: String) throws(StoreError) {
    try Self.check(calls.rename(from, to), from, "rename")
    try syncDirectory(Self.parent(to))
    if Self.parent(from) != Self.parent(to) { try syncDirectory(Self.parent(from)) }
  }

  public func truncate(_ path: String, to length: Int) throws(StoreError) {
    guard let fd = try open(path, O_WRONLY | O_NOFOLLOW, "truncate") else {
      throw StoreError(path: path, operation: "truncate", message: "No such file or directory")
    }
    defer { _ = calls.close(fd) }
    try Self.check(calls.ftruncate(fd, off_t(length)), path, "truncate")
    try Self.check(calls.fsync(fd), path, "truncate")
  }

  public func kind(_ path: String) -> FileKind? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  public func modificationTime(_ path: String) -> Int64? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int64(info.st_mtim.tv_sec)
  }

  /// Removes temporary files whose writer is this process or is gone; a
  /// live writer's file is spared, since only a crash makes one stale.
  @discardableResult
  public func sweepTemporaries(in directory: String) -> [String] {
    sweepTemporaries(in: directory, of: nil)
  }

  /// Sweeps the temporaries of `target` only (all of them when `nil`).
  @discardableResult
  func sweepTemporaries(in directory: String, of target: String?) -> [String] {
    let names = (try? list(directory)) ?? []
    let me = getpid()
    let removed = names.filter { name in
      guard let pid = TemporaryFileName.writer(of: name),
        target.map({ TemporaryFileName.target(of: name) == $0 }) ?? true
      else { return false }
      let isGone = pid == me || (kill(pid, 0) != 0 && errno == ESRCH)
      return isGone && Glibc.unlink(Self.join(directory, name)) == 0
    }
    if !removed.isEmpty { try? syncDirectory(directory) }
    return removed
  }

  // MARK: - System calls

  /// Opens with `O_CLOEXEC` and mode 0600, retrying on `EINTR`.
  ///
  /// - Returns: `nil` when the file is absent and `missingIsNil`, or when it
  ///   exists and `exclusive`.
  private func open(
    _ path: String, _ flags: Int32, _ operation: String, missingIsNil: Bool = false,
    exclusive: Bool = false
  ) throws(StoreError) -> Int32? {
    while true {
      let fd = calls.open(path, flags | O_CLOEXEC, 0o600)
      if fd >= 0 { return fd }
      if errno == EINTR { continue }
      if (missingIsNil && errno == ENOENT) || (exclusive && errno == EEXIST) { return nil }
      throw Self.failure(path, operation)
    }
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String, calls: SystemCalls)
    throws(StoreError)
  {
    let failure: StoreError? = bytes.withUnsafeBytes { buffer in
      do throws(StoreError) {
        try writeAll(fd, buffer, path: path, calls: calls)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
  }

  static func writeAll(
    _ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String, calls: SystemCalls
  ) throws(StoreError) {
    var offset = 0
    while offset < bytes.count {
      let count = calls.write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if count > 0 {
        offset += count
      } else if count == 0 || errno != EINTR {
        throw count == 0
          ? StoreError(path: path, operation: "save", message: text(EIO)) : failure(path, "save")
      }
    }
  }

  func syncDirectory(_ directory: String) throws(StoreError) {
    let name = directory.isEmpty ? "." : directory
    let fd = calls.open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
    guard fd >= 0 else { throw Self.failure(name, "save") }
    defer { _ = calls.close(fd) }
    // Some file systems cannot sync a directory at all (EINVAL); there is
    // nothing more to be done there, as PostgreSQL also concludes.
    if calls.fsync(fd) != 0 && errno != EINVAL { throw Self.failure(name, "save") }
  }

  static func check(_ result: Int32, _ path: String, _ operation: String) throws(StoreError) {
    if result != 0 { throw failure(path, operation) }
  }

  static func failure(_ path: String, _ operation: String) -> StoreError {
    let code = errno
    return StoreError(
      path: path, operation: operation, message: text(code), code: code == EEXIST ? .exists : nil)
  }

  static func text(_ code: Int32) -> String { String(cString: strerror(code)) }

  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  static func join(_ directory: String, _ name: String) -> String {
    directory.isEmpty
      ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
  }
}
