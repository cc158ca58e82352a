import CoachCore
import CoachTestSupport
import Testing

/// Live equals replay, for every input: after each step of a session driven
/// by seeded random input, the machine rebuilt from the recorded events
/// holds an equal state and asks the same next question.
@Suite struct SessionReplayPropertyTests {
  static let first = """
    id: s1
    title: First part
    steps:
      - say: "Hello."
      - id: name
        ask: "Your name?"
      - id: stage
        ask: "Which stage, {name}?"
        type: choice
        options: [early, mid, senior]
      - id: mentor
        ask: "Who could mentor you?"
        when: stage == "early"
      - group: goals
        more: "Another goal?"
        min: 1
        max: 3
        steps:
          - id: title
            ask: "Goal {round}?"
            check: smart
            plan: goal.title
          - id: deadline
            ask: "By when?"
            type: date
            plan: goal.deadline
      - id: pay
        ask: "Salary?"
        type: money
        private: true
      - run: s2
      - say: "Bye, {name}."
    """

  static let second = """
    id: s2
    title: Second part
    steps:
      - id: years
        ask: "Years worked?"
        type: integer
        min: 0
        max: 60
      - id: busy
        ask: "Busy?"
        type: yesno
      - id: hours
        ask: "Hours a week?"
        type: number
        when: busy
      - id: skills
        ask: "Skills?"
        type: list
    """

  static let catalog = ScriptCatalog(
    [first, second].compactMap { ScriptParser.parse($0, file: "t.yaml").0 })

  static func fresh() -> SessionMachine {
    SessionMachine(catalog: catalog, roots: ["s1"], identity: PlanIdentity(sessionID: "p"))
  }

  /// A line a person might type at `question`: mostly a fitting answer,
  /// sometimes nonsense, sometimes a command.
  static func input(for question: QuestionSlot?, rng: inout SeededRandom) -> SessionInput {
    let roll = Int.random(in: 0..<100, using: &rng)
    switch roll {
    case 0..<8: return .line("/back")
    case 8..<13: return .line("/skip")
    case 13..<16:
      return .line(pick(["/goto s1", "/goto s2", "/goto nowhere"], &rng))
    case 16..<18:
      return .line(pick(["/plan", "/help", "/why", "/scripts", "/hepl"], &rng))
    case 18..<20: return .endOfInput
    case 20..<28:
      return .line(pick(["", "???", "-5", "yesterday", "maybe", "10000000"], &rng))
    default: break
    }
    guard let question else { return .line("anything") }
    let options: [String]
    switch question.question.type {
    case .choice: options = ["early", "mid", "senior", "1", "3", "sen"]
    case .integer: options = ["3", "0", "60", "12"]
    case .number: options = ["37.5", "40"]
    case .yesno: options = ["yes", "no", "y"]
    case .date: options = ["in 6 months", "2027-03-31", "by Christmas", "end of Q3 2027"]
    case .money: options = ["$95k", "85,000"]
    case .list: options = ["Swift, SQL", "writing"]
    default:
      options = ["Ada", "Get AWS certified by June 2027", "be good", "Run a 10k in 3 months"]
    }
    return .line(pick(options, &rng))
  }

  static func pick(_ choices: [String], _ rng: inout SeededRandom) -> String {
    choices[Int.random(in: 0..<choices.count, using: &rng)]
  }

  @Test(arguments: 1...20)
  func replayedStateEqualsLiveStateAfterEveryInput(seed: Int) throws {
    var rng = SeededRandom(seed: UInt64(seed))
    var live = Self.fresh()
    var recorded: [TranscriptEvent] = []
    var now = Moment(seconds: 1_795_597_200)  // 2026-11-25T09:00:00Z
    func keep(_ effects: [SessionEffect]) {
      for case .record(let event) in effects { recorded.append(event) }
    }
    keep(live.start(at: now))
    for step in 0..<150 {
      now = Moment(seconds: now.seconds + Int64.random(in: 1...90_000, using: &rng))
      let input = Self.input(for: live.current, rng: &rng)
      let effects = live.handle(input, at: now)
      keep(effects)
      var replayed = Self.fresh()
      for event in recorded { replayed.apply(event) }
      #expect(replayed.state == live.state, "seed \(seed) step \(step) after \(input)")
      #expect(
        replayed.current?.key == live.current?.key, "seed \(seed) step \(step) after \(input)")
      // Leaving and coming back (a resume) goes on from the same place.
      if effects.contains(where: { if case .quit = $0 { true } else { false } }) {
        live = replayed
        keep(live.start(at: now))
      }
      if live.isFinished { break }
    }
    #expect(recorded.count > 10)
  }

  /// s1 asks q1, q2, then runs s2 (q3, q4). Answer q1, `/goto s2`, `/back`:
  /// the live session asks q1 again, and so must a resume of the same
  /// transcript (it asked q3: what was being revised lived outside the
  /// state the events rebuild).
  @Test func backAfterGotoAsksTheSameQuestionLiveAndResumed() throws {
    let scripts = [
      "id: a\ntitle: A\nsteps:\n  - id: q1\n    ask: \"Q1?\"\n  - id: q2\n    ask: \"Q2?\"\n  - run: b\n",
      "id: b\ntitle: B\nsteps:\n  - id: q3\n    ask: \"Q3?\"\n  - id: q4\n    ask: \"Q4?\"\n",
    ].compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    var live = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["a"])
    var events: [TranscriptEvent] = []
    let now = Moment(seconds: 1_795_597_200)
    for effects in [
      live.start(at: now), live.handle(line: "A", at: now), live.handle(line: "/goto b", at: now),
      live.handle(line: "/back", at: now),
    ] {
      for case .record(let event) in effects { events.append(event) }
    }
    #expect(live.current?.key == "a.q1")
    var resumed = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["a"])
    for event in events { resumed.apply(event) }
    #expect(resumed.current?.key == "a.q1")
    #expect(resumed.state == live.state)
  }

  /// Effects carry what the shell needs: the plan, a typed format.
  @Test func effectsCarryThePlanAndATypedFormat() throws {
    var m = Self.fresh()
    _ = m.start(at: Moment(seconds: 1_795_597_200))
    _ = m.handle(line: "Ada", at: Moment(seconds: 1_795_597_200))
    let shown = m.handle(line: "/plan", at: Moment(seconds: 1_795_597_200))
    let plan = try #require(
      shown.compactMap { effect -> Plan? in
        if case .showPlan(let p) = effect { return p } else { return nil }
      }.first)
    #expect(plan.answers["s1.name"]?.text == "Ada")
    let exported = m.handle(line: "/export ics out.ics", at: Moment(seconds: 1_795_597_200))
    #expect(
      exported.contains {
        if case .export(.ics, "out.ics", let p) = $0 { return p.sessionID == "p" }
        return false
      })
    let wrong = m.handle(line: "/export htm", at: Moment(seconds: 1_795_597_200))
    #expect(
      wrong.contains {
        if case .reject(let why) = $0 {
          return why.hasPrefix("Unknown format 'htm'. Did you mean 'html'?")
        }
        return false
      })
  }
}
