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
    return question.type.sayBack(
      text.trimmingSpaces, value: value, question: question, today: today, readings: readings)
  }

  /// What an amount is per, by where it goes in the plan.
  static let periods: [String: String] = [
    "offer.salary": "a year", "offer.bonus": "a year", "offer.health": "a year",
    "offer.hourly": "an hour", "offer.commuteCost": "a day",
  ]
}
