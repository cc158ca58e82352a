import Testing

@testable import CoachCore

/// One row per question type: what it takes, what it hints, what Tab offers,
/// how an answer is read, shown and said back. A new type fails
/// `everyTypeHasARow` until it has its row here.
@Suite struct AnswerTypeBehaviourTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var type: AnswerType
    var options: [String] = []
    var typed: String
    /// `AnswerParser.display` of the value read.
    var shown: String
    var hint: String?
    var sayBack: String?
    var refused: String
    var testDescription: String { type.rawValue }
  }

  static let rows: [Row] = [
    Row(type: .text, typed: "Ada", shown: "Ada", refused: ""),
    Row(type: .long, typed: "line one\nline two", shown: "line one\nline two", refused: ""),
    Row(
      type: .integer, typed: "twelve", shown: "12", sayBack: "Got it: 12.", refused: "1.5"),
    Row(type: .number, typed: "2.5", shown: "2.5", refused: "many"),
    Row(
      type: .money, typed: "$95k", shown: "$95,000",
      hint: "an amount, like 85,000 or $85k", sayBack: "Got it: $95,000.", refused: "lots"),
    Row(
      type: .percent, typed: "4.5 %", shown: "4.5%", hint: "a percentage, like 5%",
      refused: "half"),
    Row(type: .scale, typed: "4", shown: "4", hint: "1 to 5", refused: "6"),
    Row(
      type: .choice, options: ["early", "mid", "senior"], typed: "se", shown: "senior",
      sayBack: "Got it: senior.", refused: "late"),
    Row(
      type: .multi, options: ["early", "mid", "senior"], typed: "1, se", shown: "early, senior",
      hint: "one or more, separated by commas", sayBack: "Got it: early, senior.",
      refused: "early, late"),
    Row(type: .yesno, typed: "yep", shown: "yes", hint: "yes or no", refused: "perhaps"),
    Row(
      type: .date, typed: "in 6 months", shown: "2027-05-25",
      hint: "a day or a phrase like 'in 6 months' or 'end of Q3 2027'",
      sayBack: "Got it: Tuesday 25 May 2027.", refused: "yesterday"),
    Row(
      type: .list, typed: "a; b, c", shown: "a, b, c", hint: "separate items with commas",
      refused: " , "),
  ]

  static let today = Moment(seconds: 1_795_597_200).day  // Wednesday 2026-11-25

  static func question(_ row: Row) -> Question {
    var q = Question(
      id: "q", prompt: Template(parts: [], source: ""), type: row.type,
      position: TextPosition(line: 1, column: 1))
    q.options = row.options
    return q
  }

  @Test func everyTypeHasARow() {
    #expect(Set(Self.rows.map(\.type)) == Set(AnswerType.allCases))
    #expect(Self.rows.count == AnswerType.allCases.count)
  }

  @Test(arguments: rows)
  func readsShowsAndSaysBack(row: Row) throws {
    let q = Self.question(row)
    let value = try AnswerParser.parse(row.typed, for: q, today: Self.today).get()
    #expect(AnswerParser.display(value, type: row.type) == row.shown)
    #expect(row.type.hint(for: q) == row.hint)
    #expect(
      AnswerEcho.line(
        for: q, text: row.typed, value: value, today: Self.today, readings: DeadlineOptions())
        == row.sayBack)
    if !row.refused.isEmpty {
      #expect(throws: AnswerParser.Rejection.self) {
        try AnswerParser.parse(row.refused, for: q, today: Self.today).get()
      }
    }
  }

  @Test(arguments: AnswerType.allCases)
  func whatEachTypeTakes(type: AnswerType) {
    var q = Question(
      id: "q", prompt: Template(parts: [], source: ""), type: type,
      position: TextPosition(line: 1, column: 1))
    q.options = ["a", "b"]
    #expect(type.takesOptions == [.choice, .multi].contains(type))
    #expect(type.takesSmartCheck == [.text, .long].contains(type))
    #expect(type.isMultiLine == (type == .long))
    #expect(type.isComputeFormat == [.number, .integer, .money, .percent].contains(type))
    let expected: [String] =
      type.takesOptions ? ["a", "b"] : type == .yesno ? ["yes", "no"] : []
    #expect(type.completions(for: q) == expected)
  }
}
