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
    var lower = SmartWords.unTexted(typed.map { $0.lowercased() })
    // "By June I want to finish my thesis": a deadline before the opening
    // goes with it (the deadline is still found in the whole goal).
    let leading = Self.leadingDeadlineWords
    if let first = lower.first, leading.contains(first),
      let k = lower.prefix(6).firstIndex(of: "i"), k > 0
    {
      lower.removeFirst(k)
      typed.removeFirst(k)
    }
    // "ok so long story but basically I want to move into PM": a preamble
    // before the opening says nothing about the goal (unless it starts
    // with a verb: "finish my degree, I want to be done by 2027").
    // "I just want to stop …, and I want to …": an opening first is no
    // preamble.
    let opens = V.midOpenings.contains { lower.starts(with: $0) }
    if let first = lower.first, SmartWords.lemma(first) == nil, !opens,
      let j = lower.indices.dropFirst(2).first(where: { j in
        V.midOpenings.contains { lower[j...].starts(with: $0) }
      })
    {
      lower.removeFirst(j)
      typed.removeFirst(j)
    }
    // Drop openings such as "I want to" or "My goal is to".
    var dropped = true
    while dropped {
      dropped = false
      for opening in V.openings
      where lower.count > opening.count
        && lower.starts(with: opening)
        // "I want that my boss appreciates me": a wish about someone else.
        && !(opening.last == "want" && lower[opening.count] == "that")
      {
        lower.removeFirst(opening.count)
        typed.removeFirst(opening.count)
        dropped = true
        break
      }
    }
    self.typed = typed
    lower = lower.map(SmartWords.correctedState)
    // The word lists' verbs first, among the first four words; then any
    // verb of the lexicon as the first word (or after an adverb: "finally
    // renovate the kitchen"); then a typo of a listed verb ("finsh").
    lower = lower.map(SmartWords.correctedOutcome)
    var found: (Int, String)?
    let determiners = Self.determiners
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
    // "look into welding certificates": a verb and its particle first win
    // over a listed verb further on.
    if let (i, _) = found, i > 0, lower.count > 1,
      let l0 = SmartWords.lemma(lower[0]) ?? VerbLexicon.lemma(lower[0]),
      V.phrasalVerbs[l0 + " " + lower[1]] != nil
    {
      found = (0, l0)
    }
    // "lern spanish for work": a typo of a listed verb first wins over a
    // verb further on.
    if let (i, _) = found, i >= 2, VerbLexicon.lemma(lower[0]) == nil,
      let fixed = SmartWords.correctedVerb(lower[0])
    {
      found = (0, fixed)
      lower[0] = fixed
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
      objectStart = 0
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
    // "head nurse within 4 years", "travel nurse contract by summer": a
    // role named with a noun before it, not a verb and its object.
    if let (k, v) = found, k == 0, !V.linkingVerbs.contains(v),
      SmartWords.namesRole(lower.dropFirst())
    {
      found = nil
    }
    // "Head of marketing by 2028": a role, not the verb "head".
    if let (k, v) = found, k == 0, v == "head", lower.count > 1, lower[1] == "of" {
      self.lower = lower
      verbIndex = nil
      verb = nil
      objectStart = 0
      return
    }
    // "get to know the staff": finding out, like "research".
    if let (k, v) = found, v == "get", k + 2 < lower.count, lower[k + 1] == "to",
      lower[k + 2] == "know"
    {
      found = (k, "research")
      objectStart = k + 3
    } else if let (k, v) = found, k + 1 < lower.count,
      let phrasal = V.phrasalVerbs[v + " " + lower[k + 1]]
    {
      found = (k, phrasal)
      objectStart = k + 2
    } else {
      objectStart = (found?.0 ?? -1) + 1
    }
    self.lower = lower
    verbIndex = found?.0
    verb = found?.1
  }

  /// Where the verb's object starts: after the verb, or after its particle.
  let objectStart: Int

  /// Whether `words` start with a noun phrase (up to three words, no
  /// determiner) that ends in a role or a result: "nurse", "track position".
  static func namesRole(_ words: ArraySlice<String>) -> Bool {
    let stops = Self.roleStops
    let run = words.prefix { !V.fillers.contains($0) && !stops.contains($0) }
    guard (1...3).contains(run.count), let last = run.last,
      run.allSatisfy({ $0.allSatisfy(\.isLetter) })
    else { return false }
    return VerbLexicon.people.contains(last) || V.verblessResults.contains(last)
  }

  /// The goal without a span of the past: "I've been a cashier for 9
  /// years", "I've worked here for 15 years" (no deadline, no measure).
  static func withoutPastSpans(_ goal: String) -> String {
    let perfect = ["'ve ", "ive ", "been ", "have worked", "had ", "was "]
    var lower = goal.lowercased()
    // An ASCII text holds no "’" (nor a Character equal to it).
    if !lower.isPlainASCII, lower.contains("’" as Character) {
      lower = lower.replacing("’", with: "'")
    }
    guard perfect.contains(where: { lower.holds($0) }) else { return goal }
    var words = goal.splitOnSpaces(omittingEmpty: false).map(String.init)
    let soft: Set<String> = [
      "almost", "about", "over", "nearly", "like", "the", "past", "last", "around",
    ]
    let units: Set<String> = [
      "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "decade", "decades",
    ]
    var i = 0
    while i < words.count {
      guard words[i].lowercased() == "for" else {
        i += 1
        continue
      }
      var j = i + 1
      while j < words.count, soft.contains(words[j].lowercased()) { j += 1 }
      // "for 6 years", "for a few months", "for two years".
      var k = j
      while k < words.count, k - j < 3,
        !units.contains(words[k].lowercased().letters)
      {
        k += 1
      }
      let before = words[..<i].joined(separator: " ").lowercased().replacing("’", with: "'")
      if k < words.count, k > j, units.contains(words[k].lowercased().letters),
        perfect.contains(where: { before.contains($0) }),
        words[j..<k].allSatisfy({ w in
          let l = w.lowercased()
          return Int(l) != nil || NumberWords.units[l] != nil || NumberWords.tens[l] != nil
            || ["a", "few", "several", "many", "couple", "of"].contains(l)
        })
      {
        let tail = words[k].filter { ",.;".contains($0) }
        words.replaceSubrange(i...k, with: tail.isEmpty ? [] : [String(tail)])
        continue
      }
      i += 1
    }
    return words.joined(separator: " ")
  }

  /// The deadline `DeadlineParser` finds in the goal, less a rate ("$150 an
  /// hour"), and tried again with four-letter typos of "year" and "week"
  /// mended ("this yaer"), which the parser leaves alone.
  static func deadline(in goal: String, today: CalendarDay) -> (day: CalendarDay, phrase: String)? {
    if let found = DeadlineParser.find(in: goal, today: today) {
      guard let rest = SmartWords.afterNonDeadline(found.phrase, in: goal) else { return found }
      return rest.isEmpty ? nil : deadline(in: rest, today: today)
    }
    let words = goal.splitOnSpaces(omittingEmpty: false).map(String.init)
    let leads: Set<String> = ["this", "next", "last", "a", "per", "every", "of", "the", "in", "by"]
    var mended = words
    for i in words.indices.dropFirst() where leads.contains(words[i - 1].lowercased()) {
      let w = words[i].lowercased()
      let bytes = Array(w.utf8)
      // Words one letter from "year" or "week" ("the weak spots") stay.
      let real: Set<String> = ["year", "week", "yeah", "yean", "weak", "weed", "weep", "ween"]
      guard bytes.count == 4, !real.contains(w) else { continue }
      for unit in ["year", "week"] where bytes.first == unit.utf8.first {
        if EditDistance.distance(bytes, Array(unit.utf8)) == 1 { mended[i] = unit }
      }
    }
    // "by xmas", "come spring": casual names and leads the parser lacks.
    for i in mended.indices {
      let w = mended[i].lowercased().lettersAndHyphens
      if ["xmas", "x-mas", "chrismas", "christmass"].contains(w) { mended[i] = "christmas" }
      let next = i + 1 < mended.count ? mended[i + 1].lowercased().letters : ""
      if w == "come",
        ["spring", "summer", "fall", "autumn", "winter", "christmas", "xmas"].contains(next)
          || DeadlineVocabulary.months[next] != nil
      {
        mended[i] = "by"
      }
    }
    // "in like 3 months": a filler inside the deadline.
    mended = mended.enumerated().filter { i, w in
      !(w.lowercased() == "like" && i > 0
        && ["in", "within", "by"].contains(mended[i - 1].lowercased()))
    }.map(\.element)
    if mended != words,
      let found = DeadlineParser.find(in: mended.joined(separator: " "), today: today)
    {
      return found
    }
    // "my CDL Class A within 4 months": a word before the lead can hide
    // the deadline from the parser, so search again from a lead word after
    // a one-letter word or a name with a digit or "+" ("A+", "B2").
    let starts: Set<String> = [
      "by", "within", "in", "before", "until", "over", "during", "this", "next",
    ]
    for i in mended.indices.dropFirst() where starts.contains(mended[i].lowercased()) {
      let prev = mended[i - 1]
      guard prev.count == 1 || prev.contains(where: { $0.isNumber || $0 == "+" }) else { continue }
      if let found = DeadlineParser.find(in: mended[i...].joined(separator: " "), today: today) {
        return found
      }
    }
    return nil
  }

  /// When the parser's phrase is no deadline, the goal after it (to search
  /// again), else `nil`: hours without a lead are a rate or a shift ("$150
  /// an hour", "3 12-hour shifts"), and an ordinal before "try" is a count
  /// ("on the first try"). "in 2 hours" and "in a week" are deadlines.
  static func afterNonDeadline(_ phrase: String, in goal: String) -> String? {
    let w = phrase.lowercased().splitOnSpaces().map(String.init)
    guard let last = w.last else { return nil }
    let words = goal.splitOnSpaces().map(String.init)
    let leads: Set<String> = ["in", "within", "by", "before", "after", "over", "for", "until"]
    let hours = ["hour", "hours", "hr", "hrs", "minute", "minutes"].contains(last)
    guard let end = words.firstIndex(where: { $0.lowercased().holds(last) }) else { return nil }
    let next = end + 1 < words.count ? words[end + 1].lowercased() : ""
    let tries =
      ["try", "attempt", "time", "go", "shot", "round"].contains(next)
      && (NumberWords.ordinals[last] != nil
        || ["st", "nd", "rd", "th"].contains { last.hasSuffix($0) })
    guard (hours && !leads.contains(w[0])) || tries else { return nil }
    return words[(end + 1)...].joined(separator: " ")
  }

  /// Texting spellings as words: "b" is "be", "2" after "need" is "to",
  /// "wanna" is "want to" (one word for one, so `typed` stays aligned).
  static func unTexted(_ words: [String]) -> [String] {
    var out = words
    for (i, w) in words.enumerated() {
      let prev = i > 0 ? words[i - 1] : ""
      if let plain = V.textSpellings[w] {
        out[i] = plain
      } else if w == "2", ["need", "want", "got", "going", "able"].contains(prev),
        i + 1 < words.count,
        V.actions.contains(words[i + 1]) || VerbLexicon.isVerb(words[i + 1])
      {
        out[i] = "to"
      }
    }
    return out
  }

  /// A typo of a state word ("happyer", "beter"), for a word that is no verb.
  static func correctedState(_ w: String) -> String {
    guard w.count >= 5, !V.vagueStates.contains(w), VerbLexicon.lemma(w) == nil,
      // "patients", "leaders": the plural of a noun, no typo.
      !(w.hasSuffix("s") && V.vagueStates.contains(String(w.dropLast())))
    else { return w }
    return EditDistance.nearest(w, in: stateVocabulary) ?? w
  }
  static let stateVocabulary = EditDistance.Vocabulary(V.vagueStates)

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
    return EditDistance.nearest(w, in: verbVocabulary, shortest: 4)
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
    if text.isPlainASCII { return asciiSplit(Array(text.utf8)) }
    var out: [String] = []
    let text = text.contains("’" as Character) ? text.replacing("’", with: "'") : text
    for piece in text.split(whereSeparator: { $0.isWhitespace }) {
      let hasLetter = piece.contains { $0.isLetter }
      let hasDigit = piece.contains { $0.isNumber }
      var word = String(piece)
      while let c = word.last, !(c.isLetter || c.isNumber || splitSymbols.contains(c)) {
        word.removeLast()
      }
      while let c = word.first, !(c.isLetter || c.isNumber || splitSymbols.contains(c)) {
        word.removeFirst()
      }
      if word.hasSuffix("'s") { word.removeLast(2) }
      // "12-hour", "3-month": a number glued to a unit describes something.
      let gluedUnit = word.first?.isNumber == true && word.contains("-" as Character) && hasLetter
      if hasLetter, !gluedUnit,
        !(hasDigit && !word.contains("-" as Character) && !word.contains("'" as Character))
      {
        out += word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      } else if !word.isEmpty {
        out.append(word)
      }
    }
    return out
  }

  /// `split` of an ASCII text, on its bytes: the same words, as every
  /// Character there is one byte (but "\r\n", two spaces either way).
  static func asciiSplit(_ text: [UInt8]) -> [String] {
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
    func keeps(_ b: UInt8) -> Bool {
      b.isASCIILetter || b.isASCIIDigit || b == UInt8(ascii: "$") || b == UInt8(ascii: "%")
    }
    var out: [String] = []
    var i = 0
    while i < text.count {
      while i < text.count, isSpace(text[i]) { i += 1 }
      guard i < text.count else { break }
      var end = i
      while end < text.count, !isSpace(text[end]) { end += 1 }
      let hasLetter = text[i..<end].contains { $0.isASCIILetter }
      let hasDigit = text[i..<end].contains { $0.isASCIIDigit }
      var (lo, hi) = (i, end)
      while hi > lo, !keeps(text[hi - 1]) { hi -= 1 }
      while lo < hi, !keeps(text[lo]) { lo += 1 }
      if hi - lo >= 2, text[hi - 2] == UInt8(ascii: "'"), text[hi - 1] == UInt8(ascii: "s") {
        hi -= 2
      }
      let word = text[lo..<hi]
      let hasDash = word.contains(UInt8(ascii: "-"))
      let gluedUnit = word.first?.isASCIIDigit == true && hasDash && hasLetter
      if hasLetter, !gluedUnit, !(hasDigit && !hasDash && !word.contains(UInt8(ascii: "'"))) {
        var s = lo
        while s < hi {
          while s < hi, !(text[s].isASCIILetter || text[s].isASCIIDigit) { s += 1 }
          var e = s
          while e < hi, text[e].isASCIILetter || text[e].isASCIIDigit { e += 1 }
          if e > s { out.append(String(decoding: text[s..<e], as: UTF8.self)) }
          s = e
        }
      } else if !word.isEmpty {
        out.append(String(decoding: word, as: UTF8.self))
      }
      i = end
    }
    return out
  }

  /// Signs kept at the ends of a word: "$10,000", "15%".
  static let splitSymbols: Set<Character> = ["$", "€", "£", "¥", "₹", "%"]

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
    // "gettin", "workin": "-ing" without its g.
    if w.hasSuffix("in"), w.count > 5, let l = lemma(w + "g") { return l }
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
    let isDigits = w.holdsNumber
    // "cut referrals by half": a fraction sets the target.
    let isFraction =
      (w == "half" && ["by", "in", "to"].contains(prev))
      || (["third", "quarter", "fifth", "tenth"].contains(w) && ["a", "one"].contains(prev)
        && i > 1 && lower[i - 2] == "by")
    let isWord =
      NumberWords.units[w] != nil || NumberWords.tens[w] != nil
      || ["once", "twice", "thrice"].contains(w) || isFraction
    guard isDigits || isWord else { return false }
    if w.count == 2, let f = w.first, f == "q" || f == "h", w.last?.isNumber == true {
      return false
    }
    if w.count == 4, let n = Int(w), (1900...2199).contains(n) { return false }
    // "my 3 main clients", "our 12 new hires": the number names a group.
    if ["my", "our", "your", "his", "her", "their", "these", "those", "the"].contains(prev) {
      return false
    }
    // "manage a budget of $2 million": an ongoing task names its size.
    if prev == "of", let verb, V.ongoingVerbs.contains(verb) { return false }
    // "Python 3", "Windows 11": a number after a name is part of the name.
    if i > 1, i - 1 != verbIndex, SmartWords.isName(typed[i - 1]), NumberWords.units[w] == nil,
      NumberWords.tens[w] == nil
    {
      return false
    }
    // "a team of 5", "my crew of 6 nurses": the number names the group's size.
    if prev == "of", i > 1, V.groupNouns.contains(lower[i - 2]) { return false }
    // "1:1s" and "9:30" are meetings and times; "B2B" and "P2P" are names.
    if w.holds(byte: UInt8(ascii: ":")) { return false }
    if w.first?.isLetter == true, w.last?.isLetter == true, isDigits { return false }
    // "for once" is no count.
    if w == "once", prev == "for" || prev == "at" { return false }
    if w.contains("/" as Character) || (w.contains("-" as Character) && w.first?.isNumber == true) {
      return false
    }
    if ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }), w.first?.isNumber == true {
      return false
    }
    if DeadlineVocabulary.months[prev] != nil || DeadlineVocabulary.months[next] != nil {
      return false
    }
    let units = Self.measureUnits
    let leads = Self.measureLeads
    if units.contains(next) && leads.contains(prev) { return false }
    // "retire by 55": an age at the end, not an amount ("grow sales by 15%").
    if prev == "by" || prev == "before", let n = Int(w), (16...99).contains(n), next.isEmpty,
      !(verb.map(SmartWords.isVague) ?? false)
    {
      return false
    }
    return true
  }

  /// A name as typed: a capital, then small letters ("Python", "Windows"),
  /// and no little word of a goal typed in title case ("Interview At 5
  /// Companies").
  static func isName(_ typed: String) -> Bool {
    guard let first = typed.first, first.isUppercase, typed.count > 1 else { return false }
    let w = typed.lowercased()
    let little = Self.nameLittleWords
    return typed.dropFirst().allSatisfy { $0.isLowercase } && DeadlineVocabulary.months[w] == nil
      && !V.fillers.contains(w) && !little.contains(w) && SmartWords.lemma(w) == nil
      && VerbLexicon.lemma(w) == nil
  }

  /// The words after the verb that say what it acts on.
  var object: [String] {
    guard verbIndex != nil else { return lower }
    return Array(lower[min(objectStart, lower.count)...])
  }

  /// The verb and what follows it, up to the deadline's first word.
  var action: String? {
    guard let k = verbIndex else { return nil }
    let stops = Self.actionStops
    var end = k + 1
    while end < lower.count, !stops.contains(lower[end]) || end == k + 1 { end += 1 }
    return typed[k..<end].joined(separator: " ")
  }
}

extension SmartWords {
  /// Words that start a deadline put before the opening ("By June I want to …").
  static let leadingDeadlineWords: Set<String> = [
    "by", "in", "before", "within", "this", "next", "over",
  ]

  /// Words before a noun, never before the verb.
  static let determiners: Set<String> = [
    "a", "an", "the", "my", "our", "your", "their", "his", "her",
  ]

  /// Words that end the noun phrase naming a role.
  static let roleStops: Set<String> = [
    "by", "before", "within", "next", "until", "after", "as", "once",
  ]

  /// Units after a number that make it a span of time ("in 3 months").
  static let measureUnits: Set<String> = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
  ]

  /// Words before a number and a unit that make them a span of time.
  static let measureLeads: Set<String> = [
    "in", "within", "next", "over", "than", "another", "of", "first", "last", "past",
  ]

  /// Little words a goal typed in title case capitalises, which are no names.
  static let nameLittleWords: Set<String> = [
    "by", "before", "than", "per", "over", "under", "least", "most",
  ]

  /// Words that end the action, where a deadline starts.
  static let actionStops: Set<String> = [
    "by", "before", "until", "within", "this", "next", "in", "on",
  ]
}
