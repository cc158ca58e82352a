import CoachCore
import Testing

/// The session as a state machine, driven with plain values.
@Suite struct SessionMachineTests {
  static let checkin = """
    id: checkin
    title: Quick check-in
    steps:
      - say: "Hello! Let's take five minutes."
      - id: name
        ask: "What should I call you?"
        type: text
      - id: years
        ask: "How many years have you worked, {name}?"
        type: integer
        min: 0
        max: 60
        why: "Experience shapes which next steps make sense."
      - id: stage
        ask: "Which stage are you at?"
        type: choice
        options: [early, mid, senior]
      - id: mentor
        ask: "Who could mentor you?"
        type: text
        when: stage == "early" and years < 5
      - id: next_step
        ask: "By when do you want to take your next step?"
        type: date
      - id: ok
        ask: "Happy with that?"
        type: yesno
        required: true
    """

  static let now = Moment(seconds: 1_795_597_200)  // 2026-11-25T09:00:00Z

  static func engine(_ texts: [String] = [checkin], roots: [String] = ["checkin"]) -> SessionMachine
  {
    let scripts = texts.compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    return SessionMachine(catalog: ScriptCatalog(scripts), roots: roots)
  }

  /// The texts of the `.ask` and `.reject` effects, in order.
  static func spoken(_ effects: [SessionEffect]) -> [String] {
    effects.compactMap {
      switch $0 {
      case .say(let s): return "say: \(s)"
      case .ask(let p): return "ask: \(p.text) [\(p.progress)]"
      case .reject(let s): return "reject: \(s)"
      case .finished: return "finished"
      default: return nil
      }
    }
  }

