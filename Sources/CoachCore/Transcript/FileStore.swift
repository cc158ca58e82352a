/// The storage the journal and plan snapshots go through.
///
/// Every file access of a session goes through this protocol, so the core
/// stays free of I/O and tests can swap in `CrashSimulatingStore`, which loses
/// unsynced data the way a power cut does and fails chosen writes with
/// `ENOSPC` or `EIO`. The shell's `PosixFileStore` is the real thing.
///
/// Every operation that changes a directory (creating, renaming, removing)
/// is durable when it returns: the directory is synced. Appended bytes are
/// durable only once `AppendHandle.append` returns. The exceptions are the
/// `syncing: false` forms, for a new session that holds nothing to lose
/// yet: what they write is made durable later, with `sync(_:)`.
public protocol FileStore: AnyObject {
  /// The whole file, or `nil` when there is no such file.
  func read(_ path: String) throws(StoreError) -> [UInt8]?

  /// Opens a file for appending, creating it with mode 0600 when absent.
  func openAppend(_ path: String) throws(StoreError) -> any AppendHandle

  /// Replaces a file so that a crash leaves either the old or the new
  /// content, never a mixture: a temporary file in the same directory
  /// (created exclusively, mode 0600) is written, synced, closed and renamed
  /// over `path`, then the directory is synced.
  func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError)

  /// Like `writeAtomically`, but never replaces a file: when `path` exists
  /// it throws a `StoreError` whose message is `StoreError.exists`. A new
  /// session's transcript is made this way, so two sessions that drew the
  /// same id can never overwrite each other's answers.
  func createAtomically(_ bytes: [UInt8], at path: String) throws(StoreError)

  /// Creates a directory and its missing parents, each with mode 0700.
  func makeDirectory(_ path: String) throws(StoreError)

  /// `makeDirectory`, `writeAtomically` and `createAtomically`, with
  /// `syncing` false leaving out every sync: the new names and bytes are
  /// durable only once each file and then each directory they are in has
  /// gone through `sync(_:)`. A crash before may leave them, or a part of
  /// them, or nothing. The defaults sync all the same.
  func makeDirectory(_ path: String, syncing: Bool) throws(StoreError)
  func writeAtomically(_ bytes: [UInt8], to path: String, syncing: Bool) throws(StoreError)
  func createAtomically(_ bytes: [UInt8], at path: String, syncing: Bool) throws(StoreError)

  /// Makes durable what is at `path`: a file's bytes, or a directory's
  /// names. The default does nothing, its writes being synced already.
  func sync(_ path: String) throws(StoreError)

  /// The names in a directory, sorted; empty when the directory is absent.
  func list(_ directory: String) throws(StoreError) -> [String]

  /// Removes a file; removing an absent file does nothing.
  func remove(_ path: String) throws(StoreError)

  /// Renames a file, replacing any file at `to`.
  func rename(_ from: String, _ to: String) throws(StoreError)

  /// Cuts a file to `length` bytes and syncs it.
  func truncate(_ path: String, to length: Int) throws(StoreError)

  /// Seconds since 1970 of the last change, or `nil` when the file is absent.
  func modificationTime(_ path: String) -> Int64?

  /// What is at `path` itself, a symbolic link not followed (`lstat`), or
  /// `nil` when nothing is.
  func kind(_ path: String) -> FileKind?

  /// Removes the temporary files that atomic writes left in `directory`
  /// when a process died mid-write. Call it only while holding the session's
  /// lock, so no live write of the same session is disturbed.
  ///
  /// - Returns: The names removed.
  @discardableResult
  func sweepTemporaries(in directory: String) -> [String]
}

/// An open file that records are appended to, and the session's lock.
public protocol AppendHandle: AnyObject {
  /// Appends `bytes` with one write and syncs the data before returning.
  ///
  /// When this throws, nothing may be assumed about what reached the disk:
  /// the caller reports that saving failed and never retries-and-believes
  /// (a failed sync can drop the dirty pages, so a later sync may succeed
  /// without writing them).
  func append(_ bytes: [UInt8]) throws(StoreError)

  /// Appends `bytes` with one write and no sync: for records of a session
  /// that holds nothing to lose yet. The default syncs all the same.
  func appendUnsynced(_ bytes: [UInt8]) throws(StoreError)

  /// Takes the exclusive lock without waiting (`flock(LOCK_EX|LOCK_NB)`).
  ///
  /// The kernel releases it when the process dies, unlike a lock file.
  /// - Returns: `false` when another handle holds it.
  func tryLock() throws(StoreError) -> Bool

  /// Closes the file, releasing the lock. Closing twice does nothing.
  func close()
}

extension FileStore {
  public func makeDirectory(_ path: String, syncing: Bool) throws(StoreError) {
    try makeDirectory(path)
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String, syncing: Bool)
    throws(StoreError)
  {
    try writeAtomically(bytes, to: path)
  }

  public func createAtomically(_ bytes: [UInt8], at path: String, syncing: Bool)
    throws(StoreError)
  {
    try createAtomically(bytes, at: path)
  }

  public func sync(_ path: String) throws(StoreError) {}
}

extension AppendHandle {
  public func appendUnsynced(_ bytes: [UInt8]) throws(StoreError) { try append(bytes) }
}

/// What a path names, links not followed.
public enum FileKind: Hashable, Sendable {
  case regular, directory, symbolicLink
  /// A FIFO, a device, a socket.
  case other
}

/// A storage failure: which file, what was being done, and the system's
/// words for what went wrong (`"No space left on device"`).
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The system's messages for the failures tests inject.
  public static let noSpace = "No space left on device"
  public static let ioError = "Input/output error"
  public static let exists = "File exists"
  /// A save refused because the path is a link, FIFO, device or directory.
  public static let notRegular =
    "not a regular file (a symbolic link, FIFO, device or directory); coach writes only regular files"

  /// What went wrong, for a caller that handles some failures apart;
  /// nothing is decided on the message's words.
  public enum Code: Hashable, Sendable {
    /// The name is taken (`EEXIST`): another coach made it first.
    case exists
    /// Not a regular file where one was to be written or read.
    case notRegular
    /// Anything else.
    case other
  }

  public var path: String
  /// What was being done: `"read"`, `"save"`, `"open"`, `"rename"`, …
  public var operation: String
  public var message: String
  public var code: Code

  public init(path: String, operation: String, message: String, code: Code? = nil) {
    self.path = path
    self.operation = operation
    self.message = message
    self.code = code ?? (message == Self.notRegular ? .notRegular : .other)
  }

  /// `cannot save 'sessions/…/transcript.jsonl': No space left on device`.
  public var description: String { "cannot \(operation) '\(path)': \(message)" }
}
