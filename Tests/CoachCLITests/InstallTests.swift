import Foundation
import Testing

/// `make install` and `make uninstall`, as a person installing coach runs
/// them (with the debug binary, so the test builds nothing).
@Suite struct InstallTests {
  @Test func installedCoachFindsItsScriptsManPageAndCompletions() throws {
    let prefix = try TemporaryDirectory()
    let elsewhere = try TemporaryDirectory()
    let root = CoachProcess.packageRoot.path
    let install = try Self.run(
      "/usr/bin/env",
      ["make", "-C", root, "install", "PREFIX=\(prefix.path)", "COACH_BIN=\(CoachProcess.binary)"])
    #expect(install.status == 0, "\(install.error)")
    let coach = prefix.path + "/bin/coach"
    // From another folder, with nothing pointing at the scripts.
    let scripts = try Self.run(coach, ["scripts"], in: elsewhere.path)
    #expect(scripts.status == 0, "\(scripts.error)")
    #expect(scripts.output.contains("checkin"))
    #expect(scripts.output.contains("Quick check-in"))
    let tests = try Self.run(coach, ["test"], in: elsewhere.path)
    #expect(tests.status == 0, "\(tests.output)\(tests.error)")
    #expect(tests.output.contains("\(prefix.path)/share/coach/Prompts/tests/checkin.jsonl"))
    let man = try Self.run(
      "/usr/bin/env", ["man", "-l", "-P", "cat", prefix.path + "/share/man/man1/coach.1"],
      environment: ["MANWIDTH": "80"])
    #expect(man.status == 0, "\(man.error)")
    #expect(man.output.contains("coach - a career coach in your terminal"))
    #expect(man.output.contains("EXIT STATUS"))
    let completion = prefix.path + "/share/bash-completion/completions/coach"
    let bash = try Self.run(
      "/usr/bin/env",
      [
        "bash", "--norc", "--noprofile", "-c",
        "source '\(completion)'; COMP_WORDS=(coach exp); COMP_CWORD=1; _coach; echo \"${COMPREPLY[*]}\"",
      ])
    #expect(bash.output == "export\n", "\(bash.error)")
    for file in ["share/zsh/site-functions/_coach", "share/fish/vendor_completions.d/coach.fish"] {
      #expect(FileManager.default.fileExists(atPath: prefix.path + "/" + file), "\(file)")
    }
    let uninstall = try Self.run(
      "/usr/bin/env", ["make", "-C", root, "uninstall", "PREFIX=\(prefix.path)"])
    #expect(uninstall.status == 0, "\(uninstall.error)")
    for file in [
      "bin/coach", "share/coach", "share/man/man1/coach.1",
      "share/bash-completion/completions/coach",
    ] {
      #expect(!FileManager.default.fileExists(atPath: prefix.path + "/" + file), "\(file)")
    }
  }

  @Test func aCoachWithoutScriptsSaysWhereItLookedAndHowToFixIt() throws {
    let dir = try TemporaryDirectory()
    let lonely = dir.path + "/bin/coach"
    try FileManager.default.createDirectory(
      atPath: dir.path + "/bin", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: CoachProcess.binary, toPath: lonely)
    let run = try Self.run(lonely, ["scripts"], in: dir.path)
    #expect(run.status == 65)
    #expect(
      run.error.hasPrefix("coach: error: no scripts found; looked in: \(dir.path)/bin/Prompts, "))
    #expect(run.error.contains("\(dir.path)/share/coach/Prompts"))
    #expect(run.error.contains("Set COACH_PROMPTS to the folder of scripts"))
    #expect(run.error.contains("or give --prompts DIR"))
  }

  /// Runs `executable` without COACH_PROMPTS, in `folder`.
  static func run(
    _ executable: String, _ arguments: [String], in folder: String? = nil,
    environment: [String: String] = [:]
  ) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "COACH_PROMPTS")
    env["COACH_NOW"] = "2026-11-25T09:00:00Z"
    env["NO_COLOR"] = "1"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    // Waited for with a semaphore: a thread not yet started is not
    // "executing" either, so polling isExecuting could miss all of stderr.
    let err = ErrorBox()
    let done = DispatchSemaphore(value: 0)
    let reader = Thread {
      err.data = stderr.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }
    reader.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    done.wait()
    return (
      process.terminationStatus, String(decoding: out, as: UTF8.self),
      String(decoding: err.data, as: UTF8.self)
    )
  }
}

private final class ErrorBox: @unchecked Sendable {
  var data = Data()
}
