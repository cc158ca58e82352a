/// Parses a deadline phrase such as "end of Q3 2027" or "in six weeks" into a
/// calendar day.
///
/// Relative phrases count from `today`, the day the answer was given, so a
/// replay gives the same day however much later it runs. Every rule is
/// written down in `docs/deadlines.md`.
public enum DeadlineParser {
  /// Readings already made, by phrase, day and options. A reading is a pure
  /// function of them, and a replay reads the same phrases on the same days
  /// again and again, so each is read once per process.
  private static let memo = AnalysisMemo<MemoKey, DeadlineReading?>()

  /// What `find` found, by sentence and day, remembered the same way (the
  /// SMART reading of a goal and its sentence look for one again and again).
  private static let found = AnalysisMemo<MemoKey, Found?>()

  private struct Found: Sendable {
    var day: CalendarDay
    var phrase: String
  }

  private struct MemoKey: Hashable, Sendable {
    var phrase: String
    var day: Int
    var options: DeadlineOptions
  }

  /// How far ahead a deadline may be: 1,200 months (100 years). A date
  /// answer beyond it is refused, and a script's date `default` is checked
  /// to move when today does by this much.
  public static let horizonMonths = 1200

  /// The day a deadline phrase names.
  ///
  /// - Parameters:
  ///   - phrase: What the person typed.
  ///   - today: The day of the answer.
  /// - Returns: The day, which may be in the past (the caller refuses
  ///   those), or `nil` when the phrase names no day.
  public static func parse(_ phrase: String, today: CalendarDay) -> CalendarDay? {
    read(phrase, today: today)?.day
  }

  /// The day a deadline phrase names and how it was read, for saying back
  /// ("Friday 4 December 2026 (the later end of the range)").
  ///
  /// - Parameters:
  ///   - phrase: What the person typed.
  ///   - today: The day of the answer.
  ///   - options: The numeric date order (by the locale) and the school year.
  /// - Returns: The reading, whose day may be in the past, or `nil` when the
  ///   phrase names no day.
  public static func read(
    _ phrase: String, today: CalendarDay, options: DeadlineOptions = DeadlineOptions()
  ) -> DeadlineReading? {
    if let day = isoReading(phrase) { return day }
    let key = MemoKey(phrase: phrase, day: today.dayNumber, options: options)
    return memo.value(key) { readFresh(phrase, today: today, options: options) }
  }

  /// A day written `2027-06-30`, the form most date answers take (a
  /// replay reads hundreds of different ones), read as the lexer and the
  /// rules read it, without them: a numeric date, year first, whatever
  /// the day or the options (a test checks the two agree). Nil for any
  /// other text, or a day that does not exist, which the rules then read.
  static func isoReading(_ phrase: String) -> DeadlineReading? {
    guard phrase.utf8.count == 10 else { return nil }
    var text = phrase
    return text.withUTF8 { bytes -> DeadlineReading? in
      let digits = TranscriptDigits(bytes)
      guard let year = digits.number(0..<4, dash: 4), let month = digits.number(5..<7, dash: 7),
        let day = digits.number(8..<10),
        let named = CalendarDay(year: year, month: month, day: day)
      else { return nil }
      return DeadlineReading(day: named, phrase: phrase, numericOrder: .yearFirst)
    }
  }

  /// `read` without the memo: the lexer and the rules.
  static func readFresh(
    _ phrase: String, today: CalendarDay, options: DeadlineOptions
  ) -> DeadlineReading? {
    let tokens = DeadlineLexer.tokens(phrase)
    if let match = resolve(tokens[...], today: today, options: options) {
      return match.reading(tokens[...])
    }
    // A phrase with more around the deadline ("ASAP, but no later than
    // March", "hopefully when my probation ends in May", "June, I think")
    // is searched like a sentence: first for words after "by" and the
    // like, then for any that name a day on their own, then for a month,
    // year, season or holiday on its own.
    for pass in [SearchPass.afterLead, .strong, .named] {
      if let first = search(tokens, today: today, pass: pass, options: options) {
        let found = withSpanBefore(first, in: tokens, today: today, options: options)
        if let later = laterHedged(after: found, in: tokens, today: today, options: options) {
          return later.match.reading(later.words)
        }
        return found.match.reading(found.words)
      }
    }
    return nil
  }

