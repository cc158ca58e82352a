import Foundation
import Testing

/// On a terminal, an answer whose save failed is kept: Enter tries again,
/// `/quit` leaves with status 1, and nothing is lost either way.
@Suite struct SaveRetryTests {
  /// The call number at which saving the second answer fails.
  static func secondAnswerCall(_ dir: TemporaryDirectory) throws -> Int {
    let clean = try FaultInjectionTests.run(dir, fault: "op=0,errno=ENOSPC")
    for n in 1...clean.calls {
      let run = try FaultInjectionTests.run(dir, fault: "op=\(n),errno=ENOSPC")
      if run.result.stderr.contains("could not save your answer to 'Q2") { return n }
    }
    throw PseudoTerminal.Failure(description: "no call fails the second answer's save")
  }

  static func start(_ dir: TemporaryDirectory, failing n: Int) throws -> PseudoTerminal {
    try? FileManager.default.removeItem(atPath: dir.path + "/data")
    return try PseudoTerminal(
      executable: PseudoTerminal.productPath("coach"),
      arguments: ["start", "--data-dir", dir.path + "/data"],
      environment: PseudoTerminal.environment(
        home: dir.path,
        extra: [
          "COACH_PROMPTS": dir.path + "/prompts", "COACH_NOW": "2026-11-25T09:00:00Z",
          "NO_COLOR": "1", "COACH_TEST_FAULT": "op=\(n),errno=ENOSPC",
        ]))
  }

  static func answer(_ terminal: PseudoTerminal, _ text: String, then next: String) throws {
    try terminal.waitForRaw(timeout: 10)
    terminal.send(text + "\r")
    _ = try terminal.read(until: next, timeout: 10)
  }

  @Test func enterSavesTheKeptAnswerAndTheSessionGoesOn() throws {
    let dir = try FaultInjectionTests.setUp()
    let terminal = try Self.start(dir, failing: try Self.secondAnswerCall(dir))
    _ = try terminal.read(until: "Q1: where do you work?", timeout: 10)
    try Self.answer(terminal, "A1 first", then: "Q2: what do you want next?")
    try Self.answer(terminal, "A2 second", then: "retry ›")
    #expect(
      terminal.output.contains(
        "error: could not save your answer to 'Q2: what do you want next?': "
          + "no space left on device; your 1 earlier answer is saved"))
    try Self.answer(terminal, "", then: "Q3: by when?")
    // The questions are done; on a terminal the prompt stays until /quit.
    try Self.answer(terminal, "A3 third", then: "done ›")
    try Self.answer(terminal, "/quit", then: "Your plan is saved.")
    #expect(try terminal.waitForExit(timeout: 10) == 0)
    #expect(try FaultInjectionTests.savedAnswers(dir.path + "/data") == FaultInjectionTests.answers)
  }

  @Test func quitAfterAFailedSaveLeavesWithStatusOneAndClaimsNothing() throws {
    let dir = try FaultInjectionTests.setUp()
    let terminal = try Self.start(dir, failing: try Self.secondAnswerCall(dir))
    _ = try terminal.read(until: "Q1: where do you work?", timeout: 10)
    try Self.answer(terminal, "A1 first", then: "Q2: what do you want next?")
    try Self.answer(terminal, "A2 second", then: "retry ›")
    try Self.answer(terminal, "something else", then: "retry ›")
    try Self.answer(terminal, "/quit", then: "Left without saving your answer to 'Q2")
    #expect(try terminal.waitForExit(timeout: 10) == 1)
    #expect(!terminal.output.contains("Saved."))
    #expect(try FaultInjectionTests.savedAnswers(dir.path + "/data") == ["A1 first"])
  }
}
