import Testing

@testable import CoachCore

/// The plan's and the exports' fast paths against the general code they
/// stand beside: commitment ids from bytes against `NameUUID.v5`, days
/// from bytes against `iso`, ASCII keys and titles read as bytes against
/// the reading by characters, and the key sorter past a shared prefix.
@Suite struct PlanFastPathTests {
  @Test func commitmentIDsAreNameUUIDs() {
    let planIDs = ["", "s1", "20260101-000000-abcd", "é", String(repeating: "p", count: 70)]
    let identities = [
      "", "date:benchgoals.deadline_1#1", "milestone:goals.milestones#2[3]/2", "deadline:é.x#1",
      "🎯", String(repeating: "i", count: 130),
    ]
    for planID in planIDs {
      for identity in identities {
        #expect(
          CommitmentID.uuid(planID: planID, identity: identity)
            == NameUUID.v5(
              namespace: NameUUID.commitmentNamespace, name: planID + "\u{1F}" + identity))
      }
    }
  }

  /// The cache of first blocks: more plans and kinds than it holds, in
  /// turn and again, each id as `NameUUID.v5` makes it without the cache.
  @Test func commitmentIDsFromCachedFirstBlocksAreNameUUIDs() {
    let planID = "25a4398a-4422-47e7-aa19-03964f3baab5"
    let identities = (0..<3).flatMap { round in
      (0..<(FirstBlocks.capacity + 3)).map { kind in
        "kind\(kind):benchgoals.deadline_\(round)#\(round)" + String(repeating: "x", count: kind)
      }
    }
    for identity in identities + identities.reversed() {
      #expect(
        CommitmentID.uuid(planID: planID, identity: identity)
          == NameUUID.v5(
            namespace: NameUUID.commitmentNamespace, name: planID + "\u{1F}" + identity))
    }
  }

  /// The lead a goal's title starts with, from bytes, against the text
  /// `CalendarDay.short` makes, on days of every month and odd years.
  @Test func leadBytesAreShortDays() {
    let days =
      (1...12).compactMap { CalendarDay(year: 2027, month: $0, day: $0 + 17) }
      + [-800_000, -1, 0, 1, 20_000, 3_000_000, 9_000_000_000_000].map {
        CalendarDay(dayNumber: $0)
      }
    for day in days {
      let lead = Commitment.withLeadBytes(of: day) { String(decoding: $0, as: UTF8.self) }
      #expect(lead == "By \(day.short), ")
      for title in ["", lead, lead + "x", "By", "lead a team of 3", lead + "lead a team"] {
        #expect(
          Commitment.withLeadBytes(of: day) { Commitment.asciiDroppingLead(title, $0) }
            ?? title == Commitment.droppingLead(title, "By \(day.short), "))
      }
    }
  }

  /// FIPS 180-4's examples, one block and two, and a million bytes.
  @Test func sha1KnownDigests() {
    func hex(_ text: String) -> String {
      SHA1.digest(Array(text.utf8)).map { String($0, radix: 16).leftPadded() }.joined()
    }
    #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
    #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    #expect(
      hex(String(repeating: "a", count: 1_000_000)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
  }

  @Test func daysFromBytesAreISO() {
    let days =
      [(-12, 1, 1), (0, 1, 1), (7, 3, 9), (999, 12, 31), (2026, 2, 28), (10_000, 10, 10)]
      .compactMap { CalendarDay(year: $0.0, month: $0.1, day: $0.2) }
      + [-800_000, -1, 0, 1, 20_000, 3_000_000].map { CalendarDay(dayNumber: $0) }
    #expect(days.count > 6)
    for day in days {
      #expect(JSONBytes.iso(day) == day.iso)
      #expect(PlanBuilder.display(.date(day), type: .date) == day.iso)
    }
  }

  @Test func scopedDaysOfASCIIKeysAreThoseBySplitting() {
    let day = CalendarDay(dayNumber: 20_000)
    let keys = [
      "goals.deadline#2", "goals.milestones#1[2]", "goals.title", "..goals.x#3", "a##1.b#2",
      "nodot#4", "", "#", "x.y#", "x.y#12[", "é.x#1",
    ]
    for key in keys {
      let (script, round) = Commitment.scriptAndRound(splitting: key)
      #expect(Commitment.scopedDay(key, day) == script + "#" + round + "@" + day.iso)
    }
  }

  /// Two keys and days cover each other when their texts are equal.
  @Test func scopedDayValuesAreEqualAsTheirTexts() {
    let keys = [
      "goals.deadline#2", "goals.milestones#2[2]", "goals.title", "..goals.x#3", "a##1.b#2",
      "nodot#4", "", "#", "x.y#", "x.y#12[", "é.x#1", "goals.x#2", "goals", "goals.deadline#20",
    ]
    let days = [CalendarDay(dayNumber: 20_000), CalendarDay(dayNumber: 20_001)]
    var pairs: [(String, CalendarDay)] = []
    for key in keys { for day in days { pairs.append((key, day)) } }
    for (a, dayA) in pairs {
      for (b, dayB) in pairs {
        let equalTexts = Commitment.scopedDay(a, dayA) == Commitment.scopedDay(b, dayB)
        let equalValues = Commitment.ScopedDay(a, dayA) == Commitment.ScopedDay(b, dayB)
        #expect(equalTexts == equalValues, "\(a) \(b)")
      }
    }
  }

  @Test func blankTitlesAreThoseAllWhitespace() {
    let titles = [
      "", " ", "\t\n", "\u{A0}", "a", "a\u{301}", "x ", " x", "\u{2003}", "Ship it", "é", "\r\n",
    ]
    for title in titles {
      #expect(Commitment.isBlank(title) == title.allSatisfy(\.isWhitespace))
    }
  }

  /// `action(of:)`'s ASCII reading against the reading by characters.
  @Test func goalActionsDropTheirDeadlineLead() {
    let deadline = CalendarDay(dayNumber: 21_000)
    let lead = "By \(deadline.short), "
    let titles = [
      lead + "lead a team", lead, lead + "é", "lead a team", lead + "x", "By 31 Dec 2027 x",
      lead + "\u{301}x",
    ]
    for title in titles {
      var goal = Goal(title: title, source: "goals.title#1")
      goal.deadline = deadline
      let line = StyledLine.oneLine(title)
      let expected =
        line.hasPrefix(lead) && line.count > lead.count ? String(line.dropFirst(lead.count)) : line
      #expect(Commitment.action(of: goal) == expected)
    }
  }

  /// Dated first by day, then undated, ties in the order given.
  @Test func commitmentsAreOrderedByDayThenPlace() {
    var random = SeededRandom(seed: 11)
    let list = (0..<300).map { n in
      Commitment(
        kind: .action, title: "t\(n)",
        due: Int.random(in: 0..<4, using: &random) == 0
          ? nil : CalendarDay(year: 2026, month: Int.random(in: 1...3, using: &random), day: 1),
        source: "s\(n)", context: "c")
    }
    let expected = list.enumerated().sorted { a, b in
      switch (a.element.due, b.element.due) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.offset < b.offset
      }
    }.map(\.element)
    #expect(Commitment.ordered(list) == expected)
  }

  @Test func sharedIdentitiesAreNumbered() {
    let list = ["a", "b", "a", "a", "b", "c"].map { source in
      Commitment(kind: .milestone, title: "m", due: nil, source: source, context: "c")
    }
    var numbered = list
    Commitment.number(&numbered)
    #expect(
      numbered.map(\.identity) == [
        "milestone:a", "milestone:b", "milestone:a/2", "milestone:a/3", "milestone:b/2",
        "milestone:c",
      ])
  }

  /// Keys sharing a long prefix, keys that begin others, and zero bytes
  /// inside the sixteen read as numbers.
  @Test func sortsKeysPastASharedPrefix() {
    var random = SeededRandom(seed: 5)
    let pieces = ["a", "b", "\u{0}", "#1", "#10", "_", "é", ""]
    var keys = Set<String>()
    while keys.count < 1_500 {
      keys.insert(
        "benchgoals.deadline_"
          + (0..<Int.random(in: 0...24, using: &random))
          .map { _ in pieces.randomElement(using: &random) ?? "" }.joined())
    }
    let list = Array(keys)
    var sorter = JSONKeySorter(capacity: list.count)
    for key in list { sorter.add(key) }
    #expect(
      sorter.sorted().map { list[$0] }
        == list.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    var one = JSONKeySorter(capacity: 1)
    one.add("only")
    #expect(one.sorted() == [0])
    #expect(JSONKeySorter(capacity: 0).sorted().isEmpty)
  }
}

extension String {
  /// A hex byte with its leading zero.
  fileprivate func leftPadded() -> String { count == 1 ? "0" + self : self }
}
