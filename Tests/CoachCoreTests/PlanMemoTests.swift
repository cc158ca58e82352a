import Testing

@testable import CoachCore

/// The plan is built once for the same answers and the same day of the
/// last activity: what `plan()` returns is what a build from the state
/// gives, after answers, after a command, and on a later day.
@Suite struct PlanMemoTests {
  static let script = """
    id: goals
    title: Goals
    steps:
      - id: name
        ask: "Name?"
        type: text
        plan: profile.name
      - group: goal
        min: 1
        max: 3
        more: "Another goal?"
        steps:
          - id: title
            ask: "Goal {round}?"
            type: text
            check: smart
            followup: false
            plan: goal.title
    """

  static func built(_ machine: SessionMachine) -> Plan {
    PlanBuilder(machine: machine).build()
  }

  @Test func thePlanIsTheOneTheStateBuilds() {
    let parsed = [Self.script].compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    var machine = SessionMachine(catalog: ScriptCatalog(parsed), roots: ["goals"])
    let now = Moment(seconds: 1_795_597_200)
    _ = machine.start(at: now)
    for line in ["Ada", "Give 3 talks by June 2027", "yes", "Write 2 posts", "no"] {
      #expect(machine.plan() == Self.built(machine), "before \(line)")
      _ = machine.handle(.line(line), at: now)
      #expect(machine.plan() == Self.built(machine), "after \(line)")
      #expect(machine.plan() == Self.built(machine), "again after \(line)")
    }
    #expect(machine.isFinished)
    #expect(machine.plan().goals.count == 2)
    // A command a day later changes no answer, but the day of the last
    // activity (which the plan reads when it has no answer): built anew.
    let later = Moment(seconds: now.seconds + 86_400)
    machine.apply(.command(name: "/plan", at: later))
    #expect(machine.plan() == Self.built(machine))
    #expect(machine.plan().updated == now.day)
  }
}
