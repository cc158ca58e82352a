/// The value of an expression, or of a step id inside one.
///
/// `missing` stands for an answer that was skipped or never asked (and for
/// arithmetic that has no answer, such as a division by zero), so that a
/// comparison with it is false rather than an error in the middle of a session.
public enum ExprValue: Hashable, Sendable {
  case number(Double)
  case string(String)
  case bool(Bool)
  /// A `multi` or `list` answer.
  case list([String])
  case missing
}

extension ExprValue {
  /// The value an answer has in expressions. A date becomes its ISO text
  /// ("2027-03-31"), so dates order correctly as strings:
  /// `deadline < "2027-01-01"`.
  public init(_ answer: AnswerValue) {
    switch answer {
    case .text(let text): self = .string(text)
    case .number(let number): self = .number(number)
    case .bool(let bool): self = .bool(bool)
    case .date(let day): self = .string(day.iso)
    case .list(let items): self = .list(items)
    }
  }
}
