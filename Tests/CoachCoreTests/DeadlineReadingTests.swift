import CoachCore
import Testing

/// Today is Wednesday 2026-11-25.
private let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

/// Development phrases for issue 11, written for the kinds of misses it
/// lists (not taken from any blind set): typos and short forms, a deadline
/// inside a sentence, holidays, ordinal weekdays, ranges, week idioms, the
/// school year, two-digit years and times of day.
private let developmentCases: [(String, String)] = [
  // Typos and short forms.
  ("febuary 2027", "2027-02-28"), ("by feburary", "2027-02-28"), ("wensday", "2026-11-25"),
  ("by thursdy", "2026-11-26"), ("nxt mon", "2026-11-30"), ("b4 the 10th", "2026-12-10"),
  ("b/4 the 10th", "2026-12-10"), ("tommorow", "2026-11-26"), ("end of janurary", "2027-01-31"),
  ("septmber 2027", "2027-09-30"), ("in two wks", "2026-12-09"), ("in 3 mnths", "2027-02-25"),
  ("thanksgivng", "2026-11-26"), ("chrismas", "2026-12-25"), ("by decmber", "2026-12-31"),
  ("sat", "2026-11-28"), ("in fourty days", "2027-01-04"), ("the twelvth", "2026-12-12"),
  ("Fridy", "2026-11-27"), ("in fiften days", "2026-12-10"), ("end of Octobr", "2027-10-31"),
  // A deadline inside a sentence.
  ("hopefully when my probation ends in May", "2027-05-31"),
  ("I'd say a month or two", "2027-01-25"), ("June, I think", "2027-06-30"),
  ("probably around the end of March, if all goes well", "2027-03-31"),
  ("honestly no idea, maybe spring 2027", "2027-05-31"),
  ("I want this done before Christmas", "2026-12-25"), ("my manager said end of Q1", "2027-03-31"),
  ("the review is on Friday", "2026-11-27"), ("I may change jobs", "none"),
  ("after my promotion", "none"), ("after the holidays", "none"), ("end of fall semester", "none"),
  ("by my 30th birthday", "none"),
  ("I'm 30, so by 2028", "2028-12-31"),
  // Holidays, fixed and computed.
  ("New Year's Day", "2027-01-01"), ("by Easter", "2027-03-28"), ("Easter 2028", "2028-04-16"),
  ("Memorial Day", "2027-05-31"), ("Labor Day", "2027-09-06"), ("Thanksgiving", "2026-11-26"),
  ("Thanksgiving 2027", "2027-11-25"), ("by the holidays", "2026-12-31"),
  ("before the holidays", "2026-12-31"), ("Independence Day", "2027-07-04"),
  ("the 4th of July", "2027-07-04"), ("Halloween", "2027-10-31"), ("Valentine's", "2027-02-14"),
  ("Valentine's Day 2028", "2028-02-14"), ("Good Friday", "2027-03-26"),
  ("Mother's Day", "2027-05-09"), ("MLK Day", "2027-01-18"), ("Juneteenth", "2027-06-19"),
  ("the day after Thanksgiving", "2026-11-27"), ("2 days before Christmas", "2026-12-23"),
  // Ordinal weekdays of a month.
  ("the second Tuesday of March", "2027-03-09"), ("first Monday in June", "2027-06-07"),
  ("the last Friday of the month", "2026-11-27"), ("the first Friday of next month", "2026-12-04"),
  ("third Thursday of January 2027", "2027-01-21"), ("the last Monday in May", "2027-05-31"),
  // Ranges: the later end.
  ("in 2 to 4 weeks", "2026-12-23"), ("2-3 months", "2027-02-25"),
  ("in 3 or 4 months", "2027-03-25"),
  ("March or April", "2027-04-30"), ("between June and August", "2027-08-31"),
  ("mid to late 2027", "2027-12-31"), ("a week or two", "2026-12-09"), ("6–8 weeks", "2027-01-20"),
  ("Friday or Monday", "2026-11-30"), ("within 4 - 6 weeks", "2027-01-06"),
  ("2 or so weeks", "2026-12-09"), ("Jan/Feb", "2027-02-28"), ("Q1/Q2", "2027-06-30"),
  ("by spring/summer", "2027-08-31"), ("Jan-Feb 2027", "2027-02-28"),
  ("a year or two", "2028-11-25"),
  ("thru march", "2027-03-31"), ("we said the 20th", "2026-12-20"), ("by my 30th", "none"),
  // Week idioms.
  ("Monday fortnight", "2026-12-14"), ("Friday week", "2026-12-04"),
  ("a week on Friday", "2026-12-04"),
  ("a week today", "2026-12-02"), ("a fortnight tomorrow", "2026-12-10"),
  ("tomorrow week", "2026-12-03"), ("a week from tomorrow", "2026-12-03"),
  // The school and academic year (September to June by default).
  ("end of the school year", "2027-06-30"), ("this academic year", "2027-06-30"),
  ("next school year", "2028-06-30"), ("start of next school year", "2027-09-01"),
  ("the 2027/28 academic year", "2028-06-30"),
  // Two-digit years.
  ("2 Mar 28", "2028-03-02"), ("Mar 28", "2027-03-28"), ("June 30 27", "2027-06-30"),
  ("Q3 27", "2027-09-30"), ("30 Sept '27", "2027-09-30"),
  // Times of day.
  ("Friday at 5pm", "2026-11-27"), ("tomorrow morning", "2026-11-26"),
  ("by noon on Monday", "2026-11-30"), ("first thing Monday", "2026-11-30"),
  ("Monday 9am", "2026-11-30"), ("by 17:00 Friday", "2026-11-27"), ("Sunday night", "2026-11-29"),
  ("close of play Friday", "2026-11-27"),
  // More phrasing.
  ("in six-ish months", "2027-05-25"), ("in a hundred days", "2027-03-05"),
  ("one hundred and twenty days", "2027-03-25"), ("the Monday after Thanksgiving", "2026-11-30"),
  ("the Friday before Christmas", "2026-12-18"), ("Tuesday after next", "2026-12-08"),
  ("the following week", "2026-12-04"), ("the following month", "2026-12-31"),
  ("no more than 3 months", "2027-02-25"), ("in less than 2 weeks", "2026-12-09"),
  ("inside of a month", "2026-12-25"),
  ("Run a marathon in under 4 hours next spring", "2027-05-31"),
  ("no later then Friday", "2026-11-27"), ("around Christmas time", "2026-12-25"),
]

