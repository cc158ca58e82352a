import CoachCore
import Foundation
import Testing

/// Golden diagnostics: every mistake in every broken fixture, each on its
/// own `file:line:col: error: message` line.
@Suite struct ScriptDiagnosticsTests {
  static let broken = ["typos", "syntax", "shape", "groups", "values"]

  static func diagnostics(of names: [String]) throws -> [Diagnostic] {
    var scripts: [Script] = []
    var found: [Diagnostic] = []
    for name in names {
      let text = try Goldens.fixture("scripts/broken/\(name).yaml")
      let (script, diagnostics) = ScriptParser.parse(text, file: "\(name).yaml")
      found += diagnostics
      if let script { scripts.append(script) }
    }
    return (found + ScriptValidator.validate(scripts)).sortedByPosition()
  }

  @Test func brokenScriptsGiveEveryErrorWithPosition() throws {
    let lines = try Self.diagnostics(of: Self.broken).map(\.description)
    try Goldens.files.check(lines.joined(separator: "\n") + "\n", path: "diagnostics/broken.txt")
  }

  @Test(arguments: [
    ("typos.yaml:10:11: error: unknown type 'nubmer'; did you mean 'number'?"),
    ("typos.yaml:6:5: error: unknown key 'aks'; did you mean 'ask'?"),
    ("typos.yaml:15:11: error: a 'choice' question needs 'options'"),
  ])
  func keyMistakesAreNamedWithSuggestions(expected: String) throws {
    let lines = try Self.diagnostics(of: ["typos"]).map(\.description)
    #expect(lines.contains(expected), "\(lines)")
  }

  @Test func unknownIdInWhenIsReportedWithSuggestion() throws {
    let lines = try Self.diagnostics(of: ["typos"]).map(\.description)
    #expect(lines.contains { $0.contains("unknown step id 'stag'; did you mean 'stage'?") })
    #expect(lines.contains { $0.contains("unknown step id 'nmae'") })
    #expect(lines.contains { $0.contains("duplicate step id 'years'") })
    #expect(lines.contains { $0.contains("unknown script 'growht'") })
    #expect(lines.contains { $0.contains("unknown goto target 'nowhere'") })
    #expect(lines.contains { $0.contains("did you mean '=='?") })
  }

