import CoachTestSupport
import Foundation
import Testing

/// Runs the outside tools the export tests check against (python with
/// `jsonschema`, `html5lib` and `icalendar`; Taskwarrior's `task`), so a
/// test can be skipped where a tool is missing.
enum ExportToolRunner {
  typealias Result = ChildProcess.Result

  /// Runs `arguments` found on `PATH` (through `/usr/bin/env`), in the
  /// runner's environment unless `environment` is given; `nil`, with the
  /// reason recorded as an issue, when it cannot be started or does not
  /// finish within a minute.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String]? = nil
  ) -> Result? {
    do {
      return try tool(arguments, stdin: stdin, environment: environment)
    } catch {
      Issue.record(error)
      return nil
    }
  }

  private static func tool(
    _ arguments: [String], stdin: String = "", environment: [String: String]? = nil
  ) throws -> Result {
    try ChildProcess.run(
      "/usr/bin/env", arguments,
      environment: environment ?? ProcessInfo.processInfo.environment, input: Array(stdin.utf8))
  }

  /// Whether `python3` can import every module in `modules`.
  static func python(has modules: String...) -> Bool {
    let imports = modules.map { "import \($0)" }.joined(separator: "; ")
    return (try? tool(["python3", "-c", imports]))?.status == 0
  }

  /// Whether `name` is an executable on `PATH`.
  static func has(_ name: String) -> Bool {
    (try? tool(["sh", "-c", "command -v \(name)"]))?.status == 0
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coach-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
