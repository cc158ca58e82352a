import CoachCore
import Testing

/// Today is Wednesday 2026-11-25 unless a case says otherwise.
private let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

private let cases: [(String, String)] = [
  // Numeric and ISO.
  ("2027-06-30", "2027-06-30"), ("2027/06/30", "2027-06-30"), ("2027.6.30", "2027-06-30"),
  ("30/06/2027", "2027-06-30"), ("06/30/2027", "2027-06-30"), ("30-06-2027", "2027-06-30"),
  ("30.06.27", "2027-06-30"), ("6/30/27", "2027-06-30"), ("03/04/2027", "2027-04-03"),
  ("3.4.2027", "2027-04-03"), ("12/01/2027", "2027-01-12"), ("2027-06", "2027-06-30"),
  ("06/2027", "2027-06-30"), ("30/06", "2027-06-30"), ("6/30", "2027-06-30"),
  ("25/12", "2026-12-25"), ("20270630", "2027-06-30"), ("on 2027-01-05.", "2027-01-05"),
  // Written dates.
  ("June 30, 2027", "2027-06-30"), ("30 June 2027", "2027-06-30"),
  ("Jun 30th 2027", "2027-06-30"), ("the 30th of June 2027", "2027-06-30"),
  ("June thirtieth 2027", "2027-06-30"), ("Wednesday, June 30, 2027", "2027-06-30"),
  ("2027 June 30", "2027-06-30"), ("Sept. 1st", "2027-09-01"), ("1 Sept", "2027-09-01"),
  ("December 1", "2026-12-01"), ("november 25", "2026-11-25"), ("november 24", "2027-11-24"),
  ("Feb 29", "2028-02-29"), ("Feb 29 2027", "none"), ("the twenty-first of March", "2027-03-21"),
  ("March 21st next year", "2027-03-21"), ("Jun 30 '27", "2027-06-30"),
  ("June 30th 2027!", "2027-06-30"), ("JUNE 30 2027", "2027-06-30"),
  // Months.
  ("by March 2027", "2027-03-31"), ("March 2027", "2027-03-31"), ("by March", "2027-03-31"),
  ("march", "2027-03-31"), ("next March", "2027-03-31"), ("this March", "2026-03-31"),
  ("last March", "2026-03-31"), ("November", "2026-11-30"), ("this November", "2026-11-30"),
  ("next November", "2027-11-30"), ("December", "2026-12-31"), ("feb 2028", "2028-02-29"),
  ("end of June", "2027-06-30"), ("start of June", "2027-06-01"), ("early June", "2027-06-10"),
  ("mid-June", "2027-06-15"), ("late June", "2027-06-30"), ("middle of June 2027", "2027-06-15"),
  ("beginning of next month", "2026-12-01"), ("end of this month", "2026-11-30"),
  ("this month", "2026-11-30"), ("next month", "2026-12-31"), ("month after next", "2027-01-31"),
  ("by the end of the month", "2026-11-30"), ("month end", "2026-11-30"), ("eom", "2026-11-30"),
  // Quarters and halves.
  ("end of Q3 2027", "2027-09-30"), ("Q3", "2027-09-30"), ("Q4", "2026-12-31"),
  ("q1", "2027-03-31"), ("Q2 2027", "2027-06-30"), ("2027 Q2", "2027-06-30"),
  ("3rd quarter 2027", "2027-09-30"), ("third quarter", "2027-09-30"),
  ("end of the quarter", "2026-12-31"), ("this quarter", "2026-12-31"),
  ("next quarter", "2027-03-31"), ("start of next quarter", "2027-01-01"),
  ("Q1 next year", "2027-03-31"), ("quarter 2 2027", "2027-06-30"), ("Q5", "none"),
  ("H1 2027", "2027-06-30"), ("H2", "2026-12-31"), ("H1", "2027-06-30"),
  ("first half of 2027", "2027-06-30"), ("second half of next year", "2027-12-31"),
  ("end of the first half of next year", "2027-06-30"), ("eoq", "2026-12-31"),
  // Years.
  ("end of the year", "2026-12-31"), ("end of next year", "2027-12-31"),
  ("by the end of next year", "2027-12-31"), ("this year", "2026-12-31"),
  ("next year", "2027-12-31"), ("year after next", "2028-12-31"), ("2027", "2027-12-31"),
  ("by 2028", "2028-12-31"), ("in 2027", "2027-12-31"), ("end of 2027", "2027-12-31"),
  ("start of 2027", "2027-01-01"), ("early 2027", "2027-03-31"), ("mid-2027", "2027-06-30"),
  ("late 2027", "2027-12-31"), ("the year 2030", "2030-12-31"), ("year-end", "2026-12-31"),
  ("end of the decade", "2029-12-31"), ("2300", "none"),
  // Durations.
  ("in 6 months", "2027-05-25"), ("in six weeks", "2027-01-06"), ("in two years", "2028-11-25"),
  ("within two years", "2028-11-25"), ("in a month", "2026-12-25"), ("in a year", "2027-11-25"),
  ("in a year and a half", "2028-05-25"), ("in one and a half years", "2028-05-25"),
  ("in 1.5 years", "2028-05-25"), ("in half a year", "2027-05-25"),
  ("in six and a half months", "2027-06-09"), ("in 2 years and 3 months", "2029-02-25"),
  ("1 year, 6 months", "2028-05-25"), ("in ninety-nine days", "2027-03-04"),
  ("in twenty one days", "2026-12-16"), ("in a couple of months", "2027-01-25"),
  ("in a few weeks", "2026-12-16"), ("in a fortnight", "2026-12-09"),
  ("a decade from now", "2036-11-25"), ("3 months from today", "2027-02-25"),
  ("in 10 days' time", "2026-12-05"), ("within the next year", "2027-11-25"),
  ("in the next month", "2026-12-25"), ("over the next 18 months", "2028-05-25"),
  ("next 6 months", "2027-05-25"), ("6mo", "2027-05-25"), ("2wks", "2026-12-09"),
  ("in 5 business days", "2026-12-02"), ("in 2 working days", "2026-11-27"),
  ("in 36 hours", "2026-11-27"), ("a week on Friday", "2026-12-04"),
  ("two weeks from Monday", "2026-12-14"), ("3 days after Christmas", "2026-12-28"),
  ("in 3 more weeks", "2026-12-16"), ("in another 2 months", "2027-01-25"),
  ("in 0 days", "2026-11-25"), ("in several months", "none"),
  // Days and weekdays.
  ("today", "2026-11-25"), ("tomorrow", "2026-11-26"), ("day after tomorrow", "2026-11-27"),
  ("yesterday", "2026-11-24"), ("end of day", "2026-11-25"), ("Friday EOD", "2026-11-27"),
  ("next Friday", "2026-12-04"), ("Friday", "2026-11-27"), ("this Friday", "2026-11-27"),
  ("Wednesday", "2026-11-25"), ("next Wednesday", "2026-12-02"), ("monday", "2026-11-30"),
  ("next monday", "2026-11-30"), ("Friday next week", "2026-12-04"),
  ("end of next week", "2026-12-04"), ("end of the week", "2026-11-27"),
  ("next week", "2026-12-04"), ("start of next week", "2026-11-30"),
  ("this weekend", "2026-11-29"), ("the 15th", "2026-12-15"), ("the 25th", "2026-11-25"),
  ("15th of next month", "2026-12-15"), ("this time next year", "2027-11-25"),
  // Seasons (northern, meteorological).
  ("next spring", "2027-05-31"), ("this summer", "2026-08-31"), ("next summer", "2027-08-31"),
  ("summer", "2027-08-31"), ("autumn", "2026-11-30"), ("this fall", "2026-11-30"),
  ("next fall", "2027-11-30"), ("this winter", "2027-02-28"), ("winter 2027", "2028-02-29"),
  ("spring 2028", "2028-05-31"), ("end of summer", "2027-08-31"),
  // Holidays.
  ("by Christmas", "2026-12-25"), ("Christmas 2027", "2027-12-25"),
  ("christmas eve", "2026-12-24"), ("New Year", "2027-01-01"), ("new year's eve", "2026-12-31"),
  ("Easter", "2027-03-28"), ("Easter 2028", "2028-04-16"), ("Thanksgiving", "2026-11-26"),
  ("thanksgiving 2027", "2027-11-25"), ("Halloween", "2027-10-31"),
  ("memorial day", "2027-05-31"), ("labor day 2027", "2027-09-06"),
  // Leading and trailing words.
  ("no later than March 2027", "2027-03-31"), ("before June 2027", "2027-06-30"),
  ("until 2027-06-30", "2027-06-30"), ("at the latest by June 2027", "2027-06-30"),
  ("June 2027 at the latest", "2027-06-30"), ("on the 30th of June", "2027-06-30"),
  ("Hopefully by spring", "2027-05-31"), ("sometime in 2027", "2027-12-31"),
  ("  In Six Months.  ", "2027-05-25"), ("by March 2027, or sooner", "2027-03-31"),
  ("in about 6 months", "2027-05-25"), ("ASAP, no later than Q2", "2027-06-30"),
  // Past days: returned, so the caller can say so.
  ("2025-01-01", "2025-01-01"), ("March 2026", "2026-03-31"), ("last year", "2025-12-31"),
  ("end of last month", "2026-10-31"), ("Q1 2026", "2026-03-31"),
  // No day at all.
  ("", "none"), ("soon", "none"), ("asap", "none"), ("someday", "none"), ("never", "none"),
  ("whenever", "none"), ("12", "none"), ("in 3", "none"), ("next", "none"), ("by", "none"),
  ("31/02/2027", "none"), ("2027-13-01", "none"), ("32 June", "none"),
  ("in 50 minutes", "none"), ("I may", "none"), ("the end", "none"), ("when I'm 40", "none"),
]

