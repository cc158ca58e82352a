/// Parses a deadline phrase such as "end of Q3 2027" or "in six weeks" into a
/// calendar day.
///
/// Relative phrases count from `today`, the day the answer was given, so a
/// replay gives the same day however much later it runs. Every rule is
/// written down in `docs/deadlines.md`.
public enum DeadlineParser {
  /// The day a deadline phrase names.
  ///
  /// - Parameters:
  ///   - phrase: What the person typed.
  ///   - today: The day of the answer.
  /// - Returns: The day, which may be in the past (the caller refuses
  ///   those), or `nil` when the phrase names no day.
  public static func parse(_ phrase: String, today: CalendarDay) -> CalendarDay? {
    // A phrase with more around the deadline ("ASAP, but no later than
    // March") is searched like a sentence.
    let tokens = DeadlineLexer.tokens(phrase)
    if let match = resolve(tokens[...], today: today) { return match.day }
    return search(tokens, today: today, afterLead: true)?.day
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
    search(DeadlineLexer.tokens(sentence), today: today, afterLead: false)
  }

  /// The first deadline in the words; with `afterLead`, only one that
  /// follows a word such as "by" ("ASAP, but no later than March").
  static func search(_ tokens: [DeadlineToken], today: CalendarDay, afterLead: Bool) -> (
    day: CalendarDay, phrase: String
  )? {
    // "every week", "each quarter", "twice a month" repeat; they are no deadline.
    let repeating: Set<String> = ["every", "each", "per", "a", "an", "1", "one"]
    for i in tokens.indices where i == 0 || !repeating.contains(tokens[i - 1].text) {
      for j in stride(from: min(tokens.count, i + 9), to: i, by: -1) {
        if let match = resolve(tokens[i..<j], today: today), match.strong,
          match.afterLead || !afterLead
        {
          return (match.day, tokens[i..<j].map(\.text).joined(separator: " "))
        }
      }
    }
    return nil
  }

  /// A day found, whether the words are a deadline on their own, and
  /// whether they began with a word such as "by".
  struct Match {
    var day: CalendarDay
    var strong: Bool
    var afterLead = false
  }

  static let leads: [[String]] = [
    ["no", "later", "than"], ["not", "later", "than"], ["up", "to"], ["some", "time"],
    ["by"], ["before"], ["until"], ["till"], ["til"], ["on"], ["in"], ["within"], ["during"],
    ["over"], ["for"], ["at"], ["around"], ["about"], ["approximately"], ["approx"],
    ["roughly"], ["sometime"], ["circa"], ["hopefully"], ["ideally"], ["deadline"], ["due"],
    ["target"], ["just"], ["another"], ["latest"], ["maybe"], ["probably"], ["aim"],
    ["give", "myself"], ["give", "me"], ["give", "it"], ["allow", "myself"], ["allow"],
  ]

  static let trails: [[String]] = [
    ["at", "latest"], ["at", "most"], ["or", "sooner"], ["or", "earlier"], ["or", "before"],
    ["or", "so"], ["latest"], ["ish"], ["max"], ["tops"], ["please"], ["hopefully"],
    ["ideally"], ["or", "less"],
  ]

  /// Words that change nothing wherever they stand.
  static let ignored: Set<String> = ["coming", "upcoming", "very", "more", "approximately"]

  static func resolve(_ input: ArraySlice<DeadlineToken>, today: CalendarDay) -> Match? {
    var t = Array(input.filter { !ignored.contains($0.text) })
    var anchored = false
    var within = false
    var changed = true
    while changed, !t.isEmpty {
      changed = false
      for lead in leads where t.count > lead.count && t.prefix(lead.count).map(\.text) == lead {
        if ["within", "in", "over", "during", "for", "give", "allow"].contains(lead[0]) {
          within = true
        }
        t.removeFirst(lead.count)
        anchored = true
        changed = true
        break
      }
      for trail in trails where t.count > trail.count && t.suffix(trail.count).map(\.text) == trail
      {
        t.removeLast(trail.count)
        changed = true
        break
      }
    }
    guard !t.isEmpty else { return nil }
    // "One day" on its own means someday; "in one day" is tomorrow.
    if !anchored, t.map(\.text) == ["one", "day"] { return nil }
    if let m = DeadlineRules(today: today).match(t, within: within) {
      return Match(day: m.day, strong: m.strong || anchored, afterLead: anchored)
    }
    return nil
  }
}
