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
    // "By June I want to finish my thesis": a deadline before the opening
    // goes with it (the deadline is still found in the whole goal).
    let leading: Set<String> = ["by", "in", "before", "within", "this", "next", "over"]
    if let first = lower.first, leading.contains(first),
      let k = lower.prefix(6).firstIndex(of: "i"), k > 0
    {
      lower.removeFirst(k)
      typed.removeFirst(k)
    }
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
    self.typed = typed
    // The word lists' verbs first, among the first four words; then any
    // verb of the lexicon as the first word (or after an adverb: "finally
    // renovate the kitchen"); then a typo of a listed verb ("finsh").
    lower = lower.map(SmartWords.correctedOutcome)
    var found: (Int, String)?
    let determiners: Set<String> = ["a", "an", "the", "my", "our", "your", "their", "his", "her"]
    for (i, w) in lower.prefix(4).enumerated() {
      // "a 10% raise", "my first promotion": a noun, not the verb.
      let prev = i > 0 ? lower[i - 1] : ""
      let afterCount = i > 1 && determiners.contains(lower[i - 2]) && prev.first?.isNumber == true
      if determiners.contains(prev) || afterCount { continue }
      if let lemma = SmartWords.lemma(w) {
        found = (i, lemma)
        break
      }
    }
    // "team lead by Q3": a role, not the verb "lead".
    if let (k, _) = found, k > 0, V.roleNouns.contains(lower[k]),
      !SmartWords.isAdverb(lower[k - 1]), lower[k - 1] != "to",
      k + 1 == lower.count
        || ["by", "in", "within", "before", "next", "this"].contains(lower[k + 1])
    {
      self.lower = lower
      verbIndex = nil
      verb = nil
      return
    }
    if found == nil, let first = lower.first {
      let k =
        lower.count > 1 && (first.hasSuffix("ly") || ["also", "then"].contains(first)) ? 1 : 0
      if let lemma = VerbLexicon.lemma(lower[k]) {
        found = (k, lemma)
      } else if let fixed = SmartWords.correctedVerb(lower[k]) {
        found = (k, fixed)
        lower[k] = fixed
      }
    }
    self.lower = lower
    verbIndex = found?.0
    verb = found?.1
  }

  /// Words that can come before a goal's verb: "finally", "not", "also".
  static func isAdverb(_ w: String) -> Bool {
    w.hasSuffix("ly")
      || [
        "not", "never", "always", "also", "then", "still", "maybe", "just", "even", "once", "again",
      ]
      .contains(w)
  }

  /// A typo of a verb of the word lists ("finsh", "compelte", "imporve"),
  /// for a word that is no verb itself.
  static func correctedVerb(_ w: String) -> String? {
    guard VerbLexicon.lemma(w) == nil else { return nil }
    return EditDistance.nearest(w, in: verbVocabulary)
  }

  /// A typo of a checkable result ("certifcate", "promtoed", "licnese").
  static func correctedOutcome(_ w: String) -> String {
    guard w.count >= 6, !V.outcomeStems.contains(where: { w.hasPrefix($0) }),
      VerbLexicon.lemma(w) == nil
    else { return w }
    return EditDistance.nearest(w, in: outcomeVocabulary) ?? w
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
      // "12-hour", "3-month": a number glued to a unit describes something.
      let gluedUnit = word.first?.isNumber == true && word.contains("-") && hasLetter
      if hasLetter, !gluedUnit, !(hasDigit && !word.contains("-") && !word.contains("'")) {
        out += word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      } else if !word.isEmpty {
        out.append(word)
      }
    }
    return out
  }

  /// The verb a word is, trying "-ing", "-ed" and "-s" forms too.
  static let verbs = V.actions.union(V.vagueVerbs).union(V.multiplyingVerbs)
  static let verbVocabulary = EditDistance.Vocabulary(verbs)
  static let outcomeVocabulary = EditDistance.Vocabulary(V.outcomeWords)

  /// A concrete action: a listed one, or a lexicon verb whose main sense is
  /// an action and that no list calls vague or a feeling.
  static func isAction(_ verb: String) -> Bool {
    V.actions.contains(verb)
      || (VerbLexicon.actions.contains(verb) && !isVague(verb) && !isFeeling(verb))
  }

  /// A verb that needs a number to set its target: listed as vague, or a
  /// lexicon verb whose main sense is a state ("remain", "exist").
  static func isVague(_ verb: String) -> Bool {
    V.vagueVerbs.contains(verb) || (!V.actions.contains(verb) && VerbLexicon.states.contains(verb))
  }

  /// A feeling: "feel", "enjoy", "love", "fear".
  static func isFeeling(_ verb: String) -> Bool {
    V.stateVerbs.contains(verb)
      || (!V.actions.contains(verb) && !V.vagueVerbs.contains(verb)
        && VerbLexicon.feelings.contains(verb))
  }

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
    // "my 3 main clients", "our 12 new hires": the number names a group.
    if ["my", "our", "your", "his", "her", "their", "these", "those"].contains(prev) {
      return false
    }
    // "1:1s" and "9:30" are meetings and times; "B2B" and "P2P" are names.
    if w.contains(":") { return false }
    if w.first?.isLetter == true, w.last?.isLetter == true, isDigits { return false }
    // "for once" is no count.
    if w == "once", prev == "for" || prev == "at" { return false }
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
    if units.contains(next) && leads.contains(prev) { return false }
    // "retire by 55": an age at the end, not an amount ("grow sales by 15%").
    if prev == "by" || prev == "before", let n = Int(w), (16...99).contains(n), next.isEmpty,
      !(verb.map(SmartWords.isVague) ?? false)
    {
      return false
    }
    return true
  }

  /// The words after the verb that say what it acts on.
  var object: [String] {
    guard let k = verbIndex else { return lower }
    return Array(lower[(k + 1)...])
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
