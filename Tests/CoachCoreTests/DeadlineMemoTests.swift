import Testing

@testable import CoachCore

/// The remembered deadline readings are the readings: asked once, twice,
/// on other days and with other options, `read` and `find` give what the
/// parser gives afresh.
@Suite struct DeadlineMemoTests {
  static let phrases = [
    "in 6 weeks", "end of Q3 2031", "2030-03-04", "03/04/2030", "by March", "next Friday",
    "ASAP, but no later than March", "June, I think", "soon", "", "in 2 to 4 weeks",
    "get AWS certified by end of Q3 2031", "I may be promoted", "every week",
  ]
  static let days = [CalendarDay(dayNumber: 20_000), CalendarDay(dayNumber: 20_001)]
  static let options = [
    DeadlineOptions(), DeadlineOptions(numericOrder: .monthFirst, academicYearStart: 8),
  ]

  @Test func readingsAreTheFreshOnes() {
    var compared = 0
    for _ in 0..<2 {
      for phrase in Self.phrases {
        for day in Self.days {
          for options in Self.options {
            let fresh = DeadlineParser.readFresh(phrase, today: day, options: options)
            #expect(DeadlineParser.read(phrase, today: day, options: options) == fresh)
            compared += 1
          }
          let fresh = DeadlineParser.findFresh(in: phrase, today: day)
          let found = DeadlineParser.find(in: phrase, today: day)
          #expect(found?.day == fresh?.day && found?.phrase == fresh?.phrase, "\(phrase)")
        }
      }
    }
    #expect(compared == 112)
  }

  @Test func aDayLaterReadsAgain() {
    let monday = DeadlineParser.parse("in 6 weeks", today: Self.days[0])
    let tuesday = DeadlineParser.parse("in 6 weeks", today: Self.days[1])
    #expect(monday != nil && tuesday != nil && monday != tuesday)
  }
}