  /// "a week before Christmas", "2 days after the launch on the 9th": a
  /// span just before a found "before …" or "after …" belongs to it.
  static func withSpanBefore(
    _ found: (match: Match, words: ArraySlice<DeadlineToken>), in tokens: [DeadlineToken],
    today: CalendarDay, options: DeadlineOptions
  ) -> (match: Match, words: ArraySlice<DeadlineToken>) {
    let i = found.words.startIndex
    guard i > 0, let first = found.words.first?.text, first == "before" || first == "after"
    else { return found }
    for start in max(0, i - 3)..<i {
      let words = tokens[start..<found.words.endIndex]
      if let match = resolve(words, today: today, options: options), match.strong {
        return (match, words)
      }
    }
    return found
  }

  /// Words after a first deadline that offer a later one instead: "early
  /// spring, worst case June", "ideally end of Q1 but realistically Q2",
  /// "probably Friday, maybe Monday".
  static let hedges: Set<String> = [
    "but", "worst", "realistically", "maybe", "otherwise", "failing", "or", "possibly",
  ]

  /// The later deadline a hedge right after `found` offers, read as the
  /// later end of a range, and its words; `nil` when there is none or it
  /// is not later.
  static func laterHedged(
    after found: (match: Match, words: ArraySlice<DeadlineToken>), in tokens: [DeadlineToken],
    today: CalendarDay, options: DeadlineOptions, plain: Bool = false
  ) -> (match: Match, words: ArraySlice<DeadlineToken>)? {
    let end = found.words.endIndex
    guard
      let k = tokens[end..<min(tokens.count, end + 3)].firstIndex(where: {
        hedges.contains($0.text)
      })
    else { return nil }
    let rest = Array(tokens[k...])
    for pass in [SearchPass.afterLead, .strong, .named] {
      guard let second = search(rest, today: today, pass: pass, options: options, plain: plain)
      else {
        continue
      }
      guard second.match.day > found.match.day else { return nil }
      var later = second.match
      later.range = true
      return (later, tokens[(k + second.words.startIndex)..<(k + second.words.endIndex)])
    }
    return nil
  }

  /// The one-line text that asks again after `parse` gave `nil` or a past day.
  public static func explainFailure(_ phrase: String, today: CalendarDay) -> String {
    if let day = parse(phrase, today: today), day < today {
      return "\(day.iso) is in the past; please give a future day."
    }
    return "Please give a day in the future, like 'in 6 months' or '2027-06-30'."
  }

  /// Finds a deadline inside a sentence ("Get AWS certified by June 2027").
  ///
  /// Inside a sentence a bare month, year, weekday or duration counts only
  /// after a word such as "by" or "in": "I may be promoted" names no May,
  /// and "2 years of experience" is no deadline.
  ///
  /// - Returns: The first deadline (the longest at the earliest word) and
  ///   the words that named it, or `nil`.
  public static func find(in sentence: String, today: CalendarDay) -> (
    day: CalendarDay, phrase: String
  )? {
    let key = MemoKey(phrase: sentence, day: today.dayNumber, options: DeadlineOptions())
    let known = found.value(key) {
      findFresh(in: sentence, today: today).map { Found(day: $0.day, phrase: $0.phrase) }
    }
    return known.map { ($0.day, $0.phrase) }
  }

  /// `find` without the memo.
  static func findFresh(in sentence: String, today: CalendarDay, plain: Bool = false) -> (
    day: CalendarDay, phrase: String
  )? {
    let tokens = DeadlineLexer.tokens(sentence)
    guard
      let found = search(
        tokens, today: today, pass: .strong, options: DeadlineOptions(), whole: false,
        plain: plain)
    else { return nil }
    // "…, ideally end of Q1 but realistically Q2": the later day, named by
    // every word from the first deadline to it.
    if let later = laterHedged(
      after: found, in: tokens, today: today, options: DeadlineOptions(), plain: plain)
    {
      let words = tokens[found.words.startIndex..<later.words.endIndex]
      return (later.match.day, words.map(\.text).joined(separator: " "))
    }
    return (found.match.day, found.words.map(\.text).joined(separator: " "))
  }

