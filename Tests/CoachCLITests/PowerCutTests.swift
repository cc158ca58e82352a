import CoachCore
import Foundation
import Testing

/// Power lost before each file-system call of a whole piped session in turn
/// (`COACH_TEST_FAULT=op=N,power-cut`): what was not synced is gone, as on a
/// real machine. Every answer acknowledged before the cut must be in the
/// transcript, which must still read and export. A build without the
/// journal's `fdatasync` fails this test (docs/reliability.md).
@Suite struct PowerCutTests {
  @Test func everyAcknowledgedAnswerSurvivesAPowerCutAtEveryCall() throws {
    let dir = try FaultInjectionTests.setUp()
    let clean = try FaultInjectionTests.run(dir, fault: "op=0,power-cut")
    #expect(clean.result.status == 0, "\(clean.result.stderr)")
    #expect(clean.calls > 20)
    var lost = 0
    var cutAfterAnAnswer = 0
    for n in 1...(clean.calls + 1) {
      let run = try FaultInjectionTests.run(dir, fault: "op=\(n),power-cut")
      #expect(run.fired == (n <= clean.calls), "cut at \(n) of \(clean.calls)")
      guard run.fired else { continue }
      #expect(run.result.status == 137, "cut at \(n): \(run.result.stderr)")
      let acked = FaultInjectionTests.acknowledged(run.result.stdout)
      if !acked.isEmpty { cutAfterAnAnswer += 1 }
      let saved = run.saved ?? []
      if Array(saved.prefix(acked.count)) != acked { lost += 1 }
      #expect(
        Array(saved.prefix(acked.count)) == acked,
        "cut at \(n): acknowledged \(acked), on disk \(saved)")
      guard run.saved != nil else { continue }
      // What the cut left is a session coach can read on (by id: a plain
      // export passes over a session with no answer yet).
      let sessions = try FileManager.default.contentsOfDirectory(
        atPath: dir.path + "/data/sessions")
      let id = try #require(sessions.filter { !$0.hasPrefix(".") }.max(), "cut at \(n)")
      let export = try CoachProcess.run(
        ["export", id, "--data-dir", dir.path + "/data", "--format", "json"],
        environment: ["COACH_PROMPTS": dir.path + "/prompts"])
      #expect(export.status == 0, "cut at \(n): \(export.stderr)")
    }
    #expect(lost == 0)
    #expect(cutAfterAnAnswer >= 10)
  }
}