  @Test func runsInOrderWithInterpolationAndProgress() {
    var e = Self.engine()
    #expect(
      Self.spoken(e.start(at: Self.now)) == [
        "say: Hello! Let's take five minutes.", "ask: What should I call you? [checkin 1/5]",
      ])
    #expect(
      Self.spoken(e.handle(line: "Zoë", at: Self.now)) == [
        "ask: How many years have you worked, Zoë? [checkin 2/5]"
      ])
  }

  @Test func invalidAnswerIsExplainedAndAskedAgain() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "Ada", at: Self.now)
    #expect(
      Self.spoken(e.handle(line: "seventy", at: Self.now)) == [
        "reject: Please enter a whole number from 0 to 60."
      ])
    #expect(
      Self.spoken(e.handle(line: "61", at: Self.now)) == [
        "reject: Please enter a whole number from 0 to 60."
      ])
    #expect(e.current?.key == "checkin.years")
  }

  @Test func whenDecidesWhetherAQuestionIsAsked() {
    var early = Self.engine()
    _ = early.start(at: Self.now)
    for line in ["Ada", "3"] { _ = early.handle(line: line, at: Self.now) }
    #expect(
      Self.spoken(early.handle(line: "1", at: Self.now)) == [
        "ask: Who could mentor you? [checkin 4/6]"
      ])
    var senior = Self.engine()
    _ = senior.start(at: Self.now)
    for line in ["Ada", "30"] { _ = senior.handle(line: line, at: Self.now) }
    #expect(
      senior.handle(line: "senior", at: Self.now).contains {
        if case .ask(let p) = $0 { p.key == "checkin.next_step" } else { false }
      })
  }

  @Test func skipLeavesAnOpenQuestionButRequiredRefuses() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "/skip", at: Self.now)
    #expect(e.current?.key == "checkin.years")
    for line in ["3", "mid", "in six weeks"] { _ = e.handle(line: line, at: Self.now) }
    #expect(
      Self.spoken(e.handle(line: "/skip", at: Self.now)) == [
        "reject: This one is needed to go on; please answer it."
      ])
    let plan = e.plan()
    // Only the skipped question is open; the one not reached yet is not.
    #expect(plan.openQuestions.map(\.key) == ["checkin.name"])
    #expect(
      plan.answers["checkin.next_step"]?.value == .date(CalendarDay(year: 2027, month: 1, day: 6)!))
  }

  @Test func backRevisesOnlyWhatDependsOnTheAnswer() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    for line in ["Ada", "3", "early", "Grace"] { _ = e.handle(line: line, at: Self.now) }
    #expect(e.current?.key == "checkin.next_step")
    // Revising the mentor keeps the rest.
    _ = e.handle(line: "/back", at: Self.now)
    #expect(e.current?.key == "checkin.mentor")
    _ = e.handle(line: "Linus", at: Self.now)
    #expect(e.current?.key == "checkin.next_step")
    // Revising the name asks again only the question that quotes it.
    let revisedName = TranscriptEvent.revised(key: "checkin.name", at: Self.now)
    e.apply(revisedName)
    #expect(e.state.answers["checkin.years"] == nil)
    #expect(e.state.answers["checkin.stage"] != nil)
    #expect(e.state.answers["checkin.mentor"] == nil)
  }

  @Test func unknownCommandSuggests() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    #expect(
      Self.spoken(e.handle(line: "/hepl", at: Self.now)) == [
        "reject: Unknown command '/hepl'. Did you mean '/help'?"
      ])
  }

  @Test func doubleSlashStartsAnAnswerWithASlash() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "//slash", at: Self.now)
    #expect(e.state.answers["checkin.name"]?.text == "/slash")
  }

  @Test func controlCharactersNeverReachAnAnswer() {
    var e = Self.engine()
    _ = e.start(at: Self.now)
    _ = e.handle(line: "Ada\u{1B}[31m\u{202E}x\u{7}", at: Self.now)
    #expect(e.state.answers["checkin.name"]?.text == "Ada[31mx")
  }

  @Test func replayingTheEventsGivesTheSameState() {
    var e = Self.engine()
    var events: [TranscriptEvent] = []
    func feed(_ line: String) {
      for case .record(let event) in e.handle(line: line, at: Self.now) { events.append(event) }
    }
    _ = e.start(at: Self.now)
    for line in ["Ada", "3", "early", "/back", "Grace", "/skip", "yes"] { feed(line) }
    var replay = Self.engine()
    for event in events { replay.apply(event) }
    #expect(replay.state.answers == e.state.answers)
    let live = e.plan()
    let again = replay.plan()
    #expect(live == again)
  }

  static let groups = """
    id: goals
    title: Goals
    steps:
      - group: goal
        max: 3
        more: "Another goal?"
        steps:
          - id: title
            ask: "Goal {round}: what is it?"
            plan: goal.title
          - id: due
            ask: "By when will you reach '{title}'?"
            type: date
            plan: goal.deadline
      - id: total
        compute: count(goal) * 10
      - say: "That makes {total} points."
    """

  @Test func groupsRepeatUntilNoAndComputeSeesThem() {
    var e = Self.engine([Self.groups], roots: ["goals"])
    _ = e.start(at: Self.now)
    #expect(e.current?.text == "Goal 1: what is it?")
    _ = e.handle(line: "Ship the app", at: Self.now)
    #expect(e.current?.text == "By when will you reach 'Ship the app'?")
    _ = e.handle(line: "in 3 months", at: Self.now)
    #expect(e.current?.key == "goals.goal#1")
    _ = e.handle(line: "yes", at: Self.now)
    #expect(e.current?.key == "goals.title#2")
    _ = e.handle(line: "Write a book", at: Self.now)
    _ = e.handle(line: "2027-12-31", at: Self.now)
    let last = Self.spoken(e.handle(line: "no", at: Self.now))
    #expect(
      last == [
        "say: That makes 20 points.",
        "say: Here is what you leave with:\nGoal 1: Ship the app — by Thursday 25 February 2027."
          + "\nGoal 2: Write a book — by Friday 31 December 2027.",
        "finished",
      ])
    let plan = e.plan()
    #expect(plan.goals.map(\.title) == ["Ship the app", "Write a book"])
    #expect(
      plan.goals.map(\.deadline) == [
        CalendarDay(year: 2027, month: 2, day: 25), CalendarDay(year: 2027, month: 12, day: 31),
      ])
    #expect(plan.answers["goals.title#2"]?.text == "Write a book")
    #expect(plan.computed["goals.total"] == 20)
  }

  static let smartGoals = """
    id: g
    title: SMART
    steps:
      - group: goal
        max: 2
        more: "Another?"
        steps:
          - id: title
            ask: "Your goal?"
            check: smart
            plan: goal.title
          - id: due
            ask: "By when?"
            type: date
            plan: goal.deadline
    """

  @Test func smartFollowUpsAskOnlyForWhatTheGoalLacks() {
    var e = Self.engine([Self.smartGoals], roots: ["g"])
    _ = e.start(at: Self.now)
    // Vague: no action, no measure, no deadline. The script asks the
    // deadline itself, so only 'specific' and 'measurable' are followed up.
    _ = e.handle(line: "get better at leadership", at: Self.now)
    #expect(e.current?.key == "g.title:specific#1")
    _ = e.handle(line: "Lead the Q1 migration project", at: Self.now)
    #expect(e.current?.key == "g.title:measurable#1")
    _ = e.handle(line: "Ship it with zero downtime", at: Self.now)
    #expect(e.current?.key == "g.due#1")
    _ = e.handle(line: "by March 2027", at: Self.now)
    _ = e.handle(line: "yes", at: Self.now)
    // Sharp: the deadline question is passed over.
    _ = e.handle(line: "Pass the AWS Solutions Architect exam by June 2027", at: Self.now)
    #expect(e.isFinished)
    let plan = e.plan()
    #expect(plan.goals.count == 2)
    #expect(plan.goals[0].specific == "Lead the Q1 migration project")
    #expect(plan.goals[0].deadline == CalendarDay(year: 2027, month: 3, day: 31))
    #expect(plan.goals[1].deadline == CalendarDay(year: 2027, month: 6, day: 30))
    #expect(plan.goals[1].smart?.timeBound == true)
    #expect(plan.answers["g.title#1"]?.smart?.specific == true)
    #expect(plan.answers["g.title#2"]?.smart?.measurable == true)
  }
}
