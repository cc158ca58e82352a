import Testing

@testable import CoachCore

/// What a goal's sentence takes from work done elsewhere is what it would
/// work out itself: the words kept of a text recorded by a SMART reading
/// or a follow-up check, the catalog's custom scripts, and the comparison
/// of no offers.
@Suite struct GoalSentenceShareTests {
  static let texts = [
    "Lead the migration of the billing service to Postgres",
    "I want to get AWS certified by June 2032",
    "My goal is to read 12 books", "I've been a nurse for 8 years and want to lead a ward",
    "ok so basically I want to move into PM", "", "   ", "not sure",
    "Lerne Spanisch für die Arbeit",
    "\u{201C}publish\u{201D} 5 posts \\n on tracing", "By June I want to finish my thesis",
    String(repeating: "write code ", count: 200),
  ]

  @Test func keptCountsRecordedByReadingsAreTheFreshOnes() {
    for text in Self.texts {
      _ = SmartAnalyzer.analysis(of: text, today: CalendarDay(dayNumber: 20_500))
      _ = SmartAnalyzer.isVague(text, as: "specific")
      _ = SmartAnalyzer.isVague(text, as: "measurable")
      #expect(SmartAnalyzer.keptWordCount(text) == SmartWords(text).typed.count, "\(text)")
    }
  }

  @Test func readingAndKeptCountIsTheReading() {
    for text in Self.texts {
      let (reading, kept) = SmartAnalyzer.readingAndKeptCount(of: text)
      let words = SmartWords(reading.present)
      #expect(reading.present == SmartWords.withoutPastSpans(text))
      #expect(reading.specific == words.isSpecific && reading.action == words.action)
      #expect(reading.measure == words.measure)
      #expect(kept == (reading.present == text ? SmartWords(text).typed.count : nil))
    }
  }

  @Test func comparedWithNoOffersIsTheGeneralComparison() {
    var c = Compensation()
    c.preference = Sourced("Lakeside, for the mentoring", source: "k")
    c.best = "stale"
    c.leaning = "stale"
    c.summary = ["stale"]
    let fast = CompensationCalculator.compared(c)
    let (offers, best) = CompensationCalculator.compare([])
    var general = c
    general.offers = offers
    general.best = best
    general.leaning = CompensationCalculator.leaning(in: c.preference!.value, offers: offers)
    general.summary = CompensationCalculator.summary(general)
    #expect(fast == general)
  }

  @Test func catalogCustomScriptsAreThoseFillingNoSection() {
    let yaml = """
      id: own
      steps:
        - id: q
          ask: "Anything?"
      """
    let planned = """
      id: planned
      steps:
        - id: role
          ask: "Role?"
          plan: profile.role
      """
    let scripts = [yaml, planned, yaml].compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    let catalog = ScriptCatalog(scripts)
    #expect(catalog.customScripts == Set(catalog.scripts.values.filter { !$0.fillsPlan }.map(\.id)))
    #expect(ScriptSections(catalog: catalog).isCustom("own"))
    #expect(!ScriptSections(catalog: catalog).isCustom("planned"))
  }

  @Test func rememberedTokensAreTheFreshOnes() {
    for text in Self.texts + [
      "by the end of Q3 2031", "in a couple of weeks", "30th June", "by xmas",
    ] {
      #expect(DeadlineLexer.tokens(text) == DeadlineLexer.tokensFresh(text), "\(text)")
      #expect(DeadlineLexer.tokens(text) == DeadlineLexer.tokensFresh(text), "\(text)")
    }
  }
}
