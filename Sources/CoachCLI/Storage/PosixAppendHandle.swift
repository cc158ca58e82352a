import CoachCore
import Glibc

/// A transcript opened with `O_APPEND`, holding the session's `flock`.
final class PosixAppendHandle: AppendHandle {
  private let fd: Int32
  private let path: String
  private let calls: SystemCalls
  private var isClosed = false

  init(fd: Int32, path: String, calls: SystemCalls) {
    self.fd = fd
    self.path = path
    self.calls = calls
  }

  deinit { close() }

  /// One `write` of the whole record (continued only after a short write),
  /// then `fdatasync`: the record is on disk when this returns.
  func append(_ bytes: [UInt8]) throws(StoreError) {
    try checkOpen()
    try PosixFileStore.writeAll(fd, bytes, path: path, calls: calls)
    while calls.fdatasync(fd) != 0 {
      // Only an interrupted call is repeated; any real failure is reported.
      guard errno == EINTR else { throw PosixFileStore.failure(path, "save") }
    }
  }

  /// One `write` of the whole record, as `append`, and no sync.
  func appendUnsynced(_ bytes: [UInt8]) throws(StoreError) {
    try checkOpen()
    try PosixFileStore.writeAll(fd, bytes, path: path, calls: calls)
  }

  func tryLock() throws(StoreError) -> Bool {
    try checkOpen()
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      if errno == EWOULDBLOCK { return false }
      if errno != EINTR { throw PosixFileStore.failure(path, "lock") }
    }
    return true
  }

  func close() {
    guard !isClosed else { return }
    isClosed = true
    _ = calls.close(fd)
  }

  private func checkOpen() throws(StoreError) {
    guard !isClosed else {
      throw StoreError(path: path, operation: "save", message: PosixFileStore.text(EBADF))
    }
  }
}
