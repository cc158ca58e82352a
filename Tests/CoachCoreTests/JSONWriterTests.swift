import Foundation
import Testing

@testable import CoachCore

/// The hand-written plan JSON (`JSONWriter`, `Plan+JSONWritable.swift`) is
/// byte for byte what Foundation's `JSONEncoder` writes for the plan's
/// `Codable` form, as the exporter wrote it before: for the export
/// fixtures, for every kind of character and number, and for many random
/// plans.
@Suite struct JSONWriterTests {
  /// The exporter as it was: the plan's `Codable` form and its
  /// commitments through `JSONEncoder`. The reference the writer is held to.
  enum Reference {
    struct Document: Encodable {
      var plan: Plan

      struct Entry: Encodable {
        var id: String
        var kind: String
        var title: String
        var due: CalendarDay?
        var about: String
        var repeats: String?
        var parent: String?
        var source: String
      }

      enum Key: String, CodingKey { case commitments }

      func encode(to encoder: any Encoder) throws {
        try plan.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        let entries = Commitment.all(in: plan).map { item in
          Entry(
            id: item.uuid(in: plan), kind: item.kind.rawValue, title: item.title, due: item.due,
            about: item.context, repeats: item.recurrence?.rrule,
            parent: item.parentUUID(in: plan), source: item.source)
        }
        try container.encode(entries, forKey: .commitments)
      }
    }

    static func encode(_ plan: Plan) throws -> String {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.nonConformingFloatEncodingStrategy = .convertToString(
        positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
      return String(decoding: try encoder.encode(Document(plan: plan)), as: UTF8.self)
    }
  }

  /// Where two texts first differ, with some context, for a readable failure.
  static func difference(_ written: String, _ reference: String) -> String {
    let a = Array(written.utf8)
    let b = Array(reference.utf8)
    let at = a.indices.first { $0 < b.count && a[$0] != b[$0] } ?? min(a.count, b.count)
    func around(_ bytes: [UInt8]) -> String {
      String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
    }
    return "differ at byte \(at):\n--- written\n\(around(a))\n--- JSONEncoder\n\(around(b))"
  }

  static func expectSame(_ plan: Plan, _ comment: String = "") throws {
    let written = JSONExporter.encode(plan)
    let reference = try Reference.encode(plan)
    let same = written == reference
    #expect(same, "\(comment): \(same ? "" : difference(written, reference))")
  }

  // MARK: Fixed cases

  @Test func writesTheExportFixturesAsJSONEncoderDoes() throws {
    try Self.expectSame(ExportFixture.empty, "empty")
    try Self.expectSame(ExportFixture.rich, "rich")
    try Self.expectSame(RealPlanFixture.plan(), "real")
    try Self.expectSame(Plan(), "blank")
  }

  /// Every control character, the characters JSON escapes, and some that
  /// it does not: DEL, the line and paragraph separators, a BOM, non-ASCII,
  /// emoji with joiners and modifiers, combining marks, and text that looks
  /// like escapes or broken sequences.
  static let texts: [String] =
    [
      "", "Ada", "a \"quoted\" word", "back\\slash", "a/b//c", "</script>", "tab\tnew\nline\r",
      "é ü 中文 日本語 한국어", "🎯 👩‍👩‍👧‍👦 👍🏽 🇩🇪", "e\u{301} n\u{303}", "\u{7F}\u{80}\u{9F}",
      "\u{2028}\u{2029}\u{FEFF}\u{FFFD}\u{FFFF}", "\\u0000 \\ud800 \\\" \\n", "\u{0}", "\"",
      "\\", "{\"x\":[1]}", "<b>&amp;</b>", "\u{1B}[31mred\u{1B}[0m", "\u{10FFFF}", "Z", "a#10",
      "a#2", "A#2", "goals.title#1",
    ] + (0..<0x20).map { "x\(String(UnicodeScalar(UInt8($0))))y" }

