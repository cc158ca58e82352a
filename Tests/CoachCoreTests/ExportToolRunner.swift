import Foundation

/// Runs the outside tools the export tests check against (python with
/// `jsonschema`, `html5lib` and `icalendar`; Taskwarrior's `task`), so a
/// test can be skipped where a tool is missing.
enum ExportToolRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `arguments` found on `PATH`; `nil` when it cannot be started.
  static func run(
    _ arguments: [String], stdin: String = "", environment: [String: String]? = nil
  ) -> Result? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let environment { process.environment = environment }
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { return nil }
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try? input.fileHandleForWriting.close()
    // Read both pipes before waiting, so a full pipe cannot stall the tool.
    let group = DispatchGroup()
    nonisolated(unsafe) var err = Data()
    group.enter()
    DispatchQueue.global().async {
      err = errors.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }

  /// Whether `python3` can import every module in `modules`.
  static func python(has modules: String...) -> Bool {
    let imports = modules.map { "import \($0)" }.joined(separator: "; ")
    return run(["python3", "-c", imports])?.status == 0
  }

  /// Whether `name` is an executable on `PATH`.
  static func has(_ name: String) -> Bool {
    run(["sh", "-c", "command -v \(name)"])?.status == 0
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coach-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
