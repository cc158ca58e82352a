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

  /// Runs a test that checks against `python3` importing `module` (PyPI
  /// package `package`) where that works, and always under CI (`CI=true`),
  /// where `.ci/setup --test` has installed it: there a missing module
  /// fails the test instead of skipping it.
  static func needs(python module: String, from package: String) -> ConditionTrait {
    .enabled(
      if: isCI || python(has: module),
      "needs python3 with \(package) (pip install \(package); .ci/setup --test installs it)")
  }

  /// The same for a program on `PATH`, from Debian package `package`.
  static func needs(program name: String, from package: String) -> ConditionTrait {
    .enabled(
      if: isCI || has(name),
      "needs '\(name)' (apt-get install \(package); .ci/setup --test installs it)")
  }

  static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

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
