import Foundation
import Testing

/// The bundled default path, answered from the plausible-answers fixture in
/// two sittings a day apart, with `/back`, `/plan` and `/why` on the way.
@Suite struct DefaultPathReplayTests {
  @Test func theDefaultPathReplaysToEveryExport() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    // The bundled scripts, whatever the environment says.
    let bundled = ["COACH_PROMPTS": ""]
    let fixture = try DefaultPathTests.fixture("default-path-answers.txt")
    var answers = fixture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if answers.last == "" { answers.removeLast() }
    // `/back` then the same answer again keeps the answers in step.
    answers.insert(contentsOf: ["/back", answers[7], "/why"], at: 8)
    answers.insert("/plan", at: 14)
    let split = 24
    let first = try CoachProcess.run(
      ["--data-dir", data], input: ReplayTests.lines(Array(answers[..<split])),
      environment: bundled)
    #expect(first.status == 0, "\(first.stderr)")
    let second = try CoachProcess.run(
      ["resume", "--data-dir", data], input: ReplayTests.lines(Array(answers[split...])),
      environment: bundled.merging(["COACH_NOW": "2026-11-26T08:30:00+01:00"]) { $1 })
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Your plan is saved"), "\(second.stdout)")
    let id = try #require(try dir.sessions().first)
    for format in ReplayTests.formats {
      let export = try CoachProcess.run(
        ["export", "--format", format, "--data-dir", data], environment: bundled)
      let replay = try CoachProcess.run(
        ["replay", id, "--format", format, "--data-dir", data],
        environment: bundled.merging(["COACH_NOW": ReplayTests.later]) { $1 })
      #expect(export.status == 0 && replay.status == 0, "\(export.stderr)\(replay.stderr)")
      #expect(replay.stderr.isEmpty, "\(replay.stderr)")
      #expect(replay.stdout == export.stdout, "replay of \(format) differs from the export")
    }
    let show = try CoachProcess.run(
      ["replay", "\(data)/sessions/\(id)/transcript.jsonl", "--show"],
      environment: bundled.merging(["COACH_NOW": ReplayTests.later]) { $1 })
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("you:   /back (revising "))
    #expect(show.stdout.hasSuffix("— session finished —\n"))
  }
}
