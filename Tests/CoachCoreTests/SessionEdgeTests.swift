import CoachCore
import Testing

/// Edge cases a review found: huge numbers, /back after /goto, the order
/// after a jump, numeric options, SMART follow-ups in plan-less scripts.
@Suite struct SessionEdgeTests {
  static let now = SessionMachineTests.now

  static let parts = """
    id: p
    title: Parts
    steps:
      - id: name
        ask: "Name?"
      - id: role
        ask: "Role?"
      - run: q
      - id: review
        ask: "Review when?"
        type: date
    """

  static let other = """
    id: q
    title: Other part
    steps:
      - id: pay
        ask: "Pay?"
        type: money
      - id: pick
        ask: "Pick"
        type: choice
        options: ["0", "1", "2"]
      - id: total
        compute: pay * 1000
        format: money
        say: "That is {total}."
      - id: goal
        ask: "A goal?"
        check: smart
    """

  static func engine() -> SessionMachine {
    SessionMachineTests.engine([parts, other], roots: ["p"])
  }

  @Test func hugeAndNonFiniteNumbersAreRefused() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "/goto q", at: Self.now)
    for line in ["100000000000000000", String(repeating: "9", count: 400), "1e308"] {
      let effects = e.handle(line: line, at: Self.now)
      #expect(effects.contains { if case .reject = $0 { true } else { false } }, "\(line)")
    }
    // The largest amount taken still formats (and computes) without trapping.
    _ = e.handle(line: "999,999,999,999", at: Self.now)
    _ = e.handle(line: "1", at: Self.now)
    #expect(e.state.answers["q.pick"]?.value == .text("1"), "an option's own text wins")
    let plan = e.plan()
    #expect(plan.computed["q.total"] == 999_999_999_999_000)
    #expect(MoneyFormatter.format(1e300).hasPrefix("$"))
  }

  @Test func backAfterGotoAsksTheRevisedQuestion() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "Ada", at: Self.now)
    _ = e.handle(line: "Engineer", at: Self.now)
    #expect(e.current?.key == "q.pay")
    _ = e.handle(line: "/goto q", at: Self.now)
    _ = e.handle(line: "/back", at: Self.now)
    #expect(e.current?.key == "p.role")
  }

  @Test func aJumpAsksWhatItPassedOverBeforeWhatComesAfter() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "/goto q", at: Self.now)
    for line in ["85k", "2", "Ship the app by June 2027"] { _ = e.handle(line: line, at: Self.now) }
    #expect(e.current?.key == "p.name", "the skipped questions come before the review")
    _ = e.handle(line: "Ada", at: Self.now)
    #expect(e.current?.key == "p.role")
    _ = e.handle(line: "Dev", at: Self.now)
    #expect(e.current?.key == "p.review")
  }

  @Test func followUpsOfAPlanlessGoalAreNotAnswersButCountForItsFacets() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    for line in ["Ada", "Dev", "85k", "0", "be happier"] { _ = e.handle(line: line, at: Self.now) }
    #expect(e.current?.key == "q.goal:specific")
    for line in ["meditate daily", "20 sessions a month", "in 3 months"] {
      _ = e.handle(line: line, at: Self.now)
    }
    let plan = e.plan()
    #expect(plan.answers.keys.allSatisfy { !$0.contains(":") })
    #expect(plan.goals.isEmpty, "a follow-up does not make a goal of its own")
    let smart = plan.answers["q.goal"]?.smart
    #expect(smart?.specific == true && smart?.measurable == true && smart?.timeBound == true)
    #expect(plan.notes.contains { $0.key == "q.goal:measurable" })
  }

  @Test func aDeadlineCenturiesAwayIsRefused() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    for line in ["Ada", "Dev", "1", "1", "Ship it"] { _ = e.handle(line: line, at: Self.now) }
    while let key = e.current?.key, key != "p.review" { _ = e.handle(line: "/skip", at: Self.now) }
    let effects = e.handle(line: "in 1200 decades", at: Self.now)
    #expect(
      effects.contains { if case .reject(let m) = $0 { m.contains("100 years") } else { false } })
  }

  /// Two groups of one script that both fill the plan's goals: each round
  /// of each is a goal of its own (they once shared one goal per round
  /// number, the second group's title replacing the first's).
  @Test func twoGoalGroupsOfOneScriptMakeAGoalPerRoundOfEach() {
    let script = """
      id: g
      title: Goals
      steps:
        - group: near
          max: 2
          more: "Another near goal?"
          steps:
            - id: near_title
              ask: "A goal for this year?"
              plan: goal.title
            - id: near_due
              ask: "By when?"
              type: date
              plan: goal.deadline
        - group: far
          max: 2
          more: "Another far goal?"
          steps:
            - id: far_title
              ask: "A goal for later?"
              plan: goal.title
      """
    var e = SessionMachineTests.engine([script], roots: ["g"])
    _ = e.start(at: Self.now)
    let lines = [
      "Pass the AWS exam", "2027-03-01", "yes", "Lead the platform team", "2027-09-01", "no",
      "Start a consultancy", "yes", "Write a book on Swift",
    ]
    for line in lines { _ = e.handle(line: line, at: Self.now) }
    #expect(e.isFinished)
    let goals = e.plan().goals
    #expect(goals.count == 4)
    #expect(
      goals.map(\.source) == ["g.near_title#1", "g.near_title#2", "g.far_title#1", "g.far_title#2"])
    #expect(goals[3].title.contains("Write a book on Swift"), "\(goals[3].title)")
    #expect(goals[0].deadline == CalendarDay(iso: "2027-03-01"))
    #expect(goals[2].deadline == nil, "a far goal has no near goal's deadline")
  }

  /// A goal is said back when its own group's round is done, with its
  /// number: a second group's round of the same number is another round
  /// (the say-back once waited for it, then said the first goal again).
  @Test func eachGroupsGoalIsSaidBackWhenItsRoundIsDone() {
    let script = """
      id: g
      title: Goals
      steps:
        - group: near
          max: 1
          steps:
            - id: near_title
              ask: "A goal for this year?"
              check: smart
              followup: false
              plan: goal.title
            - id: near_due
              ask: "By when?"
              type: date
              plan: goal.deadline
        - group: far
          max: 1
          steps:
            - id: far_title
              ask: "A goal for later?"
              check: smart
              followup: false
              plan: goal.title
      """
    var e = SessionMachineTests.engine([script], roots: ["g"])
    _ = e.start(at: Self.now)
    func said(_ line: String) -> [String] {
      e.handle(line: line, at: Self.now).compactMap {
        if case .say(let text) = $0, text.hasPrefix("Goal ") { text } else { nil }
      }
    }
    #expect(said("Pass the AWS exam").isEmpty)
    let near = said("2027-03-01")
    #expect(near.count == 1 && near[0].hasPrefix("Goal 1,") && near[0].contains("AWS"), "\(near)")
    let far = said("Write a book on Swift by 2028")
    #expect(far.count == 1 && far[0].hasPrefix("Goal 2,") && far[0].contains("book"), "\(far)")
  }

  @Test func onlyRealCommandsCount() {
    #expect(SessionMachine.isCommand("/back"))
    #expect(SessionMachine.isCommand("  /export json x.md"))
    #expect(!SessionMachine.isCommand("//secret-slash"))
    #expect(!SessionMachine.isCommand("/85k"))
  }
}
