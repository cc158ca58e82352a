import CoachCore
import Testing

/// A part the person answered but that is weak reads as weak, not missing:
/// confidence 2 of 5 is "low (2 of 5)  ⚠ weak", and the goal's "Missing:"
/// line does not name it.
@Suite struct GoalPartTests {
  @Test func lowConfidenceIsWeakNotMissing() {
    var plan = Plan()
    var goal = Goal(title: "Pass the PMP exam by June 2027", source: "goals.title#1")
    goal.specific = "Pass the PMP exam"
    goal.measure = "the exam result"
    goal.achievable = "low (2 of 5)"
    goal.smart = SmartFacets(
      specific: true, measurable: true, achievable: false, relevant: nil, timeBound: false)
    plan.goals = [goal]
    let markdown = ExportFormat.markdown.render(plan)
    #expect(markdown.contains("| Achievable | low (2 of 5) | ⚠ weak |"), "\(markdown)")
    #expect(markdown.contains("**Missing:** time-bound."), "\(markdown)")
    #expect(!markdown.contains("achievable, time-bound"))
  }
}
