import CoachCore
import Testing

/// Answer keys read back as they were written, whatever their parts.
@Suite struct AnswerKeyTests {
  static let cases: [(text: String, key: AnswerKey?)] = [
    ("checkin.name", AnswerKey(script: "checkin", step: "name")),
    ("goals.title#2", AnswerKey(script: "goals", step: "title", round: 2)),
    (
      "goals.goal:specific#1", AnswerKey(script: "goals", step: "goal", facet: "specific", round: 1)
    ),
    ("goals.goal:timeBound", AnswerKey(script: "goals", step: "goal", facet: "timeBound")),
    ("goals.milestones#1[2]", AnswerKey(script: "goals", step: "milestones", round: 1, item: 2)),
    ("goals.milestones[3]", AnswerKey(script: "goals", step: "milestones", item: 3)),
    ("goals.more#0", AnswerKey(script: "goals", step: "more", round: 0)),
    ("nodot", nil), (".step", nil), ("script.", nil), ("", nil),
  ]

  @Test(arguments: cases.indices)
  func readsWhatItWrites(index: Int) {
    let c = Self.cases[index]
    #expect(AnswerKey(c.text) == c.key)
    if let key = c.key { #expect(key.description == c.text) }
  }

  /// A milestone's item is not part of its round (`1[1]` was read as one).
  @Test func anItemIsNotARound() throws {
    let key = try #require(AnswerKey("goals.milestones#1[1]"))
    #expect(key.round == 1)
    #expect(key.item == 1)
    #expect(key.stepPath == "goals.milestones")
    #expect(SessionState.split("goals.milestones#1[1]") == ("goals.milestones", 1))
  }
}
