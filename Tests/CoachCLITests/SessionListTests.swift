import CoachCore
import CoachTestSupport
import Foundation
import Glibc
import Testing

/// `coach sessions`, `/save`, and leaving when a terminal closes.
@Suite struct SessionListTests {
  @Test func sessionsListsEverySessionAndNamesTheBrokenOne() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder(
      "prompts", in: dir,
      [
        "plans.yaml": TestScripts.plans, "extra.yaml": TestScripts.extra,
        "change.yaml": TestScripts.change,
      ])
    let data = dir.path + "/data"
    func run(_ arguments: [String], at now: String, input: String = "") throws
      -> CoachProcess.Result
    {
      try CoachProcess.run(
        arguments + ["--data-dir", data], input: input,
        environment: ["COACH_PROMPTS": prompts, "COACH_NOW": now])
    }
    let empty = try run(["sessions"], at: "2026-11-20T08:00:00Z")
    #expect(empty.status == 0)
    #expect(
      empty.stdout
        == "No sessions yet in \(data). Start one with 'coach start --data-dir \(data)'.\n")
    // A finished session, an unfinished one resumed a day later, one torn
    // and one corrupt.
    let finished = try run(
      ["start", "change"], at: "2026-11-20T08:00:00Z", input: ChangedScriptTests.answers)
    #expect(finished.status == 0)
    _ = try run(["start", "plans"], at: "2026-11-21T18:30:00+01:00", input: "Ada\n4\nmid\n")
    _ = try run(["resume"], at: "2026-11-22T07:15:00+01:00", input: "Get fit\nin 3 months\n")
    _ = try run(["start", "change"], at: "2026-11-23T09:00:00Z", input: "Bo\n2\n")
    _ = try run(["start", "change"], at: "2026-11-24T09:00:00Z", input: "Cy\n")
    let ids = try dir.sessions()
    #expect(ids.count == 4)
    let torn = try FileHandle(
      forWritingTo: URL(fileURLWithPath: "\(data)/sessions/\(ids[2])/transcript.jsonl"))
    try torn.seekToEnd()
    try torn.write(contentsOf: Data(#"{"at":"2026-11-23T09:00:05Z","key":"ch"#.utf8))
    try torn.close()
    let corrupt = "data/sessions/\(ids[3])/transcript.jsonl"
    var lines = try dir.read(corrupt).split(separator: "\n").map(String.init)
    lines[1] = #"{"at":"2026-11-24T09:00:00Z","text":"la","type":"sang"}"#
    try dir.write(lines.joined(separator: "\n") + "\n", to: corrupt)
    let list = try run(["sessions"], at: "2027-04-01T12:00:00Z")
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stderr.isEmpty, "\(list.stderr)")
    try goldens.check(GoldenFile.masked(list.stdout), path: "sessions.txt")
    // Listing changes nothing: the torn tail is still there to repair.
    #expect(
      !FileManager.default.fileExists(atPath: "\(data)/sessions/\(ids[2])/transcript.jsonl.torn"))
  }

  @Test func saveSaysWhereItSaved() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("prompts", in: dir, ["change.yaml": TestScripts.change])
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["start", "change", "--data-dir", data], input: "Ada\n/save\n4\n",
      environment: ["COACH_PROMPTS": prompts])
    #expect(run.status == 0, "\(run.stderr)")
    let id = try #require(try dir.sessions().first)
    let saved = run.stdout.split(separator: "\n").filter { $0.contains("Saved to ") }
    #expect(saved == ["Saved to \(data)/sessions/\(id)/"])
    #expect(run.stdout.components(separatedBy: "Saved. Continue any time").count == 2)
    let plan = try dir.read("data/sessions/\(id)/plan.json")
    #expect(plan.contains("\"Ada\""))
    let mode =
      try FileManager.default.attributesOfItem(atPath: "\(data)/sessions/\(id)/plan.json")[
        .posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  /// Closing a terminal sends SIGHUP and ends input, close together and in
  /// either order: the session is saved once, with one `ended` event. Every
  /// fifth trial sends SIGHUP alone, input left open.
  @Test(arguments: 0..<15)
  func hangupAndEndOfInputTogetherShutDownOnce(trial: Int) throws {
    var rng = SeededRandom(seed: UInt64(trial) + 100)
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("prompts", in: dir, ["change.yaml": TestScripts.change])
    let data = dir.path + "/data"
    let coach = try LiveCoach(
      ["start", "change", "--data-dir", data], environment: ["COACH_PROMPTS": prompts])
    try coach.read(until: "change 1/5 › ")
    coach.send("Ada")
    try coach.read(until: "change 2/5 › ")
    let gap = UInt32.random(in: 0..<2000, using: &rng)
    switch trial % 5 {
    case 0:
      coach.signal(SIGHUP)
      usleep(gap)
      coach.closeInput()
    case 1:
      coach.closeInput()
      usleep(gap)
      coach.signal(SIGHUP)
    case 2:
      coach.signal(SIGHUP)
      coach.closeInput()
    case 3:
      coach.closeInput()
      coach.signal(SIGHUP)
    default:
      coach.signal(SIGHUP)
    }
    let status = try coach.waitForExit()
    #expect(status == 0, "\(coach.stderr)")
    #expect(coach.stderr.isEmpty, "\(coach.stderr)")
    #expect(
      coach.stdout.components(separatedBy: "Saved. Continue any time").count == 2, "\(coach.stdout)"
    )
    let id = try #require(try dir.sessions().first)
    let transcript = try dir.read("data/sessions/\(id)/transcript.jsonl")
    #expect(transcript.hasSuffix("\"finished\":false,\"type\":\"ended\"}\n"))
    #expect(transcript.components(separatedBy: "\"type\":\"ended\"").count == 2)
    #expect(transcript.contains("\"text\":\"Ada\""))
  }
}
