/// A goal put as one SMART sentence: "By 30 Sep 2027, pass the ANCC
/// informatics certification, tracked by practice-exam scores".
///
/// The same sentence titles the goal in the plan and is said back after the
/// goal's questions, with what is still weak.
public enum GoalSentence {
  /// The sentence for `goal` from its parts as answered: the action (the
  /// specific part, or the goal's own words), how it is tracked, and the
  /// deadline. `words` is what the person first typed.
  ///
  /// - Parameters:
  ///   - words: The goal as first typed.
  ///   - specific: The answer that names the action, if one was asked.
  ///   - measure: How progress is tracked, if answered; left out when
  ///     `weakMeasure` (a "not sure" reads badly in a sentence).
  ///   - deadline: The goal's deadline, if it has one.
  ///   - weakMeasure: The measure was accepted while still vague.
  ///   - weakSpecific: The specific answer was accepted while still vague:
  ///     the goal's own words are the action then.
  /// - Returns: One sentence, like "By 30 Sep 2027, pass the exam".
  public static func sentence(
    words: String, specific: String?, measure: String?, deadline: CalendarDay?,
    weakMeasure: Bool = false, weakSpecific: Bool = false
  ) -> String {
    let key = SentenceKey(
      words: words, specific: specific, measure: measure, deadline: deadline,
      weakMeasure: weakMeasure, weakSpecific: weakSpecific)
    return sentences.value(key) {
      sentenceFresh(
        words: words, specific: specific, measure: measure, deadline: deadline,
        weakMeasure: weakMeasure, weakSpecific: weakSpecific)
    }
  }

  /// Everything a sentence depends on: every plan built titles each goal
  /// with one, so each is made once per process.
  private struct SentenceKey: Hashable, Sendable {
    var words: String
    var specific: String?
    var measure: String?
    var deadline: CalendarDay?
    var weakMeasure: Bool
    var weakSpecific: Bool
  }

  private static let sentences = AnalysisMemo<SentenceKey, String>()
  private static let withoutDeadlines = AnalysisMemo<String, String>()

  /// `sentence` without the memo.
  static func sentenceFresh(
    words: String, specific: String?, measure: String?, deadline: CalendarDay?,
    weakMeasure: Bool, weakSpecific: Bool
  ) -> String {
    // A specific answer still vague says less than the goal's own words.
    let source = weakSpecific ? words : specific ?? words
    var action = withoutDeadline(stripped(source)).trimmingSpaces
    while let last = action.last, ".!;,".contains(last) { action.removeLast() }
    if action.isEmpty { action = stripped(words) }
    var parts: [String] = []
    if let deadline {
      parts.append("By \(deadline.short), \(action.lowercasedFirst)")
    } else {
      parts.append(action.uppercasedFirst)
    }
    if let measure = measure?.trimmingSpaces, !measure.isEmpty, !weakMeasure {
      var tracked = measure
      while let last = tracked.last, ".!;,".contains(last) { tracked.removeLast() }
      parts.append(tracking(tracked))
    }
    return parts.joined(separator: ", ")
  }

  /// "tracked by practice-exam scores", or for a result that starts with
  /// an action, "done when you deliver 2 team projects".
  static func tracking(_ measure: String) -> String {
    let words = SmartWords(measure)
    let lowered = measure.lowercasedFirst
    let split = measure.split(separator: " ").map { $0.lowercased() }
    let first = split.first ?? ""
    // "count of errors fixed", "number of hires": a noun, though a verb too.
    let isNoun = split.count > 1 && ["of", "per", "for"].contains(split[1])
    if !isNoun, words.verbIndex == 0, let verb = words.verb, SmartWords.isAction(verb),
      first.allSatisfy(\.isLetter), SmartWords.lemma(first) == verb || first == verb
    {
      return "done when you \(lowered)"
    }
    let starts = ["by ", "through ", "with ", "via ", "using "]
    if starts.contains(where: { lowered.lowercased().hasPrefix($0) }) {
      return "tracked \(lowered)"
    }
    return "tracked by \(lowered)"
  }

  /// What is still weak, for saying: "how you'll track it is still vague".
  public static func weakness(_ facets: SmartFacets?) -> String? {
    guard let facets else { return nil }
    var weak: [String] = []
    if !facets.specific { weak.append("the action is still vague") }
    if !facets.measurable {
      weak.append(
        facets.weak.contains("measurable")
          ? "how you'll track it is still open" : "nothing says how you'll measure it yet")
    }
    if !facets.timeBound { weak.append("it has no deadline yet") }
    if facets.achievable == false { weak.append("your confidence is low") }
    if facets.relevant == false { weak.append("its link to your vision isn't clear yet") }
    guard !weak.isEmpty else { return nil }
    return "Still weak: " + weak.joined(separator: "; ") + "."
  }

  /// The text as typed without an opening that says nothing ("I want
  /// to"): the words `SmartWords` dropped from the front.
  static func stripped(_ text: String) -> String {
    let kept = SmartAnalyzer.keptWordCount(text)
    let all = text.wordsBetweenWhitespace
    guard kept > 0, kept < all.count else { return text.trimmingSpaces }
    return all.suffix(kept).joined(separator: " ")
  }

  /// The text without the deadline phrase it names ("by June 2027"): the
  /// sentence says the deadline first.
  static func withoutDeadline(_ text: String) -> String {
    withoutDeadlines.value(text) { withoutDeadlineFresh(text) }
  }

  /// `withoutDeadline` without the memo.
  static func withoutDeadlineFresh(_ text: String) -> String {
    let chars = Array(text)
    guard let found = DeadlineParser.find(in: text, today: CalendarDay(dayNumber: 0)),
      case let phrase = Array(found.phrase.lowercased()), !phrase.isEmpty,
      chars.count >= phrase.count,
      let start = (0...(chars.count - phrase.count)).first(where: { i in
        (0..<phrase.count).allSatisfy { chars[i + $0].lowercased() == String(phrase[$0]) }
      })
    else { return text }
    var before = String(chars[..<start]).trimmingSpaces
    let after = String(chars[(start + phrase.count)...]).trimmingSpaces
    let leads = ["by", "before", "in", "within", "until", "for", "this", "next", "over"]
    if let last = before.split(separator: " ").last, leads.contains(last.lowercased()) {
      before = String(before.dropLast(last.count)).trimmingSpaces
    }
    let joined = [before, after].filter { !$0.isEmpty }.joined(separator: " ")
    return joined.isEmpty ? text : joined
  }
}

extension CalendarDay {
  /// The day short, for a sentence: `30 Sep 2027`.
  public var short: String {
    String(day) + " " + Self.shortMonthNames[month - 1] + " " + String(year)
  }

  /// The months' names cut to three letters, cut once.
  private static let shortMonthNames = DeadlineReading.monthNames.map { String($0.prefix(3)) }
}

extension String {
  /// The text with its first letter in capitals.
  var uppercasedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