  @Test func escapesEveryCharacterAsJSONEncoderDoes() throws {
    for text in Self.texts {
      var plan = Plan()
      plan.sessionID = text
      plan.vision = Sourced(text, source: text)
      plan.answers[text] = AnswerRecord(text: text, value: .text(text))
      plan.computed[text] = 1
      plan.actions = [Action(title: text, due: nil, context: text, source: text)]
      plan.balance.priorities = [Sourced(text, source: text)]
      try Self.expectSame(plan, "\(text.unicodeScalars.map { $0.value })")
    }
  }

  /// Numbers of every magnitude, the boundaries of the integer form of an
  /// answer (below 10^15), and the non-finite ones.
  static let numbers: [Double] = [
    0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.5, -2.25, 1e-7, 1e-5, 0.0001, .leastNonzeroMagnitude,
    2.2250738585072014e-308, .leastNormalMagnitude, .greatestFiniteMagnitude, 90_000, 90_000.5,
    123_456.78, 1_234_567_890.12, 999_999_999_999_999, 1e15 - 0.5, 1e15, 1e15 + 1, 1e16,
    9_007_199_254_740_992, 9_007_199_254_740_994, 1e20, 1e21, 1e22, 1.7976931348623157e308,
    -1e21, 4.5, 6, 12, 33.333333333333336, .pi, .ulpOfOne, .infinity, -.infinity, .nan,
  ]

  @Test func writesEveryNumberAsJSONEncoderDoes() throws {
    for number in Self.numbers {
      var plan = Plan()
      plan.computed["n"] = number
      plan.answers["n"] = AnswerRecord(text: "n", value: .number(number))
      plan.profile.years = Sourced(number, source: "y")
      var offer = Offer(name: "o", source: "s")
      offer.salary = number
      offer.breakdown = [CompensationPart(label: "l", amount: number, explanation: "e")]
      plan.compensation.offers = [offer]
      plan.balance.ratingMax = number
      try Self.expectSame(plan, "\(number)")
    }
  }

  @Test func writesEveryIntegerAsJSONEncoderDoes() throws {
    for number in [0, 1, -1, 9, 10, -10, 45, -100, 1_000_000, Int.max, Int.min, Int.min + 1] {
      var plan = Plan()
      plan.schemaVersion = number
      plan.assessment = Assessment(
        score: number, verdict: "v", reasons: [], warnings: [], stage: nil)
      plan.stillToCome = [PendingPart(script: "s", title: "t", count: number, first: "f")]
      try Self.expectSame(plan, "\(number)")
    }
  }

  @Test func ordersKeysByTheirUTF8Bytes() {
    let keys = Self.texts + ["goals.title#10", "goals.title#2", "goals.title", "Zoë", "Zoe\u{308}"]
    for a in keys {
      for b in keys {
        #expect(JSONWriter.utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8))
      }
    }
  }

  // MARK: Random plans

  /// Random plans: strings made of the pieces above, numbers across
  /// magnitudes, every optional present or absent, arrays empty, short or
  /// long. Seeded, so a failure names the plan that made it.
  @Test(arguments: 0..<8)
  func writesRandomPlansAsJSONEncoderDoes(batch: UInt64) throws {
    for index in 0..<25 {
      let seed = batch * 1_000 + UInt64(index)
      var random = RandomPlan(seed: seed)
      try Self.expectSame(random.plan(), "seed \(seed)")
    }
  }

  @Test func writesALongPlanAsJSONEncoderDoes() throws {
    var random = RandomPlan(seed: 43, longest: 60)
    let plan = random.plan()
    try Self.expectSame(plan, "long")
    // The plan reaches the members only some plans have.
    let text = JSONExporter.encode(plan)
    let missing = [
      "\"repeats\" : ", "\"parent\" : ", "\"weak\" : ", "\"achievable\" : null",
      "\"scriptSections\" : ", "\"stillToCome\" : ", "\"smart\" : ", "\"inYourWords\" : ",
    ].filter { !text.contains($0) }
    #expect(missing.isEmpty, "\(missing)")
  }
}

/// Makes random plans for `JSONWriterTests`.
struct RandomPlan {
  var random: SeededRandom
  /// The longest an array gets.
  var longest: Int

