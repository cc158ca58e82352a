/// The type of a question's answer, as named by a script's `type:` key.
public enum AnswerType: String, CaseIterable, Sendable, Codable {
  case text, long, integer, number, money, percent, scale, choice, multi, yesno, date, list
  // What each type does (its hint, completions, parsing, say-back, display)
  // is in AnswerType+Behaviour.swift.
}