@Test(arguments: cases)
func parsesDeadlinePhrase(_ phrase: String, _ expected: String) {
  #expect(DeadlineParser.parse(phrase, today: today)?.iso ?? "none" == expected, "\(phrase)")
}

@Test func hasEnoughCases() {
  #expect(cases.count >= 150)
}

/// Other days, for rules that depend on where in the year or week today is.
@Test(arguments: [
  ("2027-02-10", "this winter", "2027-02-28"), ("2027-02-10", "next winter", "2028-02-29"),
  ("2027-02-10", "end of the quarter", "2027-03-31"), ("2027-02-10", "H2", "2027-12-31"),
  ("2027-02-10", "next month", "2027-03-31"), ("2027-02-10", "in a month", "2027-03-10"),
  ("2027-02-10", "by March", "2027-03-31"), ("2027-02-10", "this summer", "2027-08-31"),
  ("2027-03-01", "next March", "2028-03-31"), ("2027-03-01", "March", "2027-03-31"),
  ("2027-03-01", "Easter", "2027-03-28"), ("2027-03-01", "next Monday", "2027-03-08"),
  ("2027-03-01", "Monday", "2027-03-01"), ("2027-01-31", "in a month", "2027-02-28"),
  ("2028-02-29", "in a year", "2029-02-28"), ("2026-12-31", "next year", "2027-12-31"),
  ("2026-12-31", "tomorrow", "2027-01-01"), ("2026-12-31", "Q1", "2027-03-31"),
  ("2027-06-06", "end of this week", "2027-06-04"), ("2027-06-06", "this weekend", "2027-06-06"),
])
func parsesRelativeToOtherDays(_ day: String, _ phrase: String, _ expected: String) {
  let base = CalendarDay(iso: day) ?? today
  #expect(DeadlineParser.parse(phrase, today: base)?.iso ?? "none" == expected, "\(phrase)")
}

@Test func explainsWhyAPhraseWasRefused() {
  #expect(
    DeadlineParser.explainFailure("2025-01-01", today: today)
      == "2025-01-01 is in the past; please give a future day.")
  #expect(
    DeadlineParser.explainFailure("soonish", today: today)
      == "Please give a day in the future, like 'in 6 months' or '2027-06-30'.")
}

@Test(arguments: [
  ("Get AWS certified by June 2027", "2027-06-30"),
  ("Run a marathon in under 4 hours next spring", "2027-05-31"),
  ("Read 12 books in the next year", "2027-11-25"),
  ("Lose 5 kg within 3 months.", "2027-02-25"),
  ("I may get promoted", "none"), ("Save 2000 dollars", "none"),
  ("Have 2 years of experience", "none"), ("Read 1 book a month", "none"),
  ("Ship the app in Q2", "2027-06-30"), ("March on", "none"),
  ("Finish my degree in 2028", "2028-12-31"), ("Publish a paper before Christmas", "2026-12-25"),
])
func findsDeadlinesInSentences(_ sentence: String, _ expected: String) {
  #expect(DeadlineParser.find(in: sentence, today: today)?.day.iso ?? "none" == expected)
}
