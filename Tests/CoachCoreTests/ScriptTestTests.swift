import CoachCore
import Testing

@Suite struct ScriptTestTests {
  typealias Asked = ScriptTest.Asked

  @Test func questionsAreComparedByKeyInOrder() {
    let old = [
      Asked(key: "a.x", text: "X?"), Asked(key: "a.y", text: "Y?"), Asked(key: "a.z", text: "Z?"),
    ]
    let new = [
      Asked(key: "a.x", text: "X, then?"), Asked(key: "a.w", text: "W?"),
      Asked(key: "a.z", text: "Z?"),
    ]
    let changes = ScriptTest.compare(old, new).map(\.description)
    #expect(
      changes == [
        "~ a.x: worded differently:\n    was: \"X?\"\n    now: \"X, then?\"",
        "+ a.w: now asked: \"W?\"",
        "- a.y: no longer asked: \"Y?\"",
      ])
    #expect(ScriptTest.compare(old, old).isEmpty)
  }

  @Test func planDifferencesNameTheirPaths() {
    let old = #"{"answers": {"c.name": {"text": "Ada"}}, "notes": [{"key": "c.a", "v": 1}]}"#
    let new =
      #"{"answers": {"c.name": {"text": "Bo"}, "c.age": {"text": "3"}}, "notes": [{"key": "c.b", "v": 1}, {"key": "c.a", "v": 2}]}"#
    let changes = JSONDiff.compare(old: old, new: new).map(\.description)
    #expect(
      changes == [
        #"+ answers."c.age": {"text": "3"}"#,
        #"~ answers."c.name".text: "Ada" → "Bo""#,
        "~ notes[key=c.a].v: 1 → 2",
        #"+ notes[key=c.b]: {"key": "c.b", "v": 1}"#,
      ])
    #expect(JSONDiff.compare(old: old, new: old).isEmpty)
  }
}

@Suite struct ExpressionSourceTests {
  /// An expression written back as text reads as the same expression.
  @Test(arguments: [
    #"stage == "early" and years < 5"#, "not (a or b) and c", "(a + b) * 2 >= 10 - -x",
    #""goals" in parts or count(goal) > 1"#, "a - (b - c)", "a / (b * c)", "not not a",
  ])
  func sourceReadsBackAsTheSameExpression(_ text: String) throws {
    guard case .success(let e) = ExpressionParser.parse(text) else {
      Issue.record("\(text) does not parse")
      return
    }
    guard case .success(let again) = ExpressionParser.parse(e.source) else {
      Issue.record("\(e.source) does not parse")
      return
    }
    #expect(Self.stripped(again) == Self.stripped(e), "\(e.source)")
  }

  /// The tree without columns, which differ when the text does.
  static func stripped(_ e: ScriptExpression) -> ScriptExpression {
    switch e {
    case .identifier(let name, _): return .identifier(name, column: 0)
    case .not(let x): return .not(stripped(x))
    case .negate(let x): return .negate(stripped(x))
    case .binary(let op, let a, let b): return .binary(op, stripped(a), stripped(b))
    case .call(let name, let args, _): return .call(name, args.map(stripped), column: 0)
    default: return e
    }
  }
}
