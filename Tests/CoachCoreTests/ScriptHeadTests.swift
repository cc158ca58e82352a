import CoachCore
import Foundation
import Testing

/// `ScriptHead.scan`: a script's id and `default` read from its lines, or
/// `nil` whenever the parser could read them otherwise.
@Suite struct ScriptHeadTests {
  static let read: [(text: String, id: String, isDefault: Bool)] = [
    ("id: checkin\ntitle: Quick\nsteps: []\n", "checkin", false),
    ("id: checkin                 # script id, unique\n", "checkin", false),
    ("# a comment\n\n  # indented comment\nid: a-b_2\n", "a-b_2", false),
    ("id: \"goals\"\ndefault: true\n", "goals", true),
    ("id: 'path'\ndefault: Yes   # the full path\n", "path", true),
    ("default: no\nid: x\n", "x", false),
    ("id: win\r\ntitle: CRLF\r\n", "win", false),
    ("title: T\nsteps:\n  - id: inner\n    ask: Q\nid: outer\n", "outer", false),
    ("identity: nobody\nid: real\n", "real", false),
  ]

  @Test(arguments: read.indices)
  func readsWhatIsPlain(index: Int) {
    let c = Self.read[index]
    #expect(ScriptHead.scan(c.text) == ScriptHead(id: c.id, isDefault: c.isDefault), "\(c.text)")
  }

  static let leftToTheParser: [String] = [
    "",
    "title: no id\n",
    "  id: indented\n  title: a mapping that does not start at column 0\n",
    "\u{FEFF}id: bom\n",
    "{id: flow, title: T}\n",
    "\"id\": quoted-key\n",
    "id : spaced\n",
    "id:tight\n",
    "id:\n  nested\n",
    "id: two\nid: ids\n",
    "id: a\ndefault: maybe\n",
    "id: a\ndefault: true\ndefault: false\n",
    "id: \"a#b\"\n",
    "id: 9lives\n",
    "id: &anchor a\n",
    "id: café\n",
    "---\nid: doc\n",
    "id: a\n---\nid: b\n",
    "- id: list\n",
    "id: a\n\tsteps: tab\n",
  ]

  @Test(arguments: leftToTheParser)
  func leavesAnythingElseToTheParser(text: String) {
    #expect(ScriptHead.scan(text) == nil, "\(text)")
  }

  /// Every bundled script: the scan reads what the parser reads.
  @Test func agreesWithTheParserOnTheBundledScripts() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Prompts").standardized
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }
    #expect(names.count >= 8)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let (script, _) = ScriptParser.parse(text, file: name)
      let parsed = try #require(script)
      #expect(ScriptHead.scan(text) == ScriptHead(id: parsed.id, isDefault: parsed.isDefault))
    }
  }

  @Test func referencedScriptsAreTheRunAndNamedOnes() throws {
    let text = """
      id: main
      title: Main
      steps:
        - run: first
        - id: q
          ask: "About {other.name}?"
          when: third.stage == "early" and main.q2 != ""
        - id: q2
          ask: Q2
        - run: first
      """
    let (script, diagnostics) = ScriptParser.parse(text, file: "main.yaml")
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let parsed = try #require(script)
    #expect(ScriptValidator.referencedScripts(of: parsed) == ["first", "third", "other"])
  }
}
