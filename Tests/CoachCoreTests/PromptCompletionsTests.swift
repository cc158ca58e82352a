import Testing

@testable import CoachCore

/// What Tab offers at a prompt: the commands, `/goto` with each part,
/// `/export` with each format, then the question's own answers. The
/// session's part is made once per machine; a prompt is the same as when
/// it was made for every prompt.
@Suite struct PromptCompletionsTests {
  static let scripts = [
    """
    id: main
    title: Main
    steps:
      - id: name
        ask: "Name?"
        type: text
      - id: ready
        ask: "Ready?"
        type: yesno
      - id: pick
        ask: "Pick one"
        type: choice
        options: [red, green]
      - run: side
    """,
    """
    id: side
    title: Side
    steps:
      - id: more
        ask: "More?"
        type: text
    """,
  ]

  @Test func eachPromptOffersTheSessionsAndItsQuestionsCompletions() {
    let parsed = Self.scripts.compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    var machine = SessionMachine(catalog: ScriptCatalog(parsed), roots: ["main"])
    let now = Moment(seconds: 1_795_597_200)
    var effects = machine.start(at: now)
    var seen: [String] = []
    for answer in ["Ada", "yes", "red", "more"] {
      guard case .ask(let prompt)? = effects.last, let slot = machine.current else { break }
      let q = slot.question
      let expected =
        SessionMachine.commandNames + machine.reachableScripts.map { "/goto \($0)" }
        + ExportFormat.allCases.map { "/export \($0.rawValue)" } + q.type.completions(for: q)
      #expect(prompt.completions == expected, "\(slot.key)")
      seen.append(slot.key)
      effects = machine.handle(.line(answer), at: now)
    }
    #expect(seen == ["main.name", "main.ready", "main.pick", "side.more"])
    #expect(machine.reachableScripts == ["main", "side"])
  }
}
