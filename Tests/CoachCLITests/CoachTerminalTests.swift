import CoachCore
import Foundation
import Glibc
import Testing

/// End-to-end through a real pseudo-terminal: what a person at a terminal
/// sees and types, with libedit doing the editing.
@Suite(.serialized) struct CoachTerminalTests {
  static let script = """
    id: pty
    title: Terminal test
    steps:
      - id: name
        ask: "Your name?"
      - id: years
        ask: "How many years, {name}?"
        type: integer
        min: 0
        max: 60
      - id: stage
        ask: "Which stage?"
        type: choice
        options: [early, mid, senior]
      - id: salary
        ask: "Your salary?"
        type: money
        private: true
      - id: due
        ask: "By when?"
        type: date
      - id: last
        ask: "Anything else?"
    """

  let dir: TemporaryDirectory

  init() throws {
    dir = try TemporaryDirectory()
    try dir.write(Self.script, to: "prompts/pty.yaml")
  }

  func start(_ arguments: [String], colors: Bool = false) throws -> PseudoTerminal {
    var environment = PseudoTerminal.environment(home: dir.path)
    environment["COACH_NOW"] = "2026-11-25T09:00:00Z"
    if !colors { environment["NO_COLOR"] = "1" }
    return try PseudoTerminal(
      executable: CoachProcess.binary,
      arguments: arguments + [
        "--prompts", dir.path + "/prompts", "--data-dir", dir.path + "/data",
      ],
      environment: environment)
  }

  /// Waits for `text` on screen, then for libedit to be reading keys.
  func expectPrompt(_ text: String, on terminal: PseudoTerminal) throws {
    try terminal.read(until: text, timeout: 10)
    try terminal.waitForRaw(timeout: 10)
  }

  /// Ctrl-C, then the prompt again on a cleared line. libedit reads keys
  /// through CEditShim's poll on stdin and the signal wake pipe, so a
  /// Ctrl-C that arrives while libedit is drawing (not blocked in its read)
  /// still cancels the line: one Ctrl-C is enough, even under load.
  func cancelLine(on terminal: PseudoTerminal, prompt: String) throws {
    terminal.send("\u{3}")
    try terminal.read(until: prompt, timeout: 10)
    try terminal.waitForRaw(timeout: 10)
  }

  @Test func aWholeConversationWithEditingKeys() throws {
    let t = try start(["start", "pty"])
    try expectPrompt("pty 1/6 ›", on: t)
    t.send("Zoë\r")
    try expectPrompt("How many years, Zoë?", on: t)
    // Tab completes a command.
    t.send("/he\t\r")
    try expectPrompt("/why", on: t)
    // Ctrl-C clears only the half-typed line: "12" is dropped, the session goes on.
    t.send("12")
    try t.read(until: "12", timeout: 10)
    try cancelLine(on: t, prompt: "pty 2/6 ›")
    t.send("3\r")
    try expectPrompt("Which stage?", on: t)
    // Tab completes an option of the choice.
    t.send("se\t\r")
    try expectPrompt("Your salary?", on: t)
    t.send("95000\r")
    try expectPrompt("By when?", on: t)
    // Up recalls an earlier answer of this session (not the private one).
    t.send("\u{1B}[A")
    try t.read(until: "senior", timeout: 10)
    try cancelLine(on: t, prompt: "pty 5/6 ›")
    t.send("in 6 months\r")
    try expectPrompt("Anything else?", on: t)
    // Ctrl-D saves and leaves with status 0.
    t.send("\u{4}")
    #expect(try t.waitForExit(timeout: 10) == 0)

    let export = try CoachProcess.run(
      [
        "export", "--format", "json", "--prompts", dir.path + "/prompts", "--data-dir",
        dir.path + "/data",
      ])
    let answers = try #require(try export.stdout.json()["answers"] as? [String: [String: Any]])
    #expect(answers["pty.name"]?["value"] as? String == "Zoë")
    #expect(answers["pty.years"]?["value"] as? Int == 3)
    #expect(answers["pty.stage"]?["value"] as? String == "senior")
    #expect(answers["pty.salary"]?["value"] as? Int == 95000)
    #expect(answers["pty.due"]?["value"] as? String == "2027-05-25")
    #expect(answers["pty.last"] == nil)

    let history = try dir.read("state/coach/history")
    #expect(history.contains("Zo"))
    #expect(!history.contains("95000"), "a private answer reached the history file")

    // The session resumes at the first unanswered question.
    let again = try start(["resume"])
    try expectPrompt("Anything else?", on: again)
    #expect(!again.output.contains("Your name?"))
    again.send("/quit\r")
    #expect(try again.waitForExit(timeout: 10) == 0)
  }

