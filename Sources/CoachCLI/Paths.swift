import CoachCore
import Glibc

/// Where things live: the data dir, the history file and the built-in
/// scripts.
struct Paths {
  let dataDirectory: String
  let historyFile: String?

  init(arguments: Arguments, environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    if let dir = arguments.dataDir {
      dataDirectory = dir
    } else if let dir = environment["COACH_HOME"], !dir.isEmpty {
      dataDirectory = dir
    } else if let dir = environment["XDG_DATA_HOME"], dir.hasPrefix("/") {
      dataDirectory = dir + "/coach"
    } else {
      dataDirectory = home + "/.local/share/coach"
    }
    if let dir = environment["XDG_STATE_HOME"], dir.hasPrefix("/") {
      historyFile = dir + "/coach/history"
    } else {
      historyFile = home + "/.local/state/coach/history"
    }
  }

  /// The built-in `Prompts/` folder: beside the executable's package (a
  /// checkout, `.build/<config>/coach`), or in `../share/coach/Prompts` of an
  /// installed binary. `COACH_PROMPTS` overrides both.
  static func builtInPrompts(environment: [String: String]) -> String? {
    if let dir = environment["COACH_PROMPTS"], !dir.isEmpty { return dir }
    return promptsCandidates().first(where: isDirectory)
  }

  /// Where a built-in `Prompts/` folder is looked for, nearest first: a
  /// `Prompts` or `share/coach/Prompts` in each folder above the executable.
  static func promptsCandidates() -> [String] {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard n > 0 else { return [] }
    var dir = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var candidates: [String] = []
    for _ in 0..<6 {
      guard let slash = dir.lastIndex(of: "/"), slash != dir.startIndex else { break }
      dir = String(dir[..<slash])
      candidates += [dir + "/Prompts", dir + "/share/coach/Prompts"]
    }
    return candidates
  }

  static func isDirectory(_ path: String) -> Bool {
    var s = stat()
    return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
  }
}
