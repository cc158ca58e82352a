import Foundation
import Testing

/// Runs the built `coach` binary through pipes, the way scripts and other
/// programs use it.
struct CoachProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

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

  /// Runs `coach arguments`, feeding `input` on stdin (closed at its end).
  /// Output is read before waiting, so a large export cannot deadlock.
  static func run(
    _ arguments: [String], input: String = "", environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["COACH_NOW"] = "2026-11-25T09:00:00Z"
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "COACH_HOME")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // coach may finish before it has read all the input: a write to its
    // closed stdin must fail, not kill the test runner with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let writer = Thread {
      try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let err = DataBox()
    let errReader = Thread { err.data = stderr.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while errReader.isExecuting || writer.isExecuting { usleep(1000) }
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err.data, as: UTF8.self))
  }
}

/// Bytes filled in by a reader thread and read once it has finished.
private final class DataBox: @unchecked Sendable {
  var data = Data()
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
