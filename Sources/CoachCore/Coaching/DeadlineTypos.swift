/// Short forms and typos in deadline words (`docs/deadlines.md`).
extension DeadlineVocabulary {
  /// Whole words people type for another: "b4", "b/4" and "bfr" are
  /// "before".
  static let shortForms: [String: String] = [
    "b4": "before", "b/4": "before", "bfr": "before", "bef": "before", "befor": "before",
    "bfore": "before", "til": "until", "untill": "until", "nxt": "next", "wk": "week",
    "wks": "weeks", "mnth": "month", "mnths": "months", "mths": "months", "yrs": "years",
    "tmrw": "tomorrow", "tmw": "tomorrow", "2mrw": "tomorrow", "2moro": "tomorrow",
    "2morrow": "tomorrow", "w/e": "weekend", "thru": "through", "thx": "", "pls": "", "plz": "",
  ]

  /// Words that can carry a day: numbers, dates, names of months,
  /// weekdays, seasons and holidays, units, short forms and a few more.
  static let dateWords: Set<String> = {
    var words = Set(months.keys).union(weekdays.keys).union(seasons.keys)
    words.formUnion(holidays.keys.flatMap { $0 })
    words.formUnion(DeadlineDuration.units.keys)
    words.formUnion(DeadlineRules.abbreviations.keys)
    words.formUnion([
      "today", "tonight", "tomorrow", "yesterday", "week", "weekend", "month", "year", "quarter",
      "half", "decade", "fortnight", "school", "academic", "holidays", "schoolyear", "day",
    ])
    return words
  }()

  static func isDateish(_ t: DeadlineToken) -> Bool {
    t.amount != nil || t.ordinal != nil || t.isNumericDate || t.text.holds(byte: UInt8(ascii: ":"))
      || dateWords.contains(t.text) || isDateWord(t.text)
  }

  /// A month, weekday, season, quarter or half: "feb", "friday", "q3", "h1".
  static func isDateWord(_ w: String) -> Bool {
    if months[w] != nil || weekdays[w] != nil || seasons[w] != nil { return true }
    guard w.count == 2, let n = Int(w.dropFirst()) else { return false }
    return (w.first == "q" && (1...4).contains(n)) || (w.first == "h" && (1...2).contains(n))
  }

  /// The closed vocabulary a typo is corrected to: the full names of
  /// months and weekdays, holiday words, number words, units and a few
  /// words of periods. Words under five letters are never corrected.
  static let closedWords = EditDistance.Vocabulary(closedWordList)

  static let closedWordList: [String] = {
    var words = Set(months.keys).union(weekdays.keys).union(holidayWords)
    words.formUnion(NumberWords.units.keys)
    words.formUnion(NumberWords.tens.keys)
    words.formUnion(NumberWords.ordinals.keys)
    words.formUnion([
      "weeks", "months", "years", "fortnight", "fortnights", "quarter", "quarters", "decade",
      "tomorrow", "weekend", "beginning", "middle", "academic", "school", "latest", "within",
      "before", "until", "around", "sometime", "hopefully", "business", "working", "couple",
    ])
    return words.filter { $0.count >= 5 }.sorted()
  }()

  /// Common words one edit from a closed word ("there" and "three").
  static let notTypos: Set<String> = [
    "there", "where", "other", "whether", "rather", "month", "mouth", "score", "winner",
    "couples", "coupled", "middles", "tender", "sixer",
  ]

  /// The word as meant: a short form's expansion, or the closed word a
  /// typo is within reach of ("febuary", "wensday", "thanksgivng",
  /// "tommorow", "nineth"). A word that is itself a verb ("match", not
  /// "march"), or a closed word with an ending ("mondays", "quarterly"), is
  /// left alone.
  static func corrected(_ w: String) -> String {
    if let s = shortForms[w] { return s }
    guard w.utf8.count >= 5, !closedWords.set.contains(w), !notTypos.contains(w),
      months[w] == nil, weekdays[w] == nil,
      w.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) })
    else { return w }
    let endings = Self.wordEndings
    for suffix in endings where w.hasSuffix(suffix) {
      if closedWords.set.contains(String(w.dropLast(suffix.count))) { return w }
    }
    guard let near = EditDistance.nearest(w, in: closedWords) else { return w }
    if VerbLexicon.lemma(w) != nil { return w }
    return near
  }
}

extension DeadlineVocabulary {
  /// Endings that make a closed word another word, not a typo.
  static let wordEndings: Set<String> = ["s", "es", "ly", "ed", "ing", "er", "ers", "ish"]
}
