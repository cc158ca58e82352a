/// Reads what a person typed as a value of the question's type, or explains
/// in one line what is wanted.
public enum AnswerParser {
  /// Why an answer was not taken: the one line said before asking again.
  public struct Rejection: Error, Hashable, Sendable {
    public var message: String
  }

  /// Parses `text` for `question`; `today` is the day of the answer, for
  /// relative deadlines, and `options` say how to read a numeric date (by
  /// the session's locale).
  public static func parse(
    _ raw: String, for question: Question, today: CalendarDay,
    options: DeadlineOptions = DeadlineOptions()
  ) -> Result<AnswerValue, Rejection> {
    let text = raw.trimmingSpaces
    if text.isEmpty {
      return .failure(Rejection(message: "Please type an answer, or /skip to leave it open."))
    }
    return question.type.parse(text, for: question, today: today, options: options)
  }

  static func reject(_ message: String) -> Result<AnswerValue, Rejection> {
    .failure(Rejection(message: message))
  }

  /// The largest number an answer may hold: beyond any salary or count a
  /// plan needs, and well inside what exports and JSON represent exactly.
  public static let largestNumber = 1e12

  static func bounded(_ n: Double, _ q: Question, _ what: String) -> Result<AnswerValue, Rejection>
  {
    guard n.isFinite, abs(n) <= largestNumber else {
      return reject("That number is too large; please enter \(what) below 1,000,000,000,000.")
    }
    if let lo = q.min, n < lo { return reject("Please enter \(what)\(rangeText(q)).") }
    if let hi = q.max, n > hi { return reject("Please enter \(what)\(rangeText(q)).") }
    return .success(.number(n))
  }

  static func counted(_ items: [String], _ q: Question) -> Result<AnswerValue, Rejection> {
    if items.isEmpty { return reject("Please give at least one item, separated by commas.") }
    if let lo = q.min, Double(items.count) < lo {
      return reject(
        "Please give at least \(MoneyFormatter.formatNumber(lo)) items, separated by commas.")
    }
    if let hi = q.max, Double(items.count) > hi {
      return reject("Please give at most \(MoneyFormatter.formatNumber(hi)) items.")
    }
    return .success(.list(items))
  }

  static func rangeText(_ q: Question) -> String {
    switch (q.min, q.max) {
    case (let lo?, let hi?):
      return " from \(MoneyFormatter.formatNumber(lo)) to \(MoneyFormatter.formatNumber(hi))"
    case (let lo?, nil): return " of at least \(MoneyFormatter.formatNumber(lo))"
    case (nil, let hi?): return " of at most \(MoneyFormatter.formatNumber(hi))"
    default: return ""
    }
  }

  static func optionList(_ options: [String]) -> String {
    options.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
  }

  /// An option by its number, its exact text (any case), or a unique prefix.
  static func match(_ text: String, in options: [String]) -> String? {
    let t = text.trimmingSpaces.lowercased()
    // An option's own text wins over its position: with options [0, 1, 2],
    // "1" is the option "1".
    if let exact = options.first(where: { $0.lowercased() == t }) { return exact }
    if let n = Int(t), n >= 1, n <= options.count { return options[n - 1] }
    let prefixed = options.filter { $0.lowercased().hasPrefix(t) }
    return prefixed.count == 1 && !t.isEmpty ? prefixed[0] : nil
  }

  /// Items separated by commas, semicolons or newlines, trimmed, empties dropped.
  static func splitItems(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
      .map { String($0).trimmingSpaces }
      .filter { !$0.isEmpty }
  }

  /// How a value reads in a sentence (`{id}` interpolation, the plan).
  public static func display(_ value: AnswerValue, type: AnswerType?) -> String {
    switch value {
    case .text(let s): return s
    case .number(let n): return type?.display(number: n) ?? MoneyFormatter.formatNumber(n)
    case .bool(let b): return b ? "yes" : "no"
    case .date(let d): return d.iso
    case .list(let items): return items.joined(separator: ", ")
    }
  }
}
