/// Why a session's journal could not be opened or written.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Storage failed: the answer being saved is not saved.
  case store(StoreError)
  /// The transcript at `path` is corrupt or not a transcript.
  case transcript(path: String, TranscriptError)
  /// Another process holds the session's lock.
  case locked(session: String)
  case missing(session: String)
  case exists(session: String)
  case invalidID(String)
  /// A session folder or transcript that is a symbolic link (or not a
  /// plain folder or file): never followed, so a planted link cannot get
  /// answers appended to, or chmodded, its target.
  case notPlain(path: String)
  /// An earlier append failed, so nothing more is written: the end of the
  /// file is in an unknown state until the session is opened again.
  case stopped(session: String)

  /// The line for standard error: `<file>:<line>: error: …` for a corrupt
  /// transcript, `error: …` otherwise.
  public var description: String {
    switch self {
    case .transcript(let path, let error): return error.formatted(file: path)
    default: return "error: \(message)"
    }
  }

  /// The message alone, lower case, names in single quotes.
  public var message: String {
    switch self {
    case .store(let error): return error.description
    case .transcript(_, let error): return error.message
    case .locked(let session): return "session '\(session)' is open in another coach (pid unknown)"
    case .missing(let session): return "no session '\(session)'"
    case .exists(let session): return "session '\(session)' already exists"
    case .invalidID(let id): return "'\(id)' is not a session id"
    case .notPlain(let path):
      return "'\(path)' is a symbolic link or not a plain file or folder; coach never follows "
        + "links in its data dir: put the real session there"
    case .stopped(let session):
      return "session '\(session)' stopped saving after an error; open it again to continue"
    }
  }
}
