import Foundation
import Testing

/// An answer over 64 KiB is refused whole with a message, never cut to the
/// limit and acknowledged (docs/cli.md).
@Suite struct LongAnswerTests {
  static func session(_ lines: [String]) throws -> (CoachProcess.Result, [String]?) {
    let dir = try FaultInjectionTests.setUp()
    let result = try CoachProcess.run(
      ["start", "--data-dir", dir.path + "/data"],
      input: lines.joined(separator: "\n") + "\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    return (result, try FaultInjectionTests.savedAnswers(dir.path + "/data"))
  }

  @Test(arguments: [65_537, 70_000, 1_000_000])
  func aPipedAnswerOverTheLimitIsRefusedNotCut(bytes: Int) throws {
    let long = String(repeating: "x", count: bytes)
    let (result, saved) = try Self.session(["A1", long, "A2", "A3"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(saved == ["A1", "A2", "A3"])
    let shown = bytes.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    #expect(
      result.stderr
        == "error: that answer is \(shown) bytes, over the limit of 65,536 bytes (64 KiB) "
        + "for one answer; it was not saved: give a shorter one\n")
    #expect(!result.stdout.contains(String(repeating: "x", count: 1000)))
  }

  @Test func anAnswerOfExactlyTheLimitIsTakenWhole() throws {
    let exact = String(repeating: "y", count: 65_536)
    let (result, saved) = try Self.session(["A1", exact + "\r", "A3"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(saved == ["A1", exact, "A3"])
  }

  @Test func theLimitCountsBytesNotCharacters() throws {
    // 65,535 ASCII bytes and a two-byte 'é': one byte over.
    let over = String(repeating: "z", count: 65_535) + "é"
    let (result, saved) = try Self.session(["A1", over, "A2", "A3"])
    #expect(saved == ["A1", "A2", "A3"])
    #expect(result.stderr.contains("that answer is 65,537 bytes"))
  }

  @Test func anUnterminatedLastLineOverTheLimitIsRefused() throws {
    let dir = try FaultInjectionTests.setUp()
    let result = try CoachProcess.run(
      ["start", "--data-dir", dir.path + "/data"],
      input: "A1\nA2\n" + String(repeating: "w", count: 80_000),
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(result.stderr.contains("that answer is 80,000 bytes"))
    #expect(try FaultInjectionTests.savedAnswers(dir.path + "/data") == ["A1", "A2"])
    #expect(result.status == 0)
  }

  @Test func aPasteOverTheLimitIsRefusedOnATerminal() throws {
    let dir = try FaultInjectionTests.setUp()
    let terminal = try PseudoTerminal(
      executable: PseudoTerminal.productPath("coach"),
      arguments: ["start", "--data-dir", dir.path + "/data"],
      environment: PseudoTerminal.environment(
        home: dir.path,
        extra: ["COACH_PROMPTS": dir.path + "/prompts", "NO_COLOR": "1"]))
    _ = try terminal.read(until: "Q1: where do you work?", timeout: 10)
    try terminal.waitForRaw(timeout: 10)
    terminal.send("\u{1B}[200~" + String(repeating: "p", count: 70_000) + "\u{1B}[201~")
    _ = try terminal.read(until: "paste refused", timeout: 20)
    terminal.send("A1\r")
    _ = try terminal.read(until: "Q2: what do you want next?", timeout: 10)
    try terminal.waitForRaw(timeout: 10)
    terminal.send("\u{4}")
    #expect(try terminal.waitForExit(timeout: 10) == 0)
    #expect(try FaultInjectionTests.savedAnswers(dir.path + "/data") == ["A1"])
  }
}