  /// How much a search accepts: only words after a lead such as "by";
  /// words that are a deadline on their own; or also a month, year, season
  /// or holiday standing alone (but not "may", "march" or "sun", which are
  /// words too).
  enum SearchPass { case afterLead, strong, named }

  /// The first deadline in the words: the longest at the earliest word.
  ///
  /// `plain` tries every window with `resolve(plain: true)`, the rules as first
  /// written, so tests can check the faster `resolve` finds the same.
  static func search(
    _ tokens: [DeadlineToken], today: CalendarDay, pass: SearchPass, options: DeadlineOptions,
    whole: Bool = true, plain: Bool = false
  ) -> (match: Match, words: ArraySlice<DeadlineToken>)? {
    // "every week", "each quarter", "twice a month" repeat; they are no deadline.
    let repeating = Self.repeatingWords
    // Only words that hold a date word can name a day; the others are
    // skipped without trying every rule.
    let dated = tokens.map(DeadlineVocabulary.isDateish)
    // A window that holds a word no rule reads names no day (`ruleWords`):
    // the windows from `i` end at the next such word.
    var unread = tokens.count
    var nextUnread = [Int](repeating: tokens.count, count: tokens.count)
    if !plain {
      for k in tokens.indices.reversed() {
        if !mayBeRead(tokens[k]) { unread = k }
        nextUnread[k] = unread
      }
    }
    for i in tokens.indices where i == 0 || !repeating.contains(tokens[i - 1].text) {
      guard dated[i] || starters.contains(tokens[i].text) else { continue }
      guard let first = dated[i...].firstIndex(of: true), first < i + 9 else { continue }
      for j in stride(from: min(tokens.count, i + 9, nextUnread[i]), to: first, by: -1) {
        let words = tokens[i..<j]
        guard let match = resolve(words, today: today, options: options, plain: plain)
        else { continue }
        let accepted: Bool
        switch pass {
        case .afterLead: accepted = match.strong && match.afterLead
        case .strong: accepted = match.strong && (!whole || onlyWordsAround(tokens, i, j))
        case .named:
          accepted =
            (j - i > 1 || isNamed(tokens[i]) || isDayAtTheEnd(tokens, i, j))
            && onlyWordsAround(tokens, i, j)
        }
        if accepted { return (match, tokens[i..<j]) }
      }
    }
    return nil
  }

  /// Whether the words just before and after `i..<j` are no number or
  /// date, which would belong to the deadline: "Feb 29 2027" and "32 June"
  /// name no day, though "Feb 29" and "June" do.
  ///
  /// The words must not continue into a longer period either ("end of the
  /// first week of January" is not "end of the first"; "fall semester" is
  /// no autumn), nor follow "after" or "since" ("after the holidays" is no
  /// deadline).
  static func onlyWordsAround(_ tokens: [DeadlineToken], _ i: Int, _ j: Int) -> Bool {
    let beside = [i - 1, j].filter { tokens.indices.contains($0) }.map { tokens[$0] }
    if beside.contains(where: { t in
      (t.amount != nil && t.text != "a" && t.text != "an") || t.ordinal != nil || t.isNumericDate
    }) {
      return false
    }
    let continues = Self.continuingWords
    if j < tokens.count, continues.contains(tokens[j].text) { return false }
    return i == 0 || !["after", "since", "from"].contains(tokens[i - 1].text)
  }

  /// "we said the 20th": a day of the month that ends the answer, not
  /// after "my" ("my 30th").
  static func isDayAtTheEnd(_ tokens: [DeadlineToken], _ i: Int, _ j: Int) -> Bool {
    guard j == tokens.count, j - i == 1, let n = tokens[i].ordinal, (1...31).contains(n) else {
      return false
    }
    let possessives = Self.possessives
    return i == 0 || !possessives.contains(tokens[i - 1].text)
  }

