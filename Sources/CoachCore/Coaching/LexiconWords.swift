/// A word list kept as the text it is generated as: words in byte order,
/// one space or line break apart, each a word or a `form:lemma` pair.
///
/// A look-up halves the text until it meets the word, on its UTF-8 bytes,
/// so nothing is built when the list is first used (a `Set` of the 14,000
/// words of `VerbLexicon` cost about 90 million instructions on the first
/// goal analysed) and nothing is allocated per look-up.
struct LexiconWords: Sendable {
  /// The sorted words; `tools/make_verb_lexicon.py` writes them sorted.
  let text: String

  init(_ text: String) { self.text = text }

  /// Whether `word` is one of the words (for pairs, one of the forms).
  func contains(_ word: String) -> Bool { entry(word) != nil }

  /// For a list of `form:lemma` pairs, the lemma of the form `word`.
  func value(for word: String) -> String? {
    guard let (start, end) = entry(word) else { return nil }
    let bytes = text.utf8
    let from = bytes.index(bytes.startIndex, offsetBy: start)
    let to = bytes.index(bytes.startIndex, offsetBy: end)
    guard let colon = bytes[from..<to].firstIndex(of: UInt8(ascii: ":")) else { return nil }
    return String(text[bytes.index(after: colon)..<to])
  }

  /// The byte offsets of the entry whose key (before any colon) is `word`.
  private func entry(_ word: String) -> (Int, Int)? {
    var key = word
    return key.withUTF8 { key in
      var list = text
      return list.withUTF8 { Self.search(key, in: $0) }
    }
  }

  private static func isSeparator(_ b: UInt8) -> Bool {
    b == UInt8(ascii: " ") || b == UInt8(ascii: "\n")
  }

  /// Bisection over the words in `t`: `lo` is always the start of a word
  /// and `hi` the start of one or the end.
  private static func search(
    _ key: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>
  ) -> (Int, Int)? {
    var lo = 0
    var hi = t.count
    while lo < hi, isSeparator(t[lo]) { lo += 1 }
    while lo < hi {
      var start = (lo + hi) / 2
      while start > lo, !isSeparator(t[start - 1]) { start -= 1 }
      var end = start
      while end < hi, !isSeparator(t[end]) { end += 1 }
      var keyEnd = start
      while keyEnd < end, t[keyEnd] != UInt8(ascii: ":") { keyEnd += 1 }
      switch compare(key, t, keyEnd - start, from: start) {
      case 0: return (start, end)
      case ..<0: hi = start
      default:
        lo = end
        while lo < hi, isSeparator(t[lo]) { lo += 1 }
      }
    }
    return nil
  }

  /// `key` against the `count` bytes of `t` from `from`, in byte order.
  private static func compare(
    _ key: UnsafeBufferPointer<UInt8>, _ t: UnsafeBufferPointer<UInt8>, _ count: Int, from: Int
  ) -> Int {
    for k in 0..<min(key.count, count) where key[k] != t[from + k] {
      return Int(key[k]) - Int(t[from + k])
    }
    return key.count - count
  }
}
