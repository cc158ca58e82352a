import CoachCore
import Glibc

/// Where things live: the data dir, the history file and the built-in
/// scripts.
struct Paths {
  let dataDirectory: String
  let historyFile: String?
  /// Why there is no data dir to use: HOME unset and no other place given.
  let missingHome: String?

  init(arguments: Arguments, environment: [String: String]) {
    // Never a guess such as /tmp, where another local user could plant a
    // session that coach would resume and append a salary to.
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
    var missingHome: String?
    if let dir = arguments.dataDir {
      dataDirectory = dir
    } else if let dir = environment["COACH_HOME"], !dir.isEmpty {
      dataDirectory = dir
    } else if let dir = environment["XDG_DATA_HOME"], dir.hasPrefix("/") {
      dataDirectory = dir + "/coach"
    } else if let home {
      dataDirectory = home + "/.local/share/coach"
    } else {
      dataDirectory = ""
      missingHome =
        "error: HOME is not set, so there is no data dir; "
        + "give one with --data-dir DIR or COACH_HOME"
    }
    self.missingHome = missingHome
    if let dir = environment["XDG_STATE_HOME"], dir.hasPrefix("/") {
      historyFile = dir + "/coach/history"
    } else {
      historyFile = home.map { $0 + "/.local/state/coach/history" }
    }
  }

  /// Why the data dir must not be used, or `nil` when it may.
  ///
  /// As ssh does for `~/.ssh`, the data dir and its `sessions` folder must
  /// belong to the user and be writable by no one else: otherwise another
  /// user could plant a session that coach resumes and appends a salary
  /// to. A dir that does not exist yet is fine (coach makes it 0700).
  func dataDirectoryProblem() -> String? {
    if let missingHome { return missingHome }
    for path in [dataDirectory, SessionLayout(dataDirectory: dataDirectory).sessionsDirectory] {
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        return "error: '\(path)' is not a directory; give a data dir with --data-dir DIR"
      }
      let me = geteuid()
      if info.st_uid != me {
        return "error: '\(path)' belongs to uid \(info.st_uid), not to you (uid \(me)); "
          + "coach uses only a data dir of your own: fix it with 'chown \(me) \(path)' "
          + "or give another with --data-dir DIR"
      }
      let mode = info.st_mode & 0o777
      if mode & 0o022 != 0 {
        let octal = String(mode, radix: 8)
        return "error: '\(path)' is writable by others (mode \(octal)); "
          + "fix it with 'chmod 700 \(path)'"
      }
    }
    return nil
  }

  /// The built-in `Prompts/` folder: beside the executable's package (a
  /// checkout, `.build/<config>/coach`), or in `../share/coach/Prompts` of an
  /// installed binary. `COACH_PROMPTS` overrides both.
  static func builtInPrompts(environment: [String: String]) -> String? {
    if let dir = environment["COACH_PROMPTS"], !dir.isEmpty { return dir }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return nil }
    var dir = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    for _ in 0..<6 {
      guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { return nil }
      dir = String(dir[..<slash])
      for candidate in [dir + "/Prompts", dir + "/share/coach/Prompts"] where isDirectory(candidate)
      {
        return candidate
      }
    }
    return nil
  }

  static func isDirectory(_ path: String) -> Bool {
    var s = stat()
    return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
  }
}

extension AppContext {
  /// Whether the command reads or writes the data dir: all but `check`,
  /// `scripts`, `help` and a replay of a transcript file.
  var needsDataDirectory: Bool {
    switch arguments.command {
    case .check?, .scripts?, .help?: return false
    case .replay?:
      let target = arguments.positionals.first ?? ""
      return SessionLayout.isValidID(target) && !target.hasSuffix(".jsonl")
    default: return true
    }
  }
}
