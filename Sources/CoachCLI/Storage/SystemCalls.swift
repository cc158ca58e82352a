import Glibc

/// The file-system calls `PosixFileStore` makes, one method each.
///
/// This is the real thing; it exists as a seam so that the test layers
/// (`FaultInjectingCalls`, `PowerCutCalls`) can fail the Nth call with a
/// chosen `errno`, or lose what was never synced, underneath the very code
/// that runs in production. Each method returns what the C call returns and
/// leaves `errno` as it set it.
class SystemCalls {
  init() {}

  func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    Glibc.open(path, flags, mode)
  }

  func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    Glibc.read(fd, buffer, count)
  }

  func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    Glibc.write(fd, buffer, count)
  }

  func fsync(_ fd: Int32) -> Int32 { Glibc.fsync(fd) }

  func fdatasync(_ fd: Int32) -> Int32 { Glibc.fdatasync(fd) }

  func ftruncate(_ fd: Int32, _ length: off_t) -> Int32 { Glibc.ftruncate(fd, length) }

  func rename(_ from: String, _ to: String) -> Int32 { Glibc.rename(from, to) }

  func link(_ from: String, _ to: String) -> Int32 { Glibc.link(from, to) }

  func unlink(_ path: String) -> Int32 { Glibc.unlink(path) }

  func mkdir(_ path: String, _ mode: mode_t) -> Int32 { Glibc.mkdir(path, mode) }

  func close(_ fd: Int32) -> Int32 { Glibc.close(fd) }
}
