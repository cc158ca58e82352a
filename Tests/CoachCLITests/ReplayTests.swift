import CoachTestSupport
import Foundation
import Testing

/// A replay months later rebuilds the very plan the live session built.
@Suite struct ReplayTests {
  static let live = "2026-11-25T09:00:00Z"
  /// Five minutes later, in another UTC offset.
  static let resumed = "2026-11-25T10:05:00+01:00"
  static let later = "2027-04-01T12:00:00Z"
  static let formats = ["markdown", "html", "json", "ics", "csv", "taskwarrior"]

  /// A re-ask, `/why`, `/back` over a `when`, two group rounds, a `/skip`,
  /// then end of input.
  static let firstSitting = [
    "Ada", "/why", "seventy", "4", "early", "/back", "mid", "Run a 10k race", "in six weeks",
    "yes", "Learn Rust", "/skip", "no",
  ]
  /// A private answer, `/goto` into the sub-script, `/plan`, and relative
  /// deadlines that a replay in another year must not move.
  static let secondSitting = [
    "$85k", "/goto extra", "chess", "email, chat", "/plan", "yes", "4.5%", "Talk to my manager",
    "by the end of next year",
  ]

  /// A session recorded over `plans` and `extra` in two sittings.
  struct Recorded {
    let dir: TemporaryDirectory
    let environment: [String: String]
    let data: String
    let id: String
    var transcript: String { "\(data)/sessions/\(id)/transcript.jsonl" }

    func run(_ arguments: [String], at now: String) throws -> CoachProcess.Result {
      var env = environment
      env["COACH_NOW"] = now
      return try CoachProcess.run(arguments, environment: env)
    }
  }

  static func record() throws -> Recorded {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder(
      "prompts", in: dir, ["plans.yaml": TestScripts.plans, "extra.yaml": TestScripts.extra])
    let env = ["COACH_PROMPTS": prompts]
    let data = dir.path + "/data"
    var first = env
    first["COACH_NOW"] = live
    let one = try CoachProcess.run(
      ["start", "plans", "--data-dir", data], input: lines(firstSitting), environment: first)
    #expect(one.status == 0, "\(one.stderr)")
    var second = env
    second["COACH_NOW"] = resumed
    let two = try CoachProcess.run(
      ["resume", "--data-dir", data], input: lines(secondSitting), environment: second)
    #expect(two.status == 0, "\(two.stderr)")
    #expect(two.stdout.contains("Your plan is saved."), "\(two.stdout)")
    let id = try #require(try dir.sessions().first)
    return Recorded(dir: dir, environment: env, data: data, id: id)
  }

  static func lines(_ answers: [String]) -> String {
    answers.map { $0 + "\n" }.joined()
  }

  @Test(arguments: formats)
  func replayByFileAndByIDEqualsTheExport(format: String) throws {
    let r = try Self.record()
    let export = try r.run(["export", "--format", format, "--data-dir", r.data], at: Self.live)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(!export.stdout.isEmpty)
    // A copy outside any data directory, as a person would mail it.
    let copy = r.dir.path + "/elsewhere/copy.jsonl"
    try r.dir.write(
      try r.dir.read("data/sessions/\(r.id)/transcript.jsonl"), to: "elsewhere/copy.jsonl")
    let replays = [
      try r.run(["replay", r.id, "--format", format, "--data-dir", r.data], at: Self.later),
      try r.run(["replay", r.transcript, "--format", format], at: Self.later),
      try r.run(["replay", copy, "--format", format], at: Self.later),
      try r.run(["replay", copy, "--format", format, "-o", r.dir.path + "/out"], at: Self.later),
    ]
    for replay in replays {
      #expect(replay.status == 0, "\(replay.stderr)")
      #expect(replay.stderr.isEmpty, "\(replay.stderr)")
    }
    for replay in replays.dropLast() {
      #expect(replay.stdout == export.stdout, "replay of \(format) differs from the export")
    }
    #expect(try r.dir.read("out") == export.stdout)
  }

  @Test func theReplayedPlanKeepsTheDatesOfTheAnswers() throws {
    let r = try Self.record()
    let replay = try r.run(
      ["replay", r.id, "--format", "json", "--data-dir", r.data], at: Self.later)
    #expect(replay.status == 0, "\(replay.stderr)")
    let answers = try #require(try replay.stdout.json()["answers"] as? [String: [String: Any]])
    #expect(answers["plans.deadline#1"]?["value"] as? String == "2027-01-06")
    #expect(answers["plans.deadline#1"]?["text"] as? String == "in six weeks")
    #expect(answers["plans.next_due"]?["value"] as? String == "2027-12-31")
    #expect(answers["plans.salary"]?["value"] as? Int == 85000)
    #expect(answers["plans.stage"]?["value"] as? String == "mid")
    #expect(answers["plans.mentor"] == nil, "a /back over the stage drops the mentor")
    #expect(answers["extra.tools"]?["value"] as? [String] == ["email", "chat"])
    let markdown = try r.run(["replay", r.id, "--data-dir", r.data], at: Self.later)
    try goldens.check(GoldenFile.masked(markdown.stdout), path: "replay-plans.md")
  }

  @Test func showPrintsTheConversationAndSpeedPlaysItAtPace() throws {
    let r = try Self.record()
    let show = try r.run(["replay", r.id, "--show", "--data-dir", r.data], at: Self.later)
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stderr.isEmpty, "\(show.stderr)")
    try goldens.check(GoldenFile.masked(show.stdout), path: "replay-show.txt")
    let byFile = try r.run(["replay", r.transcript, "--show"], at: Self.later)
    #expect(byFile.stdout == show.stdout)
    // The sittings are five minutes apart: 0.3 s at 1000 times the pace.
    let start = ContinuousClock.now
    let paced = try r.run(
      ["replay", r.id, "--show", "--speed", "1000", "--data-dir", r.data], at: Self.later)
    let elapsed = ContinuousClock.now - start
    #expect(paced.status == 0, "\(paced.stderr)")
    #expect(paced.stdout == show.stdout)
    #expect(elapsed >= .milliseconds(280), "\(elapsed)")
    #expect(elapsed < .seconds(5), "\(elapsed)")
  }
}
