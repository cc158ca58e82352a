/// A next action with its due day.
public struct Action: Codable, Hashable, Sendable {
  public var title: String
  public var due: CalendarDay?
  /// What it serves ("Goal 1: Get the AWS certification").
  public var context: String?
  public var source: String

  public init(title: String, due: CalendarDay?, context: String? = nil, source: String) {
    self.title = title
    self.due = due
    self.context = context
    self.source = source
  }
}

/// A question that was skipped or not reached.
public struct OpenQuestion: Codable, Hashable, Sendable {
  public var key: String
  public var question: String

  public init(key: String, question: String) {
    self.key = key
    self.question = question
  }
}

/// An answer of a custom script that names no place in the plan.
public struct Note: Codable, Hashable, Sendable {
  public var key: String
  public var script: String
  public var question: String
  public var answer: String
  /// Set for `date` answers, so exporters can list them as commitments.
  public var due: CalendarDay?

  public init(key: String, script: String, question: String, answer: String, due: CalendarDay?) {
    self.key = key
    self.script = script
    self.question = question
    self.answer = answer
    self.due = due
  }
}