@Test(arguments: developmentCases)
func readsDevelopmentPhrase(_ phrase: String, _ expected: String) {
  #expect(DeadlineParser.parse(phrase, today: today)?.iso ?? "none" == expected)
}

/// Numeric dates by the locale's order, with the reading said back.
private let numericCases: [(String, NumericDateOrder, String, NumericDateOrder?, Bool)] = [
  ("03/04/2027", .dayFirst, "2027-04-03", .dayFirst, true),
  ("03/04/2027", .monthFirst, "2027-03-04", .monthFirst, true),
  ("30/06/2027", .monthFirst, "2027-06-30", .dayFirst, false),
  ("6/30/27", .dayFirst, "2027-06-30", .monthFirst, false),
  ("12/01", .monthFirst, "2026-12-01", .monthFirst, true),
  ("12/01", .dayFirst, "2027-01-12", .dayFirst, true),
  ("05/05/2027", .monthFirst, "2027-05-05", .monthFirst, false),
  ("2027-06-30", .monthFirst, "2027-06-30", .yearFirst, false),
  ("by 4/5/27 at the latest", .monthFirst, "2027-04-05", .monthFirst, true),
  ("June 30", .monthFirst, "2027-06-30", nil, false),
]

@Test(arguments: numericCases)
func readsNumericDatesByLocale(
  _ phrase: String, _ order: NumericDateOrder, _ day: String, _ taken: NumericDateOrder?,
  _ ambiguous: Bool
) {
  let reading = DeadlineParser.read(
    phrase, today: today, options: DeadlineOptions(numericOrder: order))
  #expect(reading?.day.iso == day)
  #expect(reading?.numericOrder == taken)
  #expect(reading?.numericWasAmbiguous == ambiguous)
}

@Test func localeNamesPickTheOrder() {
  #expect(NumericDateOrder(locale: "en_US.UTF-8") == .monthFirst)
  #expect(NumericDateOrder(locale: "es_US") == .monthFirst)
  #expect(NumericDateOrder(locale: "en_GB.UTF-8") == .dayFirst)
  #expect(NumericDateOrder(locale: "de_DE") == .dayFirst)
  #expect(NumericDateOrder(locale: "C") == .dayFirst)
}

@Test func readingSaysBackWhatWasAssumed() {
  let range = DeadlineParser.read("in 2 to 4 weeks", today: today)
  #expect(range?.isRange == true)
  #expect(range?.sayBack == "Wednesday 23 December 2026 (the later end of the range)")
  let us = DeadlineParser.read(
    "03/04/2027", today: today, options: DeadlineOptions(numericOrder: .monthFirst))
  #expect(us?.sayBack == "Thursday 4 March 2027 (03/04/2027 read month first)")
  let plain = DeadlineParser.read("by Friday", today: today)
  #expect(plain?.isRange == false)
  #expect(plain?.sayBack == "Friday 27 November 2026")
  #expect(DeadlineParser.read("someday", today: today) == nil)
}

@Test func parseAgreesWithRead() {
  for (phrase, _) in developmentCases {
    #expect(
      DeadlineParser.parse(phrase, today: today) == DeadlineParser.read(phrase, today: today)?.day)
  }
}

