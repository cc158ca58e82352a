/// What the coach says back after an answer it had to interpret, so the
/// person sees what it understood before the next question: a day with its
/// weekday, an amount with its period, the option a number or a prefix
/// chose. An answer taken as typed gets no echo; a private one is
/// confirmed without its value.
enum AnswerEcho {
  /// The line to say after `text` was taken as `value`, or `nil`.
  static func line(
    for question: Question, text: String, value: AnswerValue, today: CalendarDay,
    readings: DeadlineOptions
  ) -> String? {
    if question.isPrivate { return "Noted; it stays private (not shown or kept in history)." }
    let typed = text.trimmingSpaces
    switch (question.type, value) {
    case (.date, .date(let day)):
      let reading = DeadlineParser.read(typed, today: today, options: readings)
      let said = reading?.day == day ? reading?.sayBack : nil
      return "Got it: \(said ?? day.inWords)."
    case (.money, .number(let amount)):
      let currency = MoneyParser.parse(typed)?.currency
      let shown = MoneyFormatter.format(amount, currency: currency)
      let period = question.plan.flatMap { Self.periods[$0] }
      guard shown != typed || period != nil else { return nil }
      return "Got it: \(shown)\(period.map { " \($0)" } ?? "")."
    case (.percent, .number(let rate)):
      let shown = "\(MoneyFormatter.formatNumber(rate))%"
      return shown == typed.replacingSpaces ? nil : "Got it: \(shown)."
    case (.integer, .number(let n)), (.number, .number(let n)):
      let shown = MoneyFormatter.formatNumber(n)
      return shown == typed ? nil : "Got it: \(shown)."
    case (.choice, .text(let option)):
      return option.lowercased() == typed.lowercased() ? nil : "Got it: \(option)."
    case (.multi, .list(let options)):
      let items = AnswerParser.splitItems(typed).map { $0.lowercased() }
      return items == options.map { $0.lowercased() }
        ? nil : "Got it: \(options.joined(separator: ", "))."
    default:
      return nil
    }
  }

  /// What an amount is per, by where it goes in the plan.
  static let periods: [String: String] = [
    "offer.salary": "a year", "offer.bonus": "a year", "offer.health": "a year",
    "offer.hourly": "an hour", "offer.commuteCost": "a day",
  ]
}

extension String {
  /// The text without spaces ("4.5 %" reads as "4.5%").
  fileprivate var replacingSpaces: String { filter { $0 != " " } }
}
