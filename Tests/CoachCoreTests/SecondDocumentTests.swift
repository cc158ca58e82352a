import CoachCore
import Testing

/// A script file holds one YAML document; a second one is named, not dropped
/// in silence.
@Suite struct SecondDocumentTests {
  static let one = """
    id: first
    title: First
    steps:
      - id: q
        ask: "A question?"

    """

  @Test func aSecondDocumentIsAWarningAtItsStart() {
    let text = Self.one + "---\nid: second\ntitle: Second\nsteps: []\n"
    let (script, diagnostics) = ScriptParser.parse(text, file: "two.yaml")
    #expect(script?.id == "first")
    #expect(
      diagnostics.map(\.description) == [
        "two.yaml:6:1: warning: a second YAML document here is ignored; put one script per file"
      ])
  }

  @Test func anExplicitEndBeforeTheSecondDocumentIsNamedToo() {
    let text = "---\n" + Self.one + "...\n---\nid: second\n"
    let (_, diagnostics) = ScriptParser.parse(text, file: "two.yaml")
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.position == TextPosition(line: 8, column: 1))
  }

  @Test func oneDocumentGivesNoWarning() {
    let endMarker = ScriptParser.parse("---\n" + Self.one + "...\n", file: "one.yaml").1
    #expect(ScriptParser.parse(Self.one, file: "one.yaml").1.isEmpty)
    #expect(endMarker.isEmpty)
  }
}
