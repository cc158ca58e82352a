import Testing

@testable import CoachCore

/// The remembered analyses are the analyses: asked once, twice and from
/// many tasks at once, they give what a fresh one gives, and a memo stays
/// within its bound.
@Suite struct AnalysisMemoTests {
  static let goals = [
    "Get AWS certified by June 2031", "be happier", "I want to lead a team of 5 by Q3 2031",
    "read 12 books this year", "not sure", "lern spanish for work", "",
  ]
  static let day = CalendarDay(dayNumber: 20_000)

  @Test func rememberedAnalysesAreTheFreshOnes() async {
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<4 {
        group.addTask {
          for goal in Self.goals {
            #expect(
              SmartAnalyzer.analysis(of: goal, today: Self.day, confidence: 0.4, vision: "x")
                == SmartAnalyzer.analyze(goal: goal, today: Self.day, confidence: 0.4, vision: "x"))
            for facet in ["specific", "measurable", "other"] {
              #expect(
                SmartAnalyzer.isVague(goal, as: facet)
                  == SmartAnalyzer.isVagueFresh(goal, as: facet))
            }
            #expect(GoalSentence.withoutDeadline(goal) == GoalSentence.withoutDeadlineFresh(goal))
            #expect(
              GoalSentence.sentence(
                words: goal, specific: nil, measure: "3 talks", deadline: Self.day)
                == GoalSentence.sentenceFresh(
                  words: goal, specific: nil, measure: "3 talks", deadline: Self.day,
                  weakMeasure: false, weakSpecific: false))
          }
        }
      }
    }
  }

  /// The part remembered by text alone (all but the deadline) gives, on
  /// every day, what a fresh analysis of that day gives: over the labelled
  /// goals of a fixture set, each on days years apart and a day apart.
  @Test func anAnalysisRememberedAcrossDaysIsTheFreshOneOfEachDay() throws {
    let goals = try SmartDevSetTests.rows("dev6/smart-goals.tsv").map { $0[0] }
    #expect(goals.count > 100)
    var compared = 0
    for day in [20_000, 20_001, 20_031, 20_365, 21_500].map(CalendarDay.init(dayNumber:)) {
      for goal in goals + Self.goals {
        #expect(
          SmartAnalyzer.analysis(of: goal, today: day)
            == SmartAnalyzer.analyze(goal: goal, today: day), "\(goal) on \(day)")
        compared += 1
      }
    }
    #expect(compared > 500)
  }

  @Test func aFullMemoStartsAfresh() {
    let memo = AnalysisMemo<Int, Int>(limit: 4)
    for n in 0..<4 { #expect(memo.value(n) { n * 2 } == n * 2) }
    #expect(memo.count == 4)
    #expect(memo.value(2) { -1 } == 4)
    #expect(memo.value(9) { 18 } == 18)
    #expect(memo.count == 1)
  }
}
