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
      let known = readings.value(goal) { reading(of: goal) }
      return analyze(known, goal: goal, today: today, confidence: confidence, vision: vision)
    }
  }

  /// Whether `answer`, given for `facet` (`specific`, `measurable`), still
  /// lacks it (`isVagueFresh`), remembered: a walk checks every follow-up
  /// answer each time it passes it.
  public static func isVague(_ answer: String, as facet: String) -> Bool {
    vagueMemo.value(VagueKey(answer: answer, facet: facet)) { isVagueFresh(answer, as: facet) }
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
  private static let vagueMemo = AnalysisMemo<VagueKey, Bool>()
}
