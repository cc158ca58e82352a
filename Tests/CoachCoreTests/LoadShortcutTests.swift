import Testing

@testable import CoachCore

/// The shortcuts a load of a long transcript takes agree with the general
/// ways they stand beside: a day written `2027-06-30` read without the
/// deadline rules, a trim that finds nothing to trim, a key's round cut
/// off by its bytes.
@Suite struct LoadShortcutTests {
  static let isoLike = [
    "2030-01-03", "2031-09-30", "2026-01-05", "2024-02-29", "2025-02-29", "2030-02-30",
    "2030-13-01", "2030-00-10", "2030-01-00", "2030-12-31", "2030-12-32", "0000-01-01",
    "9999-12-31", "1899-06-30", "2030-1-03", "2030/01/03", "2030.01.03", "2030-01-3x",
    "203a-01-03", "+030-01-03", "2030--1-03", "2030-01-03 ", " 2030-01-0", "20300103",
    "2030-01-031", "٢٠٣٠-٠١-٠٣",
  ]
  static let days = [
    CalendarDay(dayNumber: 20_458), CalendarDay(dayNumber: 21_000), CalendarDay(dayNumber: 0),
  ]
  static let options = [
    DeadlineOptions(), DeadlineOptions(numericOrder: .monthFirst, academicYearStart: 8),
  ]

  @Test func aWrittenDayReadsAsTheRulesReadIt() {
    var shortcuts = 0
    for phrase in Self.isoLike {
      for day in Self.days {
        for options in Self.options {
          let fresh = DeadlineParser.readFresh(phrase, today: day, options: options)
          if let quick = DeadlineParser.isoReading(phrase) {
            shortcuts += 1
            #expect(quick == fresh, "\(phrase)")
          }
          #expect(DeadlineParser.read(phrase, today: day, options: options) == fresh, "\(phrase)")
        }
      }
    }
    // The eight that are days, each on three days with two options.
    #expect(shortcuts == 8 * 6)
  }

  @Test func aTrimTakesTheShortcutOnlyWhereItChangesNothing() {
    var ends: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    ends += ["\u{85}", "\u{A0}", "\u{2003}", "\u{3000}", "\u{FEFF}", "é", "🎯", "\r\n", "e\u{301}"]
    var texts = [""]
    for a in ends {
      texts += [a, a + a, a + "x", "x" + a, a + "x y" + a]
      for b in ends.prefix(40) { texts.append(a + "mid" + b) }
    }
    for text in texts {
      #expect(text.trimmingSpaces == text.trimmingSpacesInGeneral, "\(text.debugDescription)")
    }
  }

  @Test func aKeysStepIsItsTextBeforeTheRound() throws {
    let keys = [
      "goals.title#12", "goals.title#1", "goals.title:specific#3", "é.ü#2", "goals.title",
      "goals.title#", "#4", "goals.title#1[2]", "a.b#x1", "goals.title#0123456789012345678",
    ]
    for key in keys {
      let step = SessionMachine.QuestionCache.step(of: key)
      let expected: Substring? = key.lastIndex(of: "#").flatMap { mark in
        let digits = key[key.index(after: mark)...]
        guard !digits.isEmpty, digits.count <= 18,
          digits.allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return key[..<mark]
      }
      #expect(step?.text == expected, "\(key)")
    }
    // The same step from two rounds is one entry of the cache.
    let one = try #require(SessionMachine.QuestionCache.step(of: "goals.title#1"))
    let two = try #require(SessionMachine.QuestionCache.step(of: "goals.title#22"))
    #expect(one == two && one.hashValue == two.hashValue)
    #expect(one != SessionMachine.QuestionCache.step(of: "goals.titles#1"))
  }
}
