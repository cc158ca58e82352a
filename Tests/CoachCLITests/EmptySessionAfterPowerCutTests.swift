import Foundation
import Testing

/// Nothing of a new session is synced before its first answer, so a power
/// cut just after `coach start` can leave that session's transcript or
/// script copy empty (docs/durability.md). It holds nothing to lose: the
/// bare `coach resume` and `coach export` pass over it to the session
/// before it, instead of stopping at it with exit 65.
@Suite struct EmptySessionAfterPowerCutTests {
  enum Damage: CaseIterable { case emptyTranscript, emptyScriptCopy }

  @Test(arguments: Damage.allCases)
  func anEmptiedNewSessionDoesNotHideTheOneBefore(damage: Damage) throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("prompts", in: dir, ["change.yaml": TestScripts.change])
    let data = dir.path + "/data"
    func run(_ arguments: [String], input: String = "", at now: String) throws
      -> CoachProcess.Result
    {
      try CoachProcess.run(
        arguments + ["--data-dir", data], input: input,
        environment: ["COACH_PROMPTS": prompts, "COACH_NOW": now])
    }
    let first = try run(["start", "change"], input: "Ada\n", at: "2026-12-02T09:00:00Z")
    #expect(first.status == 0, "\(first.stderr)")
    let second = try run(["start", "change"], at: "2026-12-02T10:00:00Z")
    #expect(second.status == 0, "\(second.stderr)")
    let ids = try dir.sessions()
    try #require(ids.count == 2)
    let cut = "\(data)/sessions/\(ids[1])"
    switch damage {
    case .emptyTranscript:
      try Data().write(to: URL(fileURLWithPath: cut + "/transcript.jsonl"))
    case .emptyScriptCopy:
      try Data().write(to: URL(fileURLWithPath: cut + "/scripts/change.yaml"))
    }
    let resumed = try run(["resume"], at: "2026-12-02T11:00:00Z")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("You have 1 answer so far"), "\(resumed.stdout)")
    #expect((resumed.stdout + resumed.stderr).contains(ids[0]), "\(resumed.stdout)")
    let exported = try run(["export", "--format", "json"], at: "2026-12-02T11:00:00Z")
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.contains("\"Ada\""), "\(exported.stdout)")
    // Named, by id, it is still reported.
    let named = try run(["resume", ids[1]], at: "2026-12-02T11:00:00Z")
    #expect(named.status == 65, "\(named.stderr)")
  }
}
