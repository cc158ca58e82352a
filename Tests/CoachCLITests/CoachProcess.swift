import CoachTestSupport
import Foundation
import Testing

/// Runs the built `coach` binary through pipes, the way scripts and other
/// programs use it.
enum CoachProcess {
  typealias Result = ChildProcess.Result

  /// The binary: `COACH_BINARY`, else `.build/debug/coach` of this package.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["COACH_BINARY"] { return path }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../.build/debug/coach").standardized.path
  }

  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../..").standardized
  }

  /// The test runner's environment with a fixed clock, no colours and no
  /// `COACH_HOME`, and `extra` on top.
  static func environment(_ extra: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["COACH_NOW"] = "2026-11-25T09:00:00Z"
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "COACH_HOME")
    return env.merging(extra) { $1 }
  }

  /// Runs `coach arguments`, feeding `input` on stdin (closed at its end),
  /// and returns once it has ended and all of stdout and stderr is read.
  ///
  /// - Throws: When coach cannot start, or is still running after
  ///   `timeout` seconds (it is then killed; the error shows its output).
  ///
  /// It runs in `directory`, else in a scratch folder of its own, so a file
  /// coach writes in the current folder (`/export FORMAT` with no file)
  /// never lands in the repository.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:],
    timeout: Double = 60, directory: String? = nil
  ) throws -> Result {
    try ChildProcess.run(
      binary, arguments, environment: Self.environment(environment), input: Array(input.utf8),
      timeout: timeout, directory: directory ?? scratch)
  }

  /// The folder a run starts in when the test names none.
  static let scratch: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-test-cwd-\(getpid())"
    ).path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()
}

/// A temporary directory, removed when the test ends.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "coach-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    path = base.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func write(_ text: String, to name: String) throws {
    let url = URL(fileURLWithPath: path).appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ name: String) throws -> String {
    try String(decoding: Data(contentsOf: URL(fileURLWithPath: path + "/" + name)), as: UTF8.self)
  }

  /// The sessions under `data/sessions`, oldest first.
  func sessions(_ data: String = "data") throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: "\(path)/\(data)/sessions").sorted()
  }
}

extension String {
  /// Parses JSON text for assertions.
  func json() throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(utf8)) as? [String: Any] ?? [:]
  }
}
