import Testing

@testable import CoachCore

/// The shortcuts of script reading against the general code beside them:
/// ids and templates read byte by byte in ASCII, plan targets matched
/// without a set, the lexer's ASCII classes, short mappings' duplicate keys.
@Suite struct ScriptFastPathTests {
  /// Texts with the edges of both walks: braces doubled and alone, dots,
  /// spaces inside braces, line breaks (`\r\n` is one character), and the
  /// empty text.
  static let templates: [String] = [
    "", "{", "}", "{}", "{{", "}}", "{{}}", "}{", "{name}", "{ name }", "{\tname\r\n}",
    "Goal {round}: what do you want to achieve?", "Another goal, {name}?", "{a.b}", "{a.}",
    "{.a}", "{a..b}", "{a b}", "{1a}", "{-a}", "{a-}", "{a_b-c9}", "{{{name}}}", "{name}{x}",
    "a\r\n{b}\r\nc", "unclosed {name", "x }} y {{ z", "{a}}", "{{a}", "}{a}{",
    String(repeating: "{x}", count: 200),
  ]

  @Test(arguments: templates)
  func asciiTemplateWalkAgreesWithTheGeneralOne(source: String) {
    Self.expectSame(
      ScriptParser.parseASCIITemplate(source), ScriptParser.parseTemplateInGeneral(source))
  }

  @Test func randomASCIITemplatesAgree() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("{}{}ab.. _-1\r\n\t")
    for _ in 0..<2000 {
      let length = Int.random(in: 0...12, using: &generator)
      let source = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      Self.expectSame(
        ScriptParser.parseASCIITemplate(source), ScriptParser.parseTemplateInGeneral(source))
    }
  }

  /// Non-ASCII text with braces takes the general walk, combining marks
  /// included.
  @Test(arguments: ["{\u{301}name}", "{name}\u{301}", "café {nàme}", "\u{600}{x}", "é }} {{"])
  func nonASCIITemplatesTakeTheGeneralWalk(source: String) {
    Self.expectSame(ScriptParser.parseTemplate(source), ScriptParser.parseTemplateInGeneral(source))
  }

  static func expectSame(
    _ a: Result<Template, ScriptParser.TemplateError>,
    _ b: Result<Template, ScriptParser.TemplateError>
  ) {
    switch (a, b) {
    case (.success(let x), .success(let y)):
      #expect(x.parts == y.parts)
      #expect(x.source == y.source)
      #expect(x.placeholderOffsets == y.placeholderOffsets)
    case (.failure(let x), .failure(let y)):
      #expect(x.message == y.message)
    default:
      Issue.record("one walk failed, the other did not: \(a) \(b)")
    }
  }

  static let identifiers: [String] = [
    "", "a", "Z", "_a", "-a", "1a", "a1", "a-b_c9", "a b", "a.b", "a:", "ab-", "Ωmega", "é",
    "a\u{301}", "x\u{663}", "\u{1C5}", String(repeating: "a", count: 1000),
  ]

  @Test(arguments: identifiers)
  func identifierShortcutAgreesWithTheGeneralCheck(value: String) {
    #expect(ScriptParser.isIdentifier(value) == ScriptParser.isIdentifierInGeneral(value))
  }

  @Test func everyASCIIPairAgrees() {
    for a in 0..<128 {
      for b in [0x30, 0x41, 0x5F, 0x2D, 0x20, 0x7A, a] {
        let value = String(decoding: [UInt8(a), UInt8(b)], as: UTF8.self)
        #expect(ScriptParser.isASCIIIdentifier(value) == ScriptParser.isIdentifierInGeneral(value))
        let one = String(decoding: [UInt8(a)], as: UTF8.self)
        #expect(ScriptParser.isASCIIIdentifier(one) == ScriptParser.isIdentifierInGeneral(one))
      }
    }
  }

  @Test func planTargetsAcceptWhatTheirTypesHold() {
    for target in PlanTarget.all {
      for type in AnswerType.allCases {
        #expect(target.accepts(type) == target.holds.types.contains(type), "\(target.name) \(type)")
      }
    }
  }

  @Test func lexerClassesAgreeWithUnicodeProperties() {
    for value in 0..<0x80 {
      guard let c = Unicode.Scalar(value) else { continue }
      #expect(ExpressionLexer.isSpace(c) == c.properties.isWhitespace)
      #expect(ExpressionLexer.isWordStart(c) == (c == "_" || c.properties.isAlphabetic))
    }
    for c in ["é", "\u{A0}", "\u{2003}", "\u{85}", "Ω"] as [Unicode.Scalar] {
      #expect(ExpressionLexer.isSpace(c) == c.properties.isWhitespace)
      #expect(ExpressionLexer.isWordStart(c) == c.properties.isAlphabetic)
    }
  }

  /// Duplicate keys are found by comparison in a short mapping and by a
  /// set in a long one, the first value kept either way.
  @Test(arguments: [3, 7, 8, 9, 40])
  func duplicateKeysAreReportedInShortAndLongMappings(count: Int) throws {
    var text = ""
    for i in 0..<count { text += "k\(i): \(i)\n" }
    text += "k0: again\nk\(count - 1): again\n"
    var problems: [YAMLError] = []
    let root = try YAMLReader.read(text, problems: &problems)
    #expect(problems.map(\.message) == ["duplicate key 'k0'", "duplicate key 'k\(count - 1)'"])
    #expect(problems.map(\.position.line) == [count + 1, count + 2])
    guard case .mapping(let pairs, _)? = root else {
      Issue.record("not a mapping")
      return
    }
    #expect(pairs.map(\.key) == (0..<count).map { "k\($0)" })
    guard case .scalar(let first, _, _, _) = pairs[0].value else { return }
    #expect(first == "0")
  }
}
