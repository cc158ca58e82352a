/// The SMART analyses of goals and follow-up answers, remembered.
///
/// A session analyses the same goal again and again: every walk over the
/// scripts and every plan built reads its facets and checks its follow-up
/// answers, and a replay or a long live session builds many. The analyses
/// are pure functions of their inputs, so each is made once per process
/// (`AnalysisMemo`).
extension SmartAnalyzer {
  /// `analyze`, remembered.
  public static func analysis(
    of goal: String, today: CalendarDay, confidence: Double? = nil, vision: String? = nil
  ) -> SmartAnalysis {
    let key = MemoKey(goal: goal, day: today.dayNumber, confidence: confidence, vision: vision)
    return memo.value(key) {
      let known = readings.value(goal) {
        let (fresh, kept) = readingAndKeptCount(of: goal)
        // The reading read the goal itself (it names no past span): what it
        // kept is what `GoalSentence.stripped` would read again.
        if let kept { keptCounts.record(goal, kept) }
        return fresh
      }
      return analyze(known, goal: goal, today: today, confidence: confidence, vision: vision)
    }
  }

  /// Whether `answer`, given for `facet` (`specific`, `measurable`), still
  /// lacks it (`isVagueFresh`), remembered: a walk checks every follow-up
  /// answer each time it passes it.
  public static func isVague(_ answer: String, as facet: String) -> Bool {
    vagueMemo.value(VagueKey(answer: answer, facet: facet)) { isVagueFresh(answer, as: facet) }
  }

  /// How many words `SmartWords(text)` keeps of `text` once its opening
  /// ("I want to") is dropped, remembered: a goal's sentence strips its
  /// words, which the goal's reading has read already.
  static func keptWordCount(_ text: String) -> Int {
    keptCounts.value(text) { SmartWords(text).typed.count }
  }

  private struct MemoKey: Hashable, Sendable {
    var goal: String
    var day: Int
    var confidence: Double?
    var vision: String?
  }

  private struct VagueKey: Hashable, Sendable {
    var answer: String
    var facet: String
  }

  private static let memo = AnalysisMemo<MemoKey, SmartAnalysis>()
  /// The part of each analysis that does not depend on the day.
  private static let readings = AnalysisMemo<String, Reading>()
  /// `keptWordCount`'s memo; a reading of the same text, or a check of a
  /// follow-up answer (`isVagueFresh`), records it too.
  static let keptCounts = AnalysisMemo<String, Int>()
  private static let vagueMemo = AnalysisMemo<VagueKey, Bool>()
}
