import Testing

@testable import CoachCore

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

  /// Keys read as bytes give the same parts as read as characters, for
  /// keys made of the separators, digits, signs and letters in any order.
  @Test func bytesAndCharactersAgree() {
    var random = SeededRandom(seed: 12)
    let pieces = ["a", "goals", ".", "#", ":", "[", "]", "1", "12", "-", "+", "0", "x_y", "\r\n"]
    var texts =
      Self.cases.map(\.text) + [
        "a.b#9223372036854775807", "a.b#9223372036854775808", "a.b#-9223372036854775808",
        "a.b[+3]", "a.b#-1", "a.b:#1", "a.b[]", "a.b#", "é.b#1", "a.b\u{301}#1",
      ]
    for _ in 0..<4000 {
      let count = 1 + Int(random.next() % 8)
      texts.append(
        (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
    }
    for text in texts {
      #expect(AnswerKey(text) == AnswerKey(characters: text), "\(text)")
    }
  }
}
