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
