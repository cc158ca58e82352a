import Testing

@testable import CoachCore

/// A `when:` that compares a group's `count(…)` with a number is decided
/// by the walk from the rounds alone (`RoundsComparison`): it must say
/// what a general evaluation says, for every comparison, either way round,
/// and for any number of rounds.
@Suite struct RoundsComparisonTests {
  /// A group with a number of rounds, and nothing else.
  private struct Rounds: ExpressionEnvironment {
    var rounds: Int

    func value(of identifier: String) -> ExprValue { .missing }
    func rounds(of identifier: String) -> Int? { identifier == "goal" ? rounds : nil }
  }

  private static func parse(_ text: String) -> ScriptExpression? {
    try? ExpressionParser.parse(text).get()
  }

  static let comparisons = ["==", "!=", "<", "<=", ">", ">="].flatMap { op in
    ["0", "1", "2", "99", "2.5", "0.5"].flatMap { n in
      ["count(goal) \(op) \(n)", "\(n) \(op) count(goal)"]
    }
  }

  @Test(arguments: comparisons)
  func holdsWhenTheGeneralEvaluationIsTrue(_ text: String) throws {
    let expression = try #require(Self.parse(text))
    let comparison = try #require(RoundsComparison(expression), "\(text)")
    #expect(comparison.identifier == "goal")
    for rounds in 0...101 {
      #expect(
        comparison.holds(rounds: rounds) == expression.isTrue(in: Rounds(rounds: rounds)),
        "\(text) with \(rounds) rounds")
    }
  }

  /// Anything else goes to the general evaluation.
  @Test(arguments: [
    "count(goal) in 3", "count(goal) + 1 > 2", "count(goal) > years",
    "max(goal) > 1", "answered(goal)", "count(goal) > 1 and years > 2", "not count(goal) > 1",
    "count(goal) > -1", "years > 1",
  ])
  func recognisesOnlyACountAgainstANumber(_ text: String) throws {
    let expression = try #require(Self.parse(text))
    #expect(RoundsComparison(expression) == nil, "\(text)")
  }
}
