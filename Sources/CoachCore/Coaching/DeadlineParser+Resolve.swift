extension DeadlineParser {
  /// The leads by their first word, in the order of `leads`: only those
  /// can strip the words' first word, and the first to fit wins.
  static let leadsByFirst = Dictionary(grouping: leads, by: { $0[0] })

  /// The trails by their last word, in the order of `trails`.
  static let trailsByLast = Dictionary(grouping: trails, by: { $0[$0.count - 1] })

  /// First words of the leads that make a duration count from today.
  static let withinLeads: Set<String> = ["within", "in", "over", "during", "for", "give", "allow"]

  /// The day the words name after their leading and trailing words.
  ///
  /// `search` calls this for every window of words it tries, so it looks
  /// up only the leads that begin with the first word and the trails that
  /// end with the last. `plain` tries every lead and trail in turn, as the
  /// rules were first written: the same first fit, kept for tests to check
  /// the look-up against.
  static func resolve(
    _ input: ArraySlice<DeadlineToken>, today: CalendarDay,
    options: DeadlineOptions = DeadlineOptions(), plain: Bool = false
  ) -> Match? {
    var t: [DeadlineToken] = []
    t.reserveCapacity(input.count)
    for token in input where !ignored.contains(token.text) { t.append(token) }
    // "2 or so weeks": "or so" anywhere changes nothing.
    if let k = t.indices.dropLast().first(where: { t[$0].text == "or" && t[$0 + 1].text == "so" }),
      k + 2 < t.count
    {
      t.removeSubrange(k...(k + 1))
    }
    var anchored = false
    var within = false
    var changed = true
    while changed, !t.isEmpty {
      changed = false
      for lead in plain ? leads : leadsByFirst[t[0].text] ?? []
      where t.count > lead.count && t.starts(with: lead, by: { $0.text == $1 }) {
        if withinLeads.contains(lead[0]) { within = true }
        t.removeFirst(lead.count)
        anchored = true
        changed = true
        break
      }
      for trail in plain ? trails : trailsByLast[t[t.count - 1].text] ?? []
      where t.count > trail.count
        && t.suffix(trail.count).elementsEqual(trail, by: { $0.text == $1 })
      {
        t.removeLast(trail.count)
        changed = true
        break
      }
    }
    guard !t.isEmpty else { return nil }
    // "One day" on its own means someday; "in one day" is tomorrow.
    if !anchored, t.count == 2, t[0].text == "one", t[1].text == "day" { return nil }
    if var m = DeadlineRules(today: today, options: options).match(t, within: within) {
      m.strong = m.strong || anchored
      m.afterLead = anchored
      return m
    }
    return nil
  }
}

extension DeadlineParser {
  /// Every word the rules compare a token's text with: the tables of
  /// `DeadlineParser`, `DeadlineRules`, `DeadlineDuration` and
  /// `DeadlineVocabulary`, and the words the rules spell out in their code
  /// (`DeadlineSearchPropertyTests` checks each of those is here).
  ///
  /// Every rule reads each of its words by its text against these, or by
  /// its number, ordinal or date (`DeadlineVocabulary.isDateish`), or as a
  /// fiscal year, quarter or half (`mayBeRead`); a window of words holding any other word names
  /// no day, so `search` does not try it.
  static let ruleWords: Set<String> = {
    var words = Set(leads.joined()).union(trails.joined()).union(ignored).union(hedges)
    words.formUnion(DeadlineRules.abbreviations.keys)
    words.formUnion(DeadlineRules.abbreviations.values.joined())
    words.formUnion(DeadlineRules.modifiers.flatMap(\.0))
    words.formUnion(DeadlineRules.endsOfDay.joined())
    words.formUnion(DeadlineRules.relativeDayWords)
    words.formUnion(DeadlineRules.relativePeriodWords)
    words.formUnion(DeadlineRules.rangeSeparators)
    words.formUnion(DeadlineRules.timesOfDay)
    words.formUnion(DeadlineRules.durationSuffixes.joined())
    words.formUnion(DeadlineRules.weekSpans.keys)
    words.formUnion(DeadlineDuration.units.keys)
    words.formUnion(DeadlineVocabulary.months.keys)
    words.formUnion(DeadlineVocabulary.weekdays.keys)
    words.formUnion(DeadlineVocabulary.seasons.keys)
    words.formUnion(DeadlineVocabulary.holidays.keys.joined())
    words.formUnion(spelledInRules)
    return words
  }()

  /// The words the rules spell out in their code rather than in a table.
  static let spelledInRules: Set<String> = [
    "1/2", "academic", "after", "again", "and", "around", "at", "back", "before", "between",
    "business", "by", "current", "day", "days", "end", "every", "fiscal", "final", "first",
    "fortnight", "from", "goes", "half", "in", "last", "month", "next", "on", "one", "or",
    "past", "plus", "quarter", "school", "schoolyear", "so", "starts", "thing", "this", "time",
    "to", "today", "tomorrow", "week", "work", "working", "year",
  ]

  /// Whether a rule may read `token`: see `ruleWords`. A fiscal year
  /// ("fy27") and a numbered quarter or half ("q03", which `numbered`
  /// reads as Q3) are read by their letters and number.
  static func mayBeRead(_ token: DeadlineToken) -> Bool {
    let w = token.text
    if ruleWords.contains(w) || DeadlineVocabulary.isDateish(token) || w.hasPrefix("fy") {
      return true
    }
    return (w.hasPrefix("q") || w.hasPrefix("h")) && Int(w.dropFirst()) != nil
  }
}
