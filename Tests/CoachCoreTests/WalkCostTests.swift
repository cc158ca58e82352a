import Testing

@testable import CoachCore

/// The walk is resumed from where the session stands, not redone from the
/// start for every answer: a session's cost grows with its answers, not
/// with their square. Counted in walk steps (no clock), so it holds on any
/// machine.
@Suite struct WalkCostTests {
  static let goals = """
    id: goals
    title: Goals
    steps:
      - say: "Many goals."
      - id: name
        ask: "What should I call you?"
        type: text
      - group: goal
        min: 1
        max: 100
        more: "Another goal, {name}?"
        steps:
          - id: title
            ask: "Goal {round}: what do you want to achieve?"
            type: text
            check: smart
            followup: false
            plan: goal.title
          - id: due
            ask: "By when?"
            type: date
      - group: more_goals
        when: count(goal) > 99
        min: 1
        max: 100
        more: "Another goal?"
        steps:
          - id: title2
            ask: "Goal {round}?"
            type: text
      - id: summary
        ask: "Which matters most?"
        type: text
        when: count(goal) > 1
    """

  static let now = Moment(seconds: 1_795_597_200)  // 2026-11-25T09:00:00Z

  static func machine(_ text: String, root: String) -> SessionMachine {
    let scripts = [text].compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    return SessionMachine(catalog: ScriptCatalog(scripts), roots: [root])
  }

  /// The answer a question of the goals script gets.
  static func answer(_ slot: QuestionSlot, goalsLeft: Int) -> String {
    switch slot.role {
    case .more: return goalsLeft > 0 ? "yes" : "no"
    default:
      switch slot.question.type {
      case .date: return "in 6 months"
      default: return "Give \(goalsLeft % 7 + 2) talks about Swift"
      }
    }
  }

  /// Walk steps for a live session of about `answers` answers.
  static func steps(answers: Int) -> (steps: Int, answered: Int) {
    var m = machine(goals, root: "goals")
    _ = m.start(at: now)
    var given = 0
    var goalsLeft = answers / 3
    while let slot = m.current, given < answers {
      if case .more = slot.role { goalsLeft -= 1 }
      _ = m.handle(.line(answer(slot, goalsLeft: goalsLeft)), at: now)
      given += 1
    }
    return (m.stepsWalked, given)
  }

  @Test func tenTimesTheAnswersIsAboutTenTimesTheWalk() {
    let small = Self.steps(answers: 30)
    let large = Self.steps(answers: 300)
    #expect(small.answered == 30 && large.answered == 300)
    let growth = Double(large.steps) / Double(small.steps)
    // A walk from the start for every answer grows about 100 times.
    #expect(growth <= 11, "walk steps \(small.steps) → \(large.steps): ×\(growth)")
    #expect(growth >= 5, "the counter counts: \(small.steps) → \(large.steps)")
  }

  /// A `when:` may name an answer given after it (here `first` asks only
  /// once `later` says so): the resumed walk must see the change, as a
  /// walk from the start does.
  static let forward = """
    id: fwd
    title: Forward
    steps:
      - id: first
        ask: "Asked once 'later' is yes"
        type: text
        when: later == true
      - id: a
        ask: "A {first}?"
        type: text
      - id: later
        ask: "Later?"
        type: yesno
      - id: b
        ask: "B?"
        type: text
    """

  @Test func aWhenThatNamesALaterAnswerIsHonoured() {
    var live = Self.machine(Self.forward, root: "fwd")
    var recorded: [TranscriptEvent] = []
    func keep(_ effects: [SessionEffect]) {
      for case .record(let event) in effects { recorded.append(event) }
    }
    keep(live.start(at: Self.now))
    var asked: [String] = []
    for line in ["x", "yes", "y", "z"] {
      guard let slot = live.current else { break }
      asked.append(slot.key)
      keep(live.handle(.line(line), at: Self.now))
      var fresh = Self.machine(Self.forward, root: "fwd")
      for event in recorded { fresh.apply(event) }
      #expect(fresh.current?.key == live.current?.key, "after \(line)")
      #expect(fresh.walk().count == live.walk().count)
    }
    #expect(asked == ["fwd.a", "fwd.later", "fwd.first", "fwd.b"])
  }

