/// Checks of values that need more than their own key: options that reach
/// the terminal and defaults that must be answers to their question.
extension ScriptParser {
  /// The most rounds a group may have: every answer rebuilds them all.
  static let maxRounds = 100

  /// 2000-01-01: a day long before any session, so that any phrase of a
  /// future day reads.
  static let checkDay = CalendarDay(dayNumber: 10_957)

  /// The options of a choice, without control characters (they reach the
  /// terminal through Tab completion); an option left empty is an error.
  mutating func options(_ node: YAMLNode) -> [String] {
    guard case .sequence(let items, _) = node else {
      error(node.position, "'options' must be a list, like [early, mid, senior]")
      return []
    }
    var options: [String] = []
    for item in items {
      guard let raw = text(item, key: "options") else { continue }
      let option = Sanitizer.cleanLine(raw).trimmingSpaces
      if option.isEmpty {
        error(item.position, "an option is empty")
      } else {
        options.append(option)
      }
    }
    return options
  }

  /// Reports a `default` that the question would refuse as an answer. A date
  /// default must be a phrase the deadline parser reads and must not be a
  /// fixed day, which would one day be in the past.
  mutating func checkDefault(_ answer: String, of q: Question, at node: YAMLNode) {
    if q.type == .date {
      let early = Self.checkDay
      let late = early.adding(months: DeadlineParser.horizonMonths)
      guard let first = DeadlineParser.parse(answer, today: early) else {
        let why = DeadlineParser.explainFailure(answer, today: early)
        error(node.position, "default '\(answer)' is not a valid answer: \(why)")
        return
      }
      if DeadlineParser.parse(answer, today: late) == first {
        let advice = "give a relative one, like 'in three months'"
        error(node.position, "default '\(answer)' is a fixed day that will pass; \(advice)")
      }
      return
    }
    if case .failure(let rejection) = AnswerParser.parse(answer, for: q, today: Self.checkDay) {
      error(node.position, "default '\(answer)' is not a valid answer: \(rejection.message)")
    }
  }
}
