import CoachCore
import Testing

/// `coach check`'s warnings and the positions of YAML mistakes.
@Suite struct ScriptWarningTests {
  static func lines(_ text: String) -> [String] {
    let (script, diagnostics) = ScriptParser.parse(text, file: "s.yaml")
    return (diagnostics + ScriptValidator.validate(script.map { [$0] } ?? []))
      .sortedByPosition().map(\.description)
  }

  static let header = "id: s\ntitle: S\nsteps:\n"

  @Test func aWhenAgainstAValueNoOptionHasIsNamed() {
    let lines = Self.lines(
      Self.header + """
          - id: path
            ask: "Which way?"
            type: choice
            options: [internal transfer, new employer]
          - id: why
            ask: "Why?"
            type: text
            when: path == "internal-transfer"
          - id: how
            ask: "How?"
            type: text
            when: path == "New Employer" or "sideways" in path
        """)
    #expect(
      lines == [
        "s.yaml:11:11: warning: 'path' is never \"internal-transfer\": its options are 'internal transfer', 'new employer'; did you mean 'internal transfer'?",
        "s.yaml:15:51: warning: 'path' is never \"sideways\": its options are 'internal transfer', 'new employer'",
      ])
  }

  @Test func stepsAfterAGotoThatAlwaysJumpsAreUnreachable() {
    let lines = Self.lines(
      Self.header + """
          - id: a
            ask: "A?"
            type: text
          - goto: c
          - id: b
            ask: "B?"
            type: text
          - id: c
            ask: "C?"
            type: text
          - goto: end
            when: a == "x"
          - id: d
            ask: "D?"
            type: text
          - goto: end
          - say: "Never said."
        """)
    #expect(
      lines == [
        "s.yaml:8:5: warning: this step can never be reached: the 'goto c' at line 7 always jumps past it",
        "s.yaml:20:5: warning: this step can never be reached: the 'goto end' at line 19 always jumps past it",
      ])
  }

  @Test func aTabIsNamedAtItsLine() {
    let lines = Self.lines(Self.header + "  - id: a\n    ask: \"A?\"\n    type: text\n\t- id: b\n")
    #expect(
      lines == [
        "s.yaml:7:1: error: a tab character at line 7, column 1: YAML indents with spaces only; replace it with spaces"
      ])
  }

  @Test func anIndentationMistakeIsAtItsLine() {
    let lines = Self.lines(
      Self.header
        + "  - id: a\n    ask: \"A?\"\n    type: text\n  - id: b\n    ask: \"B?\"\n      type: text\n"
    )
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("s.yaml:9:") == true, "\(lines)")
    #expect(lines.first?.contains("check the indentation of line 9") == true)
  }
}