@Test func schoolYearIsConfigurable() {
  let august = DeadlineOptions(academicYearStart: 8, academicYearEnd: 5)
  #expect(
    DeadlineParser.read("end of the school year", today: today, options: august)?.day.iso
      == "2027-05-31")
  #expect(
    DeadlineParser.read("start of next school year", today: today, options: august)?.day.iso
      == "2027-08-01")
}

/// The holiday table of docs/deadlines.md, for 2027 and 2028.
private let holidayTable: [(String, String, String)] = [
  ("New Year's Day", "2027-01-01", "2028-01-01"), ("MLK Day", "2027-01-18", "2028-01-17"),
  ("Valentine's Day", "2027-02-14", "2028-02-14"), ("Presidents' Day", "2027-02-15", "2028-02-21"),
  ("St Patrick's Day", "2027-03-17", "2028-03-17"), ("Good Friday", "2027-03-26", "2028-04-14"),
  ("Easter", "2027-03-28", "2028-04-16"), ("Easter Monday", "2027-03-29", "2028-04-17"),
  ("Mother's Day", "2027-05-09", "2028-05-14"), ("Memorial Day", "2027-05-31", "2028-05-29"),
  ("Father's Day", "2027-06-20", "2028-06-18"), ("Juneteenth", "2027-06-19", "2028-06-19"),
  ("Canada Day", "2027-07-01", "2028-07-01"), ("Independence Day", "2027-07-04", "2028-07-04"),
  ("Labor Day", "2027-09-06", "2028-09-04"), ("Columbus Day", "2027-10-11", "2028-10-09"),
  ("Halloween", "2027-10-31", "2028-10-31"), ("Veterans Day", "2027-11-11", "2028-11-11"),
  ("Thanksgiving", "2027-11-25", "2028-11-23"), ("Black Friday", "2027-11-26", "2028-11-24"),
  ("Cyber Monday", "2027-11-29", "2028-11-27"), ("Christmas Eve", "2027-12-24", "2028-12-24"),
  ("Christmas", "2027-12-25", "2028-12-25"), ("the holidays", "2027-12-31", "2028-12-31"),
  ("Boxing Day", "2027-12-26", "2028-12-26"), ("New Year's Eve", "2027-12-31", "2028-12-31"),
  ("Groundhog Day", "2027-02-02", "2028-02-02"), ("Cinco de Mayo", "2027-05-05", "2028-05-05"),
  ("Australia Day", "2027-01-26", "2028-01-26"), ("Bonfire Night", "2027-11-05", "2028-11-05"),
  ("the early May bank holiday", "2027-05-03", "2028-05-01"),
  ("the spring bank holiday", "2027-05-31", "2028-05-29"),
  ("August bank holiday", "2027-08-30", "2028-08-28"),
  ("the UK tax year", "2027-04-05", "2028-04-05"),
]

/// Fifth-round kinds (issue 11): parts of a month, fiscal years, back to
/// school, "this week or next", "the last Friday before", with examples
/// beyond the development set's.
private let fifthRoundPhrases: [(String, String)] = [
  ("the first week of January", "2027-01-07"), ("2nd week of February", "2027-02-14"),
  ("last week of March 2027", "2027-03-31"), ("the first half of April", "2027-04-15"),
  ("second half of May", "2027-05-31"), ("the last week of this month", "2026-11-30"),
  ("next fiscal year", "2027-12-31"), ("end of FY27", "2027-12-31"), ("FY2028", "2028-12-31"),
  ("this fiscal year", "2026-12-31"), ("back to school", "2027-09-01"),
  ("back-to-school time", "2027-09-01"), ("this week or next", "2026-12-04"),
  ("within the next month or two", "2027-01-25"), ("the next week or two", "2026-12-09"),
  ("the last Friday before Christmas", "2026-12-18"), ("Bonfire Night", "2027-11-05"),
  // A hedge offers a later day: the later end; a span before "before".
  ("early spring, worst case June", "2027-06-30"),
  ("ideally end of Q1 but realistically Q2", "2027-06-30"),
  ("probably Friday, maybe Monday", "2026-11-30"), ("by March, maybe sooner", "2027-03-31"),
  ("I'd like it done a week before Christmas", "2026-12-18"),
  ("hopefully 2 days before Thanksgiving", "2026-11-24"),
]

@Test(arguments: fifthRoundPhrases)
func readsFifthRoundPhrase(_ phrase: String, _ expected: String) {
  #expect(DeadlineParser.parse(phrase, today: today)?.iso ?? "none" == expected)
}

@Test(arguments: holidayTable)
func holidayTableHolds(_ name: String, _ in2027: String, _ in2028: String) {
  #expect(DeadlineParser.parse("\(name) 2027", today: today)?.iso == in2027)
  #expect(DeadlineParser.parse("\(name) 2028", today: today)?.iso == in2028)
}