  init(seed: UInt64, longest: Int = 6) {
    random = SeededRandom(seed: seed)
    self.longest = longest
  }

  mutating func chance(_ percent: Int = 50) -> Bool {
    Int.random(in: 0..<100, using: &random) < percent
  }

  mutating func text() -> String {
    let pieces = JSONWriterTests.texts
    return (0..<Int.random(in: 0...4, using: &random))
      .map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
  }

  mutating func optionalText() -> String? { chance() ? text() : nil }

  mutating func number() -> Double {
    switch Int.random(in: 0..<4, using: &random) {
    case 0: return JSONWriterTests.numbers.randomElement(using: &random) ?? 0
    case 1: return Double(Int.random(in: -1_000_000...1_000_000, using: &random))
    case 2:
      let exponent = Double(Int.random(in: -12...24, using: &random))
      return Double.random(in: -10...10, using: &random) * pow(10, exponent)
    default:
      // Any finite double, from its bits.
      let bits = random.next()
      let value = Double(bitPattern: bits)
      return value.isFinite ? value : 0
    }
  }

  mutating func optionalNumber() -> Double? { chance() ? number() : nil }

  mutating func day() -> CalendarDay? {
    chance() ? CalendarDay(dayNumber: Int.random(in: -800_000...800_000, using: &random)) : nil
  }

  mutating func list<T>(_ make: (inout RandomPlan) -> T) -> [T] {
    let count = chance(20) ? 0 : Int.random(in: 0...longest, using: &random)
    var items: [T] = []
    for _ in 0..<count { items.append(make(&self)) }
    return items
  }

  mutating func sourced<T>(_ make: (inout RandomPlan) -> T) -> Sourced<T>? {
    chance() ? Sourced(make(&self), source: text()) : nil
  }

  mutating func value() -> AnswerValue {
    switch Int.random(in: 0..<5, using: &random) {
    case 0: return .text(text())
    case 1: return .number(number())
    case 2: return .bool(chance())
    case 3: return .date(CalendarDay(dayNumber: Int.random(in: -9_999...99_999, using: &random)))
    default: return .list(list { $0.text() })
    }
  }

  mutating func facets() -> SmartFacets? {
    guard chance() else { return nil }
    return SmartFacets(
      specific: chance(), measurable: chance(), achievable: chance() ? chance() : nil,
      relevant: chance() ? chance() : nil, timeBound: chance(), weak: list { $0.text() })
  }

  /// Cadences, some of which `Recurrence.parse` reads, so commitments get
  /// a `repeats`.
  mutating func cadence() -> String? {
    guard chance() else { return nil }
    return ["weekly", "every 2 weeks", "monthly", "once a quarter", "yearly", text()]
      .randomElement(using: &random)
  }

  mutating func goal() -> Goal {
    var goal = Goal(title: text(), source: text())
    goal.inYourWords = optionalText()
    goal.specific = optionalText()
    goal.measure = optionalText()
    goal.achievable = optionalText()
    goal.relevant = optionalText()
    goal.deadline = day()
    goal.milestones = list { Milestone(title: $0.text(), due: $0.day(), source: $0.text()) }
    goal.smart = facets()
    return goal
  }

  mutating func growthItem() -> GrowthItem {
    GrowthItem(title: text(), method: optionalText(), due: day(), source: text())
  }

  mutating func offer() -> Offer {
    var offer = Offer(name: text(), source: text())
    offer.isCurrent = chance()
    offer.currency = optionalText()
    offer.otherCurrencies = list { $0.text() }
    offer.salary = optionalNumber()
    offer.hourlyWage = optionalNumber()
    offer.hoursPerWeek = optionalNumber()
    offer.bonus = optionalNumber()
    offer.matchRate = optionalNumber()
    offer.matchCap = optionalNumber()
    offer.healthPremium = optionalNumber()
    offer.ptoDays = optionalNumber()
    offer.sickDays = optionalNumber()
    offer.remoteDaysPerWeek = optionalNumber()
    offer.commuteMinutesPerDay = optionalNumber()
    offer.commuteCostPerDay = optionalNumber()
    offer.breakdown = list { $0.part() }
    offer.cash = optionalNumber()
    offer.employerContributions = optionalNumber()
    offer.total = optionalNumber()
    offer.effectiveHourly = optionalNumber()
    offer.commuteSaved = optionalNumber()
    offer.commuteCost = optionalNumber()
    offer.apart = list { $0.part() }
    return offer
  }

