/// Everything that differs by question type, in one place.
///
/// A new type is a case in `AnswerType` plus one arm in each switch below:
/// none of them has a `default`, so the compiler lists every arm a new case
/// still needs. Its rows then go in `AnswerTypeBehaviourTests`, and its
/// name in `docs/scripts.md`.
extension AnswerType {
  /// Whether the question takes `options:`: they are listed under it and
  /// offered on Tab, and the script validator knows its values.
  public var takesOptions: Bool {
    switch self {
    case .choice, .multi: return true
    case .text, .long, .integer, .number, .money, .percent, .scale, .yesno, .date, .list:
      return false
    }
  }

  /// Whether `check: smart` applies: the answer is a goal in words.
  public var takesSmartCheck: Bool {
    switch self {
    case .text, .long: return true
    case .integer, .number, .money, .percent, .scale, .choice, .multi, .yesno, .date, .list:
      return false
    }
  }

  /// Whether a `compute:` step may show its value as this type (`format:`).
  public var isComputeFormat: Bool {
    switch self {
    case .number, .integer, .money, .percent: return true
    case .text, .long, .scale, .choice, .multi, .yesno, .date, .list: return false
    }
  }

  /// Whether an answer may hold several lines: on a terminal it is finished
  /// by an empty line, a paste keeps its line breaks, and they are saved.
  public var isMultiLine: Bool {
    switch self {
    case .long: return true
    case .text, .integer, .number, .money, .percent, .scale, .choice, .multi, .yesno, .date,
      .list:
      return false
    }
  }

  /// The note shown under the question, or `nil`.
  public func hint(for q: Question) -> String? {
    switch self {
    case .yesno: return "yes or no"
    case .multi: return "one or more, separated by commas"
    case .list: return "separate items with commas"
    case .date: return "a day or a phrase like 'in 6 months' or 'end of Q3 2027'"
    case .scale:
      let (lo, hi) = q.scaleBounds
      return "\(MoneyFormatter.formatNumber(lo)) to \(MoneyFormatter.formatNumber(hi))"
    case .money:
      return (q.max ?? .infinity) <= 5_000
        ? "an amount, like 24.50" : "an amount, like 85,000 or $85k"
    case .percent: return "a percentage, like 5%"
    case .text, .long, .integer, .number, .choice: return nil
    }
  }

  /// What Tab offers as the answer, besides the commands.
  public func completions(for q: Question) -> [String] {
    switch self {
    case .choice, .multi: return q.options
    case .yesno: return ["yes", "no"]
    case .text, .long, .integer, .number, .money, .percent, .scale, .date, .list: return []
    }
  }

