import CoachTestSupport
import Foundation
import Glibc
import Testing

/// A real "file too large": coach run under `ulimit -f`, so the kernel
/// answers a write past the limit with EFBIG (SIGXFSZ is ignored).
@Suite struct FileSizeLimitTests {
  /// Runs `coach arguments` under `ulimit -f 4` (4 KiB) with `input`.
  static func limited(_ dir: TemporaryDirectory, _ arguments: [String], input: String) throws
    -> (status: Int32, stdout: String, stderr: String)
  {
    try dir.write(input, to: "input")
    let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
    let run = try ChildProcess.run(
      "/bin/bash",
      [
        "-c",
        "ulimit -f 4; exec \"$0\" \(quoted) < \(dir.path)/input > \(dir.path)/out 2> \(dir.path)/err",
        CoachProcess.binary,
      ],
      environment: CoachProcess.environment(["COACH_PROMPTS": dir.path + "/prompts"]))
    let code = run.status
    return (code, try dir.read("out"), try dir.read("err"))
  }

  @Test func anAnswerPastTheLimitIsReportedAndTheEarlierOnesKept() throws {
    let dir = try FaultInjectionTests.setUp()
    let answers = (1...3).map { String(repeating: "w\($0) ", count: 400) + "end" }
    let run = try Self.limited(
      dir, ["start", "--data-dir", dir.path + "/data"],
      input: answers.joined(separator: "\n") + "\n")
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "error: could not save your answer to 'Q2: what do you want next?': file too large; "
        + "your 1 earlier answer is saved\n")
    #expect(!run.stdout.contains("Saved."))
    #expect(try FaultInjectionTests.savedAnswers(dir.path + "/data") == [answers[0]])
  }

  @Test func anExportPastTheLimitFailsAndLeavesNoTemporaryFile() throws {
    let dir = try FaultInjectionTests.setUp()
    let data = dir.path + "/data"
    let answers = (1...3).map { String(repeating: "v\($0) ", count: 300) }
    let made = try CoachProcess.run(
      ["start", "--data-dir", data], input: answers.joined(separator: "\n") + "\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(made.status == 0, "\(made.stderr)")
    let run = try Self.limited(
      dir, ["export", "--data-dir", data, "--format", "html", "-o", dir.path + "/plan.html"],
      input: "")
    #expect(run.status == 1)
    #expect(run.stderr == "error: cannot save '\(dir.path)/plan.html': File too large\n")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.contains(".tmp-") || $0 == "plan.html" }, "\(names)")
  }
}
