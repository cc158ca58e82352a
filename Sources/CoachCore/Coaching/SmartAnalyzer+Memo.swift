import Synchronization

/// The SMART analysis of a goal, remembered.
///
/// A session analyses the same goal again and again: every walk over the
/// scripts and every plan built reads its facets, and a replay or a long
/// live session builds many. The analysis is a pure function of its inputs,
/// so each (goal, day, confidence, vision) is analysed once per process.
extension SmartAnalyzer {
  /// `analyze`, remembered.
  public static func analysis(
    of goal: String, today: CalendarDay, confidence: Double? = nil, vision: String? = nil
  ) -> SmartAnalysis {
    let key = MemoKey(goal: goal, day: today.dayNumber, confidence: confidence, vision: vision)
    if let known = memo.withLock({ $0[key] }) { return known }
    let fresh = analyze(goal: goal, today: today, confidence: confidence, vision: vision)
    memo.withLock { table in
      // A bound, so a process that analyses endless goals (a fuzzer) stays
      // small; a session never comes near it.
      if table.count >= memoLimit { table.removeAll(keepingCapacity: true) }
      table[key] = fresh
    }
    return fresh
  }

  static let memoLimit = 65_536

  private struct MemoKey: Hashable, Sendable {
    var goal: String
    var day: Int
    var confidence: Double?
    var vision: String?
  }

  private static let memo = Mutex<[MemoKey: SmartAnalysis]>([:])
}
