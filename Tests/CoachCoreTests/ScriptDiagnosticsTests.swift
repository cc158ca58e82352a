import CoachCore
import Foundation
import Testing

/// Golden diagnostics: every mistake in every broken fixture, each on its
/// own `file:line:col: error: message` line.
@Suite struct ScriptDiagnosticsTests {
  static let broken = ["typos", "syntax", "shape", "groups"]

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
}
