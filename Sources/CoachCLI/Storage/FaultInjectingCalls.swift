import Glibc

/// System calls of which the Nth fails with a chosen `errno`, for tests.
///
/// Every call but `close` counts (open, read, write, fsync, fdatasync,
/// ftruncate, rename, link, unlink, mkdir), so a test that runs a whole
/// session once for every N sees each file operation fail in turn. The
/// fault fires once: later calls succeed, as after a disk that frees up.
final class FaultInjectingCalls: SystemCalls {
  /// The calls made so far.
  private(set) var count = 0
  /// Whether the fault has fired.
  private(set) var fired = false
  private let failing: Int
  private let code: Int32

  /// - Parameters:
  ///   - failing: The 1-based number of the call to fail; 0 fails none (to
  ///     count the calls of a session).
  ///   - code: The `errno` it fails with.
  init(failing: Int, code: Int32) {
    self.failing = failing
    self.code = code
  }

  /// Counts a call; `true` when this one is to fail (`errno` is then set).
  func fails() -> Bool {
    count += 1
    guard count == failing else { return false }
    fired = true
    errno = code
    return true
  }

  override func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    fails() ? -1 : super.open(path, flags, mode)
  }

  override func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    fails() ? -1 : super.read(fd, buffer, count)
  }

  override func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    fails() ? -1 : super.write(fd, buffer, count)
  }

  override func fsync(_ fd: Int32) -> Int32 { fails() ? -1 : super.fsync(fd) }

  override func fdatasync(_ fd: Int32) -> Int32 { fails() ? -1 : super.fdatasync(fd) }

  override func ftruncate(_ fd: Int32, _ length: off_t) -> Int32 {
    fails() ? -1 : super.ftruncate(fd, length)
  }

  override func rename(_ from: String, _ to: String) -> Int32 {
    fails() ? -1 : super.rename(from, to)
  }

  override func link(_ from: String, _ to: String) -> Int32 {
    fails() ? -1 : super.link(from, to)
  }

  override func unlink(_ path: String) -> Int32 { fails() ? -1 : super.unlink(path) }

  override func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
    fails() ? -1 : super.mkdir(path, mode)
  }
}