  mutating func part() -> CompensationPart {
    CompensationPart(label: text(), amount: number(), explanation: text())
  }

  mutating func plan() -> Plan {
    var plan = Plan()
    plan.schemaVersion = chance(80) ? 1 : Int.random(in: Int.min...Int.max, using: &random)
    plan.sessionID = text()
    plan.planID = text()
    plan.updated = day()
    plan.profile.name = sourced { $0.text() }
    plan.profile.role = sourced { $0.text() }
    plan.profile.field = sourced { $0.text() }
    plan.profile.stage = sourced { $0.text() }
    plan.profile.years = sourced { $0.number() }
    plan.profile.employment = sourced { $0.text() }
    plan.profile.reviewDate = sourced { $0.day() ?? CalendarDay(dayNumber: 0) }
    if chance() {
      plan.assessment = Assessment(
        score: Int.random(in: -100...100, using: &random), verdict: text(),
        reasons: list { $0.text() }, warnings: list { $0.text() }, stage: optionalText())
    }
    plan.vision = sourced { $0.text() }
    plan.goals = list { $0.goal() }
    plan.growth.skills = list { $0.growthItem() }
    plan.growth.education = list { $0.growthItem() }
    plan.growth.experience = list { $0.growthItem() }
    plan.networking.items = list {
      NetworkingItem(
        channel: $0.text(), detail: $0.text(), cadence: $0.cadence(), due: $0.day(),
        source: $0.text())
    }
    plan.networking.cadence = sourced { $0.text() }
    plan.balance.priorities = list { Sourced($0.text(), source: $0.text()) }
    plan.balance.boundaries = list { Sourced($0.text(), source: $0.text()) }
    plan.balance.delegate = list { Sourced($0.text(), source: $0.text()) }
    plan.balance.timeManagement = list { Sourced($0.text(), source: $0.text()) }
    plan.balance.rating = sourced { $0.number() }
    plan.balance.ratingMax = optionalNumber()
    plan.balance.reviewDate = sourced { $0.day() ?? CalendarDay(dayNumber: 1) }
    plan.compensation.offers = list { $0.offer() }
    plan.compensation.best = optionalText()
    plan.compensation.preference = sourced { $0.text() }
    plan.compensation.leaning = optionalText()
    plan.compensation.summary = list { $0.text() }
    plan.actions = list {
      Action(title: $0.text(), due: $0.day(), context: $0.optionalText(), source: $0.text())
    }
    plan.openQuestions = list { OpenQuestion(key: $0.text(), question: $0.text()) }
    plan.notes = list {
      Note(key: $0.text(), script: $0.text(), question: $0.text(), answer: $0.text(), due: $0.day())
    }
    for _ in 0..<Int.random(in: 0...longest, using: &random) {
      plan.answers[text()] = AnswerRecord(text: text(), value: value(), smart: facets())
    }
    for _ in 0..<Int.random(in: 0...longest, using: &random) {
      plan.computed[text()] = number()
    }
    plan.dates = list {
      DatedAnswer(
        key: $0.text(), question: $0.text(),
        day: CalendarDay(dayNumber: Int.random(in: 0...30_000, using: &$0.random)))
    }
    if chance() {
      plan.scriptSections = list {
        ScriptSection(
          script: $0.text(), title: $0.text(),
          entries: $0.list {
            ScriptSection.Entry(
              key: $0.text(), label: $0.text(), value: $0.text(), isComputed: $0.chance(),
              due: $0.day())
          })
      }
    }
    if chance() {
      plan.stillToCome = list {
        PendingPart(
          script: $0.text(), title: $0.text(), count: Int.random(in: 0...50, using: &$0.random),
          first: $0.text())
      }
    }
    return plan
  }
}
