/// A goal's words, and the specific and measurable rules that read them.
struct SmartWords {
  typealias V = SmartVocabulary

  /// The words as typed (for `action` and `measure`) and lower-cased.
  let typed: [String]
  let lower: [String]
  /// Where the main verb is, if the goal has one near its start.
  let verbIndex: Int?
  let verb: String?

  init(_ goal: String) {
    var typed = SmartWords.split(goal)
    var lower = typed.map { $0.lowercased() }
    // Drop openings such as "I want to" or "My goal is to".
    var dropped = true
    while dropped {
      dropped = false
      for opening in V.openings
      where lower.count > opening.count
        && Array(lower.prefix(opening.count)) == opening
      {
        lower.removeFirst(opening.count)
        typed.removeFirst(opening.count)
        dropped = true
        break
      }
    }
    self.lower = lower
    self.typed = typed
    var found: (Int, String)?
    for (i, w) in lower.prefix(4).enumerated() {
      if let lemma = SmartWords.lemma(w) {
        found = (i, lemma)
        break
      }
    }
    verbIndex = found?.0
    verb = found?.1
  }

  /// Splits on spaces and punctuation, keeping "$10,000", "15%", "2.0" whole
  /// and dropping possessive "'s".
  static func split(_ text: String) -> [String] {
    var out: [String] = []
    for piece in text.replacing("’", with: "'").split(whereSeparator: { $0.isWhitespace }) {
      let hasLetter = piece.contains { $0.isLetter }
      let hasDigit = piece.contains { $0.isNumber }
      let symbols: Set<Character> = ["$", "€", "£", "¥", "₹", "%"]
      var word = String(piece)
      while let c = word.last, !(c.isLetter || c.isNumber || symbols.contains(c)) {
        word.removeLast()
      }
      while let c = word.first, !(c.isLetter || c.isNumber || symbols.contains(c)) {
        word.removeFirst()
      }
      if word.hasSuffix("'s") { word.removeLast(2) }
      if hasLetter, !(hasDigit && !word.contains("-") && !word.contains("'")) {
        out += word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      } else if !word.isEmpty {
        out.append(word)
      }
    }
    return out
  }

  /// The verb a word is, trying "-ing", "-ed" and "-s" forms too.
  static let verbs = V.actions.union(V.vagueVerbs).union(V.multiplyingVerbs)

  static func lemma(_ w: String) -> String? {
    let all = verbs
    if all.contains(w) { return w }
    for suffix in ["ing", "ed", "s"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
      var stem = String(w.dropLast(suffix.count))
      if all.contains(stem) { return stem }
      if all.contains(stem + "e") { return stem + "e" }
      if let last = stem.last, stem.dropLast().last == last {
        stem.removeLast()
        if all.contains(stem) { return stem }
      }
    }
    return nil
  }

  /// Whether word `i` is a number that measures (not part of a deadline).
  func isMeasureNumber(_ i: Int) -> Bool {
    let w = lower[i]
    let prev = i > 0 ? lower[i - 1] : ""
    let next = i + 1 < lower.count ? lower[i + 1] : ""
    let isDigits = w.contains { $0.isNumber }
    let isWord =
      NumberWords.units[w] != nil || NumberWords.tens[w] != nil
      || ["once", "twice", "thrice"].contains(w)
    guard isDigits || isWord else { return false }
    if w.count == 2, let f = w.first, f == "q" || f == "h", w.last?.isNumber == true {
      return false
    }
    if w.count == 4, let n = Int(w), (1900...2199).contains(n) { return false }
    if w.contains("/") || (w.contains("-") && w.first?.isNumber == true) { return false }
    if ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }), w.first?.isNumber == true {
      return false
    }
    if DeadlineVocabulary.months[prev] != nil || DeadlineVocabulary.months[next] != nil {
      return false
    }
    let units: Set<String> = [
      "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    ]
    let leads: Set<String> = ["in", "within", "next", "over", "than", "another", "of"]
    return !(units.contains(next) && leads.contains(prev))
  }

  /// The words after the verb that say what it acts on.
  var object: [String] {
    guard let k = verbIndex else { return lower }
    return Array(lower[(k + 1)...])
  }

  var hasMeasureNumber: Bool { lower.indices.contains { isMeasureNumber($0) } }

  var isSpecific: Bool {
    guard let verb, let k = verbIndex else {
      // No verb: a noun phrase naming a checkable result ("AWS certification").
      return lower.contains { w in V.outcomeStems.contains { w.hasPrefix($0) } }
    }
    let after = object
    let little: Set<String> = [
      "a", "an", "the", "really", "very", "much", "my", "our", "your", "his", "her", "their",
    ]
    let head = after.filter { !little.contains($0) }
    if head.prefix(2).contains(where: { V.vagueStates.contains($0) }) { return hasMeasureNumber }
    if after.prefix(2).contains(where: { $0 == "more" || $0 == "less" }), !hasMeasureNumber {
      return false
    }
    let meaningful = after.enumerated().filter { i, w in
      !V.fillers.contains(w) && !V.vagueObjects.contains(w) && !isMeasureNumber(k + 1 + i)
        && DeadlineVocabulary.months[w] == nil && !["by", "before", "until", "next"].contains(w)
    }
    guard !meaningful.isEmpty else { return false }
    if V.multiplyingVerbs.contains(verb) { return true }
    if V.vagueVerbs.contains(verb) {
      // "develop an app" acts on a thing; "improve my skills" needs a target.
      return after.first == "a" || after.first == "an" || hasMeasureNumber
    }
    return true
  }

  /// The number or result that shows the goal is done, or `nil`.
  var measure: String? {
    if let i = lower.indices.first(where: { isMeasureNumber($0) }) {
      return typed[i..<min(i + 2, typed.count)].joined(separator: " ")
    }
    if let verb, V.multiplyingVerbs.contains(verb) { return verb }
    if let i = lower.firstIndex(where: { w in V.outcomeStems.contains { w.hasPrefix($0) } }) {
      return typed[i]
    }
    if let k = verbIndex, k + 2 < lower.count, lower[k] == "pay", lower[k + 1] == "off" {
      return typed[k...].joined(separator: " ")
    }
    return singleDeliverable
  }

  /// "write a book", "find a mentor", "start my own business": one thing,
  /// done or not.
  var singleDeliverable: String? {
    guard let verb, let k = verbIndex, !V.vagueVerbs.contains(verb) || object.first == "a"
    else { return nil }
    var i = k + 1
    if i < lower.count, ["at", "to", "into", "for", "on", "with", "in"].contains(lower[i]) {
      i += 1
    }
    guard i < lower.count else { return nil }
    var noun = i + 1
    switch lower[i] {
    case "a", "an", "one": break
    case "my" where i + 1 < lower.count && ["own", "first"].contains(lower[i + 1]): noun = i + 2
    case _ where V.completionVerbs.contains(verb):
      // "take the GMAT", "move to Berlin": a named thing, done or not.
      noun = ["the", "my", "our"].contains(lower[i]) ? i + 1 : i
    default: return nil
    }
    guard noun < lower.count, !V.comparatives.contains(lower[noun]),
      !V.vagueStates.contains(lower[noun])
    else { return nil }
    return typed[i...noun].joined(separator: " ")
  }

  /// The verb and what follows it, up to the deadline's first word.
  var action: String? {
    guard let k = verbIndex else { return nil }
    let stops: Set<String> = ["by", "before", "until", "within", "this", "next", "in", "on"]
    var end = k + 1
    while end < lower.count, !stops.contains(lower[end]) || end == k + 1 { end += 1 }
    return typed[k..<end].joined(separator: " ")
  }
}