  /// Reads `text` (trimmed, not empty) as an answer to `question`.
  func parse(
    _ text: String, for question: Question, today: CalendarDay, options: DeadlineOptions
  ) -> Result<AnswerValue, AnswerParser.Rejection> {
    typealias P = AnswerParser
    switch self {
    case .text, .long:
      return .success(.text(text))
    case .integer:
      guard let n = NumberParser.parse(text), n == n.rounded() else {
        return P.reject("Please enter a whole number\(P.rangeText(question)).")
      }
      return P.bounded(n, question, "a whole number")
    case .number:
      guard let n = NumberParser.parse(text) else {
        return P.reject("Please enter a number\(P.rangeText(question)).")
      }
      return P.bounded(n, question, "a number")
    case .money:
      guard let m = MoneyParser.parse(text) else {
        return P.reject("Please enter an amount, like 85,000 or $85k\(P.rangeText(question)).")
      }
      return P.bounded(m.amount, question, "an amount")
    case .percent:
      guard let p = PercentParser.parse(text) else {
        return P.reject("Please enter a percentage, like 5% or 2.5\(P.rangeText(question)).")
      }
      return P.bounded(p, question, "a percentage")
    case .scale:
      let (lo, hi) = question.scaleBounds
      guard let n = NumberParser.parse(text), n == n.rounded(), n >= lo, n <= hi else {
        let l = MoneyFormatter.formatNumber(lo)
        let h = MoneyFormatter.formatNumber(hi)
        return P.reject("Please enter a whole number from \(l) to \(h).")
      }
      return .success(.number(n))
    case .choice:
      guard let option = P.match(text, in: question.options) else {
        return P.reject("Please choose one of: \(P.optionList(question.options)).")
      }
      return .success(.text(option))
    case .multi:
      var chosen: [String] = []
      for item in P.splitItems(text) {
        guard let option = P.match(item, in: question.options) else {
          return P.reject(
            "'\(item)' is not an option; choose from: \(P.optionList(question.options)) (separate with commas)."
          )
        }
        if !chosen.contains(option) { chosen.append(option) }
      }
      return P.counted(chosen, question)
    case .list:
      return P.counted(P.splitItems(text), question)
    case .yesno:
      switch text.lowercased() {
      case "y", "yes", "yeah", "yep", "sure", "true", "ok", "oui", "ja", "si", "sí":
        return .success(.bool(true))
      case "n", "no", "nope", "nah", "false", "non", "nein": return .success(.bool(false))
      default: return P.reject("Please answer yes or no.")
      }
    case .date:
      guard let day = DeadlineParser.read(text, today: today, options: options)?.day else {
        return P.reject(DeadlineParser.explainFailure(text, today: today))
      }
      if day < today {
        return P.reject(DeadlineParser.explainFailure(text, today: today))
      }
      if day > today.adding(months: DeadlineParser.horizonMonths) {
        let years = DeadlineParser.horizonMonths / 12
        return P.reject("\(day.iso) is more than \(years) years away; please give a nearer day.")
      }
      return .success(.date(day))
    }
  }

  /// How a number of this type reads in a sentence (`{id}`, the plan).
  func display(number n: Double) -> String {
    switch self {
    case .money: return MoneyFormatter.format(n)
    case .percent: return MoneyFormatter.formatNumber(n) + "%"
    case .text, .long, .integer, .number, .scale, .choice, .multi, .yesno, .date, .list:
      return MoneyFormatter.formatNumber(n)
    }
  }

  /// What is said back after `typed` was taken as `value`, or `nil` when
  /// the answer was taken as typed (see `AnswerEcho`).
  func sayBack(
    _ typed: String, value: AnswerValue, question: Question, today: CalendarDay,
    readings: DeadlineOptions
  ) -> String? {
    switch (self, value) {
    case (.date, .date(let day)):
      let reading = DeadlineParser.read(typed, today: today, options: readings)
      let said = reading?.day == day ? reading?.sayBack : nil
      return "Got it: \(said ?? day.inWords)."
    case (.money, .number(let amount)):
      let currency = MoneyParser.parse(typed)?.currency
      let shown = MoneyFormatter.format(amount, currency: currency)
      let period = question.plan.flatMap { AnswerEcho.periods[$0] }
      guard shown != typed || period != nil else { return nil }
      return "Got it: \(shown)\(period.map { " \($0)" } ?? "")."
    case (.percent, .number(let rate)):
      let shown = "\(MoneyFormatter.formatNumber(rate))%"
      return shown == typed.filter({ $0 != " " }) ? nil : "Got it: \(shown)."
    case (.integer, .number(let n)), (.number, .number(let n)):
      let shown = MoneyFormatter.formatNumber(n)
      return shown == typed ? nil : "Got it: \(shown)."
    case (.choice, .text(let option)):
      return option.lowercased() == typed.lowercased() ? nil : "Got it: \(option)."
    case (.multi, .list(let options)):
      let items = AnswerParser.splitItems(typed).map { $0.lowercased() }
      return items == options.map { $0.lowercased() }
        ? nil : "Got it: \(options.joined(separator: ", "))."
    case (.text, _), (.long, _), (.scale, _), (.yesno, _), (.list, _):
      // Taken as typed: nothing to say back.
      return nil
    case (.date, _), (.money, _), (.percent, _), (.integer, _), (.number, _), (.choice, _),
      (.multi, _):
      // A value the type never parses to (an older transcript).
      return nil
    }
  }
}