  /// Texts that name answers given before and after them, in a group and
  /// out of it: a resumed walk reads only what it reads before its
  /// checkpoint into what decides whether it may resume, so what it reads
  /// after must still show the new answers, as a walk from the start does.
  static let echoes = """
    id: echo
    title: Echo
    steps:
      - id: a
        ask: "A (then {b}, {c})?"
        type: text
      - id: b
        ask: "B after {a}, before {c}?"
        type: text
      - group: g
        min: 1
        max: 3
        more: "Another, {a}?"
        steps:
          - id: x
            ask: "X {round} after {b}, before {y}?"
            type: text
          - id: y
            ask: "Y {round} after {x}?"
            type: text
      - id: c
        ask: "C after {a} and {b}?"
        type: text
        when: count(g) >= 2
      - id: d
        ask: "D after {c}?"
        type: text
    """

  @Test func textsAfterTheCheckpointShowTheNewAnswers() {
    var live = Self.machine(Self.echoes, root: "echo")
    var recorded: [TranscriptEvent] = []
    func keep(_ effects: [SessionEffect]) {
      for case .record(let event) in effects where event.changesAnswers { recorded.append(event) }
    }
    func texts(_ slots: [Slot]) -> [String] {
      slots.compactMap { if case .question(let q) = $0 { q.key + " " + q.text } else { nil } }
    }
    keep(live.start(at: Self.now))
    var answers = ["a1", "b1", "x1", "y1", "yes", "x2", "y2", "no", "c1", "d1"].makeIterator()
    while live.current != nil, let line = answers.next() {
      keep(live.handle(.line(line), at: Self.now))
      var fresh = Self.machine(Self.echoes, root: "echo")
      for event in recorded { fresh.apply(event) }
      #expect(texts(live.walk()) == texts(fresh.walk()), "after \(line)")
      #expect(fresh.current?.key == live.current?.key, "after \(line)")
    }
    #expect(live.isFinished)
  }

  /// The progress a resumed walk shows is the one a walk from the start
  /// shows, through a group and past it.
  @Test func progressMatchesAWalkFromTheStart() {
    var live = Self.machine(Self.goals, root: "goals")
    var recorded: [TranscriptEvent] = []
    func prompts(_ effects: [SessionEffect]) -> [String] {
      effects.compactMap { if case .ask(let p) = $0 { p.progress } else { nil } }
    }
    var effects = live.start(at: Self.now)
    var goalsLeft = 3
    for _ in 0..<12 {
      for case .record(let event) in effects { recorded.append(event) }
      guard let slot = live.current else { break }
      if case .more = slot.role { goalsLeft -= 1 }
      effects = live.handle(.line(Self.answer(slot, goalsLeft: goalsLeft)), at: Self.now)
      var fresh = Self.machine(Self.goals, root: "goals")
      var replayed: [TranscriptEvent] = []
      for event in recorded
        + effects.compactMap({
          if case .record(let e) = $0 { e } else { nil }
        }) where event.changesAnswers
      {
        replayed.append(event)
      }
      for event in replayed { fresh.apply(event) }
      #expect(prompts(effects) == prompts(fresh.start(at: Self.now)))
    }
  }

  /// A replay walks the session once: what it passed over and the plan
  /// read the same walk (the walk is most of a long replay's cost).
  @Test func aReplayWalksOnce() {
    var live = Self.machine(Self.goals, root: "goals")
    var recorded: [TranscriptEvent] = []
    var effects = live.start(at: Self.now)
    var goalsLeft = 20
    while true {
      for case .record(let event) in effects { recorded.append(event) }
      guard let slot = live.current else { break }
      if case .more = slot.role { goalsLeft -= 1 }
      effects = live.handle(.line(Self.answer(slot, goalsLeft: goalsLeft)), at: Self.now)
    }
    func replayed() -> SessionMachine {
      var machine = Self.machine(Self.goals, root: "goals")
      for event in recorded { machine.apply(event) }
      return machine
    }
    let once = replayed()
    _ = once.walk()
    let replay = replayed()
    #expect(replay.questionsSkippedOver().isEmpty)
    #expect(replay.plan().goals.count == 20)
    #expect(replay.stepsWalked == once.stepsWalked)
  }
}