  /// `/plan` on a terminal: bold and dim as escapes, none with NO_COLOR.
  @Test(arguments: [true, false])
  func planIsStyledUnlessNoColor(colors: Bool) throws {
    let t = try start(["start", "pty"], colors: colors)
    try expectPrompt("pty 1/6 ›", on: t)
    t.send("Zoë\r")
    try expectPrompt("How many years, Zoë?", on: t)
    t.send("/plan\r")
    try t.read(until: "Still to come", timeout: 10)
    try expectPrompt("pty 2/6 ›", on: t)
    let bold = "\u{1B}[1mTerminal test\u{1B}[0m"
    #expect(t.output.contains(bold) == colors, "\(t.output)")
    #expect(t.output.contains("\u{1B}[2m") == colors)
    #expect(t.output.contains("Terminal test"))
    t.send("/quit\r")
    #expect(try t.waitForExit(timeout: 10) == 0)
  }

  /// Five hundred Ctrl-Cs, each at a random moment up to 1.5 ms after a
  /// key, most while libedit is still handling it: every one must cancel
  /// the line. About 1 in 500 came between the reader's poll, which saw the
  /// key, and its read: Ctrl-C had emptied the input queue, so a blocking
  /// read waited for the next key (a non-blocking descriptor of its own
  /// fixed it; with 60 Ctrl-Cs the test failed about 1 run in 8).
  @Test func everyCtrlCCancelsEvenWhileLibeditDraws() throws {
    let t = try start(["start", "pty"])
    try expectPrompt("pty 1/6 ›", on: t)
    var rng = SeededRandom(seed: 7)
    for _ in 0..<500 {
      t.send("x")
      // Somewhere in the time libedit takes to draw the echo.
      usleep(UInt32.random(in: 0..<1500, using: &rng))
      t.send("\u{3}")
      try t.read(until: "pty 1/6 ›", timeout: 10)
      try t.waitForRaw(timeout: 10)
    }
    t.send("Ada\r")
    try expectPrompt("How many years, Ada?", on: t)
    t.send("\u{4}")
    #expect(try t.waitForExit(timeout: 10) == 0)
    let transcript = try dir.read(
      "data/sessions/\(try #require(try dir.sessions().first))/transcript.jsonl")
    #expect(transcript.contains(#""text":"Ada""#))
    #expect(!transcript.contains("xAda"))
  }

  @Test func sigtermSavesAndLeavesCleanly() throws {
    let t = try start(["start", "pty"])
    try expectPrompt("pty 1/6 ›", on: t)
    t.send("Ada\r")
    // libedit prints the prompt after its callback has taken SIGTERM back
    // from libedit's own handler; signal once the editor is waiting there.
    try t.read(until: "How many years, Ada?", timeout: 10)
    try expectPrompt("pty 2/6 ›", on: t)
    usleep(100_000)
    t.signal(SIGTERM)
    #expect(try t.waitForExit(timeout: 10) == 0)
    let transcript = try dir.read(
      "data/sessions/\(try #require(try dir.sessions().first))/transcript.jsonl")
    #expect(transcript.contains("\"Ada\""))
    #expect(transcript.hasSuffix("\n"))
  }
}
