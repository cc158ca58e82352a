/// The type of a question's answer, as named by a script's `type:` key.
public enum AnswerType: String, CaseIterable, Sendable, Codable {
  case text, long, integer, number, money, percent, scale, choice, multi, yesno, date, list

  /// Whether the typed value is a number in the plan's `answers`.
  public var isNumeric: Bool {
    switch self {
    case .integer, .number, .money, .percent, .scale: return true
    default: return false
    }
  }
}