  @Test func yamlSyntaxErrorIsAtItsLine() throws {
    let lines = try Self.diagnostics(of: ["syntax"]).map(\.description)
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("syntax.yaml:") == true)
    #expect(lines.first?.contains("error: invalid YAML") == true)
  }

  @Test func yesAndNoStayStrings() throws {
    let text = """
      id: yn
      title: Yes and no
      steps:
        - id: q
          ask: "Pick"
          type: choice
          options: [yes, no, 010, on]
      """
    let (script, diagnostics) = ScriptParser.parse(text, file: "yn.yaml")
    #expect(diagnostics.isEmpty)
    #expect(script?.questions.first?.options == ["yes", "no", "010", "on"])
  }

  @Test func anchorsAreRefused() {
    let text = """
      id: a
      title: A
      steps:
        - &x
          say: hi
        - *x
      """
    let (_, diagnostics) = ScriptParser.parse(text, file: "a.yaml")
    #expect(diagnostics.contains { $0.message.contains("not supported") })
  }

  @Test func everyBundledScriptIsClean() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Prompts").standardized
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    #expect(!names.isEmpty)
    var scripts: [Script] = []
    for name in names {
      let text = try String(
        decoding: Data(contentsOf: dir.appendingPathComponent(name)), as: UTF8.self)
      let (script, diagnostics) = ScriptParser.parse(text, file: name)
      #expect(diagnostics.isEmpty, "\(diagnostics)")
      if let script { scripts.append(script) }
    }
    #expect(ScriptValidator.validate(scripts).isEmpty)
  }

  static func parse(_ steps: String, header: String = "id: t\ntitle: T\n") -> (
    Script?, [String]
  ) {
    let (script, found) = ScriptParser.parse(header + "steps:\n" + steps, file: "t.yaml")
    let all = found + (script.map { ScriptValidator.validate([$0]) } ?? [])
    return (script, all.sortedByPosition().map(\.description))
  }

  @Test(arguments: ["1e20", "-1e20", "101", "2.5", "abc", "0"])
  func groupMaxOutOfRangeIsAnErrorNotACrash(max: String) {
    let (_, lines) = Self.parse(
      "  - group: g\n    max: \(max)\n    steps:\n      - say: hi\n")
    #expect(lines == ["t.yaml:5:10: error: 'max' must be a whole number from 1 to 100"])
  }

  @Test func groupMinAboveMaxIsAtMin() {
    let (_, lines) = Self.parse(
      "  - group: g\n    min: 5\n    max: 3\n    steps:\n      - say: hi\n")
    #expect(lines == ["t.yaml:5:10: error: 'min' (5) is greater than 'max' (3)"])
  }

  @Test(arguments: ["~", "null", "Null", "NULL", ""])
  func yamlNullMeansAbsent(null: String) {
    let (script, lines) = Self.parse(
      "  - id: q\n    ask: Q?\n    default: \(null)\n    why: \(null)\n",
      header: "id: t\ntitle: T\nsummary: \(null)\n")
    #expect(lines.isEmpty)
    #expect(script?.summary == nil)
    #expect(script?.questions.first?.defaultAnswer == nil)
    #expect(script?.questions.first?.why == nil)
  }

  @Test func quotedNullIsText() {
    let (script, lines) = Self.parse("  - id: q\n    ask: Q?\n    default: \"~\"\n")
    #expect(lines.isEmpty)
    #expect(script?.questions.first?.defaultAnswer == "~")
  }

  @Test(arguments: [
    ("integer", "\"12\""), ("date", "in three months"), ("date", "by June"), ("yesno", "yes"),
    ("money", "$85k"), ("list", "a, b"),
  ])
  func validDefaultsPass(type: String, answer: String) {
    let (_, lines) = Self.parse(
      "  - id: q\n    ask: Q?\n    type: \(type)\n    default: \(answer)\n")
    #expect(lines.isEmpty, "\(lines)")
  }

  @Test func dateDefaultTheParserCannotReadIsAnError() {
    let (_, lines) = Self.parse("  - id: q\n    ask: Q?\n    type: date\n    default: soonish\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("t.yaml:7:14: error: default 'soonish' is not a valid") == true)
  }

  @Test func controlCharactersAreCleanedFromOptionsAndTitle() {
    let (script, lines) = Self.parse(
      "  - id: q\n    ask: Q?\n    type: choice\n    options: [\"a\\u001b[2J\", b]\n",
      header: "id: t\ntitle: \"T\\u0007itle\"\nsummary: \"S\\u001bum\"\n")
    #expect(lines.isEmpty)
    #expect(script?.title == "Title")
    #expect(script?.summary == "S[um" || script?.summary == "Sum")
    #expect(script?.questions.first?.options == ["a[2J", "b"])
  }

  @Test func duplicateKeysAreReportedAndReadingGoesOn() {
    let (_, lines) = Self.parse(
      "  - id: q\n    ask: Q?\n    ask: Again?\n    type: nubmer\n")
    #expect(
      lines == [
        "t.yaml:6:5: error: duplicate key 'ask'",
        "t.yaml:7:11: error: unknown type 'nubmer'; did you mean 'number'?",
      ])
  }

  @Test func multiLineWhenIsReportedAtItsStart() {
    let (_, lines) = Self.parse(
      "  - id: q\n    ask: Q?\n    when: \"q == 1 and\n      zzz == 2\"\n")
    #expect(lines == ["t.yaml:6:11: error: unknown step id 'zzz'"])
  }
}