  /// A month, weekday, season, holiday, year or "tomorrow" standing alone,
  /// but not "may", "march" or "sun", which are words too.
  static func isNamed(_ t: DeadlineToken) -> Bool {
    let w = t.text
    let ambiguous = Self.ambiguousNames
    if ambiguous.contains(w) { return false }
    if t.year != nil { return true }
    if DeadlineVocabulary.months[w] != nil || DeadlineVocabulary.seasons[w] != nil { return true }
    if DeadlineVocabulary.weekdays[w] != nil { return w.count > 3 }
    if DeadlineVocabulary.holidays[[w]] != nil { return true }
    return ["today", "tomorrow", "tonight", "eow", "eom", "eoq", "eoy", "tmrw"].contains(w)
  }

  /// Words other than date words that can begin a deadline: the first
  /// words of the leading words and of the modifiers, and a few more.
  static let starters: Set<String> = {
    var words = Set(leads.map { $0[0] }).union(DeadlineRules.modifiers.map { $0.0[0] })
    words.formUnion(ignored)
    words.formUnion([
      "this", "next", "last", "past", "between", "same", "current", "calendar", "work",
      "business", "end", "mid", "early", "late", "later", "sometime", "first", "final",
    ])
    return words
  }()

  /// A day found, whether the words are a deadline on their own, whether
  /// they began with a word such as "by", and what was assumed.
  struct Match {
    var day: CalendarDay
    var strong: Bool
    var afterLead = false
    var range = false
    var order: NumericDateOrder?
    var ambiguous = false

    func reading(_ words: ArraySlice<DeadlineToken>) -> DeadlineReading {
      DeadlineReading(
        day: day, phrase: words.map(\.text).joined(separator: " "), isRange: range,
        numericOrder: order, numericWasAmbiguous: ambiguous)
    }
  }

  static let leads: [[String]] = [
    ["no", "later", "than"], ["not", "later", "than"], ["up", "to"], ["some", "time"],
    ["by"], ["before"], ["until"], ["till"], ["til"], ["on"], ["in"], ["within"], ["during"],
    ["over"], ["for"], ["at"], ["around"], ["about"], ["approximately"], ["approx"],
    ["roughly"], ["sometime"], ["circa"], ["hopefully"], ["ideally"], ["deadline"], ["due"],
    ["target"], ["just"], ["another"], ["latest"], ["maybe"], ["probably"], ["aim"],
    ["give", "myself"], ["give", "me"], ["give", "it"], ["allow", "myself"], ["allow"],
    // "no more than 3 months" ("more" is ignored), "less than", "inside of".
    ["no", "than"], ["less", "than"], ["inside"], ["no", "later", "then"], ["through"],
  ]

  static let trails: [[String]] = [
    ["at", "latest"], ["at", "most"], ["or", "sooner"], ["or", "earlier"], ["or", "before"],
    ["or", "so"], ["latest"], ["ish"], ["max"], ["tops"], ["please"], ["hopefully"],
    ["ideally"], ["or", "less"],
  ]

  /// Words that change nothing wherever they stand.
  static let ignored: Set<String> = [
    "coming", "upcoming", "very", "more", "approximately", "ish",
  ]
}

extension DeadlineParser {
  /// Words before a period that make it repeat ("every week", "twice a month"): no deadline.
  static let repeatingWords: Set<String> = ["every", "each", "per", "a", "an", "1", "one"]

  /// Words after a deadline's words that would continue them into a longer period.
  static let continuingWords: Set<String> = [
    "week", "weeks", "month", "months", "day", "days", "year", "years", "quarter", "semester",
    "term", "trimester", "break", "vacation", "holidays",
  ]

  /// Words before an ordinal that make it no day ("my 30th").
  static let possessives: Set<String> = ["my", "his", "her", "our", "their", "your"]

  /// Names of months and days that are words too.
  static let ambiguousNames: Set<String> = [
    "may", "march", "mar", "sun", "sat", "wed", "fall", "jan",
  ]
}
