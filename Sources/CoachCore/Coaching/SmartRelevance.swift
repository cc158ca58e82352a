/// Whether a goal serves the person's vision, judged leniently: they share a
/// significant word or its stem ("teaching" and "teacher"), or both name
/// words of one field of work ("AWS" and "cloud engineering").
enum SmartRelevance {
  static func related(goal: String, vision: String) -> Bool {
    let g = significant(goal)
    let v = significant(vision)
    guard !g.isEmpty, !v.isEmpty else { return false }
    for a in g {
      for b in v where sameStem(a, b) { return true }
    }
    for field in SmartVocabulary.fields {
      let words = Set(field)
      let inGoal = g.contains { words.contains($0) || words.contains(stem($0)) }
      let inVision = v.contains { words.contains($0) || words.contains(stem($0)) }
      if inGoal, inVision { return true }
    }
    return false
  }

  /// Lower-cased words that can carry meaning: not little or generic words.
  static func significant(_ text: String) -> [String] {
    SmartWords.split(text).map { $0.lowercased() }.filter { w in
      w.contains { $0.isLetter } && (w.count >= 4 || isShortTerm(w))
        && !SmartVocabulary.insignificant.contains(w)
    }
  }

  /// Short words that still name a field: "ux", "aws", "cpa", "sql".
  static func isShortTerm(_ w: String) -> Bool {
    w.count >= 2 && SmartVocabulary.fields.contains { $0.contains(w) }
  }

  static func stem(_ w: String) -> String {
    for suffix in ["ings", "ing", "ers", "er", "ists", "ist", "ed", "es", "s", "ly", "ment"]
    where w.hasSuffix(suffix) && w.count - suffix.count >= 4 {
      return String(w.dropLast(suffix.count))
    }
    return w
  }

  /// Stems match when they share their first five letters (or all of a
  /// four-letter stem): "nursing" and "nurse", "publish" and "published".
  static func sameStem(_ a: String, _ b: String) -> Bool {
    let x = Array(stem(a))
    let y = Array(stem(b))
    let need = min(5, x.count, y.count)
    guard need >= 4 || (x == y && x.count >= 2) else { return false }
    return Array(x.prefix(need)) == Array(y.prefix(need))
  }
}
