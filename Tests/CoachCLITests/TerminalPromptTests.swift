import Foundation
import Glibc
import Testing

/// The terminal items of "the coach talks back", on a real pseudo-terminal:
/// Tab on command arguments, Ctrl-C inside a Ctrl-R search, a bracketed
/// paste into a `long` answer, and the prompt that stays after the last
/// question.
@Suite(.serialized) struct TerminalPromptTests {
  static let first = """
    id: first
    title: First part
    steps:
      - id: name
        ask: "Your name?"
      - id: story
        ask: "Tell me your story"
        type: long
      - id: stages
        ask: "Which stages?"
        type: multi
        options: [early, mid, senior]
    """
  static let second = """
    id: second
    title: Second part
    steps:
      - id: mentor
        ask: "Who could mentor you?"
    """

  let dir: TemporaryDirectory

  init() throws {
    dir = try TemporaryDirectory()
    try dir.write(Self.first, to: "prompts/first.yaml")
    try dir.write(Self.second, to: "prompts/second.yaml")
  }

  func start() throws -> PseudoTerminal {
    var environment = PseudoTerminal.environment(home: dir.path)
    environment["COACH_NOW"] = "2026-11-25T09:00:00Z"
    environment["NO_COLOR"] = "1"
    return try PseudoTerminal(
      executable: CoachProcess.binary,
      arguments: [
        "start", "first", "second", "--prompts", dir.path + "/prompts", "--data-dir",
        dir.path + "/data",
      ],
      environment: environment)
  }

  /// Waits for `text` on screen, then for libedit to be reading keys.
  func expect(_ text: String, on terminal: PseudoTerminal) throws {
    try terminal.read(until: text, timeout: 20)
    try terminal.waitForRaw(timeout: 20)
  }

  func transcript() throws -> String {
    let session = try #require(try dir.sessions().first)
    return try dir.read("data/sessions/\(session)/transcript.jsonl")
  }

  @Test func ctrlCInASearchCancelsOnlyTheSearch() throws {
    let t = try start()
    try expect("first 1/3 ›", on: t)
    t.send("Ada\r")
    try expect("Tell me your story", on: t)
    // Ctrl-R searches the history for "A"; Ctrl-C ends the search.
    t.send("\u{12}")
    try t.read(until: "bck:", timeout: 20)
    t.send("A")
    try t.read(until: "Ada", timeout: 20)
    t.send("\u{3}")
    try expect("first 2/3 ›", on: t)
    // The session goes on at the same question.
    t.send("Nurse for ten years\r")
    try expect("  … ", on: t)
    t.send("\r")
    try expect("Which stages?", on: t)
    t.send("\u{4}")
    #expect(try t.waitForExit(timeout: 20) == 0)
    #expect(try transcript().contains("\"Nurse for ten years\""))
  }

  @Test func aPastedParagraphKeepsItsLinesInALongAnswer() throws {
    let t = try start()
    try expect("first 1/3 ›", on: t)
    t.send("Ada\r")
    try expect("first 2/3 ›", on: t)
    t.send("\u{1B}[200~First line.\nSecond line.\n\nA new paragraph.\n\u{1B}[201~")
    // The pasted lines after the first are shown as continuation lines.
    try t.read(until: "  … A new paragraph.", timeout: 20)
    try expect("  … ", on: t)
    t.send("Typed after it.\r")
    try expect("  … ", on: t)
    t.send("\r")
    try expect("Which stages?", on: t)
    // Any other answer takes a paste as one line.
    t.send("\u{1B}[200~early,\nmid\u{1B}[201~\r")
    try expect("Who could mentor you?", on: t)
    t.send("\u{4}")
    #expect(try t.waitForExit(timeout: 20) == 0)
    let text = try transcript()
    #expect(
      text.contains(
        #""text":"First line.\nSecond line.\n\nA new paragraph.\nTyped after it.""#))
    #expect(text.contains(#""text":"early, mid""#))

    let replay = try CoachProcess.run([
      "replay", try #require(try dir.sessions().first), "--show", "--data-dir",
      dir.path + "/data",
    ])
    let lines = replay.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let at = try #require(lines.firstIndex { $0.hasSuffix("you:   First line.") })
    let column = lines[at].count - "First line.".count
    #expect(lines[at + 1] == String(repeating: " ", count: column) + "Second line.")
    #expect(lines[at + 3] == String(repeating: " ", count: column) + "A new paragraph.")
  }

  @Test func tabCompletesArgumentsAndAPromptStaysAfterTheLastQuestion() throws {
    let t = try start()
    try expect("first 1/3 ›", on: t)
    // "/goto s" + Tab completes the part; the jump asks its question.
    t.send("/goto s\t\r")
    try expect("Who could mentor you?", on: t)
    t.send("Grace\r")
    try expect("Your name?", on: t)
    t.send("Ada\r")
    try expect("Tell me your story", on: t)
    t.send("Short.\r")
    try expect("  … ", on: t)
    t.send("\r")
    try expect("Which stages?", on: t)
    // After a comma, Tab completes the next item of the multiple choice.
    t.send("early, s\t\r")
    // The questions are done, and on a terminal the prompt stays.
    try expect("done ›", on: t)
    // "/export h" + Tab completes the format.
    t.send("/export h\t \(dir.path)/plan.html\r")
    try t.read(until: "Exported html to \(dir.path)/plan.html.", timeout: 20)
    try expect("done ›", on: t)
    t.send("hello\r")
    try t.read(until: "/plan shows your plan", timeout: 20)
    try expect("done ›", on: t)
    t.send("/plan\r")
    try t.read(until: "Grace", timeout: 20)
    try expect("done ›", on: t)
    t.send("/quit\r")
    #expect(try t.waitForExit(timeout: 20) == 0)
    #expect(t.output.contains("Your plan is saved."))
    let text = try transcript()
    #expect(text.contains(#""text":"early, senior""#))
    #expect(text.contains(#""key":"second.mentor","text":"Grace""#))
    #expect(try dir.read("plan.html").contains("Grace"))
  }
}
