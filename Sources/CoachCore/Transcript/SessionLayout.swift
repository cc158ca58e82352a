/// Where a data directory keeps its sessions:
/// `sessions/<id>/transcript.jsonl` and `sessions/<id>/plan.json`.
///
/// The layout is documented (docs/transcripts.md) so people can back it up;
/// this type is its only spelling in code.
public struct SessionLayout: Hashable, Sendable {
  public static let transcriptName = "transcript.jsonl"
  public static let planName = "plan.json"
  public static let scriptsName = "scripts"

  public var dataDirectory: String

  public init(dataDirectory: String) {
    self.dataDirectory = dataDirectory
  }

  public var sessionsDirectory: String { Self.join(dataDirectory, "sessions") }

  public func directory(of session: String) -> String { Self.join(sessionsDirectory, session) }

  public func transcriptPath(of session: String) -> String {
    Self.join(directory(of: session), Self.transcriptName)
  }

  public func planPath(of session: String) -> String {
    Self.join(directory(of: session), Self.planName)
  }

  /// `sessions/<id>/scripts`: a copy of every script the session ran, as
  /// it ran, so the session stands on its own.
  public func scriptsDirectory(of session: String) -> String {
    Self.join(directory(of: session), Self.scriptsName)
  }

  /// Where the copy of script `script` of `session` is kept.
  public func scriptCopyPath(of session: String, script: String) -> String {
    Self.join(scriptsDirectory(of: session), script + ".yaml")
  }

  /// The sessions that have a transcript, oldest first (ids sort by time).
  public func sessionIDs(in store: any FileStore) throws(StoreError) -> [String] {
    try sessionIDs(in: store, startingWith: "")
  }

  /// The sessions whose ids start with `prefix` that have a transcript:
  /// only those are looked at, so a new session's start does not look at
  /// every transcript its person ever made.
  public func sessionIDs(in store: any FileStore, startingWith prefix: String) throws(StoreError)
    -> [String]
  {
    try store.list(sessionsDirectory).filter {
      $0.hasPrefix(prefix) && Self.isValidID($0)
        && store.modificationTime(transcriptPath(of: $0)) != nil
    }
  }

  /// A new session id, `YYYYMMDD-HHMMSS-xxxx`: the UTC time, so ids sort by
  /// when they were made wherever the person travels, then four hex digits
  /// that tell apart sessions started in the same second.
  ///
  /// - Parameters:
  ///   - moment: When the session starts.
  ///   - suffix: Tells apart sessions started in the same second; the shell
  ///     counts them up, so ids sort in the order sessions were started.
  /// - Returns: The id, such as `20261125-090000-0000`.
  public static func newID(at moment: Moment, suffix: UInt16) -> String {
    let utc = Moment(seconds: moment.seconds)
    let day = utc.day
    let second = utc.secondOfDay
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    let hex = String(suffix, radix: 16)
    return "\(pad(day.year, 4))\(pad(day.month, 2))\(pad(day.day, 2))-"
      + "\(pad(second / 3600, 2))\(pad(second / 60 % 60, 2))\(pad(second % 60, 2))-"
      + String(repeating: "0", count: 4 - hex.count) + hex
  }

  /// Whether `id` is safe as a directory name: letters, digits, `-`, `_`
  /// and `.`, not starting with `.`, so an id given on the command line can
  /// never reach outside `sessions/`.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.count <= 128 else {
      return false
    }
    return id.utf8.allSatisfy { c in
      (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }
  }

  /// The folder `path` is in: `""` (the current folder) for a bare name,
  /// `/` for a name at the root.
  public static func parent(of path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  public static func join(_ directory: String, _ name: String) -> String {
    if directory.isEmpty { return name }
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }
}
