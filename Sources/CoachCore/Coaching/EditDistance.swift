/// Typo tolerance against closed vocabularies (months, weekdays, holidays,
/// number words, verbs): the optimal string alignment distance, where a
/// swap of two neighbouring letters ("febraury") counts as one edit.
enum EditDistance {
  /// The number of edits from `x` to `y`, or, when it is more than
  /// `limit`, some number more than `limit`: a row's least distance never
  /// falls in the rows after it, so the work stops there.
  static func distance(_ x: [UInt8], _ y: [UInt8], limit: Int = .max) -> Int {
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var before = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          d = min(d, before[j - 2] + 1)
        }
        current[j] = d
      }
      if (current.min() ?? 0) > limit { return limit + 1 }
      (before, previous, current) = (previous, current, before)
    }
    return previous[y.count]
  }

  /// A vocabulary prepared for `nearest`: its words with their bytes, by
  /// first letter, since a typo keeps its first letter ("febuary",
  /// "wensday", "finsh"); that keeps a lookup to a few comparisons.
  struct Vocabulary: Sendable {
    let byFirst: [UInt8: [(word: String, bytes: [UInt8])]]
    let set: Set<String>

    init(_ words: some Sequence<String>) {
      let sorted = Set(words).filter { $0.utf8.count >= 4 }.sorted()
      self.byFirst = Dictionary(grouping: sorted.map { ($0, Array($0.utf8)) }) { $0.1[0] }
      self.set = Set(sorted)
    }
  }

  /// The word of `vocabulary` that `w` is a typo of, if exactly one is
  /// nearest: one edit when both words are under eight letters, two when
  /// either has eight or more ("wensday" is two from "wednesday"). Words
  /// under five letters are left alone ("mar" and "may" are one apart).
  static func nearest(_ w: String, in vocabulary: Vocabulary, shortest: Int = 5) -> String? {
    let x = Array(w.utf8)
    guard x.count >= shortest,
      x.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    else { return nil }
    if vocabulary.set.contains(w) { return w }
    var best: (word: String, distance: Int)?
    var tie = false
    for (v, y) in vocabulary.byFirst[x[0]] ?? [] {
      let limit = max(x.count, y.count) >= 8 ? 2 : 1
      guard abs(y.count - x.count) <= limit else { continue }
      // A word shorter than five letters is only a letter dropped ("lern"):
      // "more" is no typo of "move".
      if x.count < 5, y.count != x.count + 1 { continue }
      let d = distance(x, y, limit: limit)
      guard d <= limit else { continue }
      if let b = best, b.distance < d { continue }
      tie = best.map { $0.distance == d && $0.word != v } ?? false
      best = (v, d)
    }
    return tie ? nil : best?.word
  }
}
