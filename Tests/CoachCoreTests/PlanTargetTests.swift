import CoachCore
import Testing

/// A plan target takes only answers it can hold: `coach check` says so
/// rather than let the answer vanish from the plan.
@Suite struct PlanTargetTests {
  static let cases: [(target: String, type: String, message: String?)] = [
    ("offer.salary", "text", "plan target 'offer.salary' needs a 'money' question, not 'text'"),
    ("offer.salary", "money", nil),
    ("offer.hourly", "number", nil),
    ("offer.match", "yesno", "plan target 'offer.match' needs a 'percent' question, not 'yesno'"),
    ("offer.current", "text", "plan target 'offer.current' needs a 'yesno' question, not 'text'"),
    ("goal.deadline", "text", "plan target 'goal.deadline' needs a 'date' question, not 'text'"),
    (
      "assessment.career", "text",
      "plan target 'assessment.career' needs a 'scale' question, not 'text'"
    ),
    ("offer.pto", "integer", nil),
    ("vision", "integer", "plan target 'vision' needs a 'text' question, not 'integer'"),
    ("goal.achievable", "scale", nil),
    ("none", "money", nil),
  ]

  @Test(arguments: cases.indices)
  func checkRejectsATargetThatCannotHoldTheAnswer(index: Int) {
    let c = Self.cases[index]
    let extra = c.type == "scale" ? "\n    min: 1\n    max: 5" : ""
    let text = """
      id: t
      title: T
      steps:
        - id: q
          ask: "Q?"
          type: \(c.type)\(extra)
          plan: \(c.target)
      """
    let (script, parsed) = ScriptParser.parse(text, file: "t.yaml")
    let found = parsed + ScriptValidator.validate(script.map { [$0] } ?? [])
    let errors = found.filter { $0.severity == .error }.map(\.description)
    if let message = c.message {
      #expect(errors == ["t.yaml:7:11: error: \(message)"])
    } else {
      #expect(errors.isEmpty, "\(errors)")
    }
  }

  @Test func everyTargetAcceptsSomeType() {
    for target in PlanTarget.all {
      #expect(!target.holds.types.isEmpty, "\(target.name)")
    }
    #expect(Set(PlanTarget.all.map(\.name)).count == PlanTarget.all.count)
  }
}
