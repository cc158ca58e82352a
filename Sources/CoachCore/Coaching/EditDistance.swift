/// Typo tolerance against closed vocabularies (months, weekdays, holidays,
/// number words, verbs): the optimal string alignment distance, where a
/// swap of two neighbouring letters ("febraury") counts as one edit.
enum EditDistance {
  /// Whether `a` and `b` are at most `limit` edits apart.
  static func within(_ a: String, _ b: String, _ limit: Int) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard abs(x.count - y.count) <= limit else { return false }
    return distance(x, y) <= limit
  }

  static func distance(_ x: [UInt8], _ y: [UInt8]) -> Int {
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
      (before, previous, current) = (previous, current, before)
    }
    return previous[y.count]
  }

  /// The word of `vocabulary` that `w` is a typo of, if exactly one is
  /// nearest: one edit when both words are under eight letters, two when
  /// either has eight or more ("wensday" is two from "wednesday"). Words
  /// under five letters are left alone ("mar" and "may" are one apart).
  static func nearest(_ w: String, in vocabulary: some Sequence<String>) -> String? {
    guard w.count >= 5, w.allSatisfy(\.isLetter) else { return nil }
    let x = Array(w.utf8)
    var best: (word: String, distance: Int)?
    var tie = false
    for v in vocabulary where v.count >= 4 {
      let limit = max(w.count, v.count) >= 8 ? 2 : 1
      guard abs(v.count - w.count) <= limit else { continue }
      let d = distance(x, Array(v.utf8))
      guard d <= limit else { continue }
      if d == 0 { return v }
      if let b = best, b.distance < d { continue }
      tie = best.map { $0.distance == d && $0.word != v } ?? false
      best = (v, d)
    }
    return tie ? nil : best?.word
  }
}
