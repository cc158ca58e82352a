import CoachTestSupport
import Testing

@testable import CoachCore

/// `SessionMachine.roundSlots(of:round:in:)` reads a round's slots from the
/// walk's integer places; it must find what the scan over the slots
/// themselves (`scannedRoundSlots`) finds, for every question of every
/// round, at every point of sessions driven by seeded random input.
@Suite struct RoundSlotsTests {
  /// Two groups in one script (rounds of the same numbers), SMART
  /// follow-ups and nudges, a script's own deadline question, a sub-script
  /// run inside a round, and a group whose steps are conditional.
  static let main = """
    id: r1
    title: Rounds
    steps:
      - id: vision
        ask: "Where do you want to be?"
        plan: vision
      - group: goals
        more: "Another goal?"
        min: 1
        max: 4
        steps:
          - id: title
            ask: "Goal {round}?"
            check: smart
            plan: goal.title
          - id: deadline
            ask: "By when?"
            type: date
            plan: goal.deadline
          - run: r2
          - id: why
            ask: "Why goal {round}?"
            when: count(goals) > 1
      - say: "Now habits."
      - group: habits
        more: "Another habit?"
        max: 3
        steps:
          - id: habit
            ask: "Habit {round}?"
            check: smart
            followup: false
            plan: goal.title
          - id: note
            ask: "A note on it?"
      - id: done
        ask: "Anything else?"
    """

  static let sub = """
    id: r2
    title: Inside a round
    steps:
      - id: helper
        ask: "Who helps?"
    """

  static let catalog = ScriptCatalog(
    [main, sub].compactMap { ScriptParser.parse($0, file: "t.yaml").0 })

  static func input(for question: QuestionSlot?, rng: inout SeededRandom) -> SessionInput {
    let roll = Int.random(in: 0..<100, using: &rng)
    switch roll {
    case 0..<6: return .line("/back")
    case 6..<10: return .line("/skip")
    case 10..<12: return .line("/goto r2")
    default: break
    }
    guard let question else { return .line("anything") }
    let options: [String]
    switch question.question.type {
    case .yesno: options = ["yes", "yes", "no"]
    case .date: options = ["in 6 months", "2027-03-31", "end of Q3 2027"]
    default:
      options = [
        "Get AWS certified by June 2027", "be good", "Run a 10k in 3 months", "Ada",
        "lead a team of 5 engineers", "learn",
      ]
    }
    return .line(options[Int.random(in: 0..<options.count, using: &rng)])
  }

  static func keys(_ slots: [Slot]) -> [String] {
    slots.compactMap { if case .question(let q) = $0 { q.key } else { nil } }
  }

  @Test(arguments: 1...12)
  func theRoundsPlacesFindWhatTheScanFinds(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed))
    var machine = SessionMachine(
      catalog: Self.catalog, roots: ["r1"], identity: PlanIdentity(sessionID: "p"))
    var now = Moment(seconds: 1_795_597_200)
    _ = machine.start(at: now)
    var compared = 0
    for step in 0..<120 {
      now = Moment(seconds: now.seconds + 3_600)
      _ = machine.handle(Self.input(for: machine.current, rng: &rng), at: now)
      let slots = machine.walk()
      for case .question(let q) in slots {
        guard let round = q.round else { continue }
        let fast = Self.keys(machine.roundSlots(of: q, round: round, in: slots))
        let scanned = Self.keys(machine.scannedRoundSlots(of: q, round: round, in: slots))
        #expect(fast == scanned, "seed \(seed) step \(step) \(q.key)")
        #expect(fast.contains(q.key), "seed \(seed) step \(step) \(q.key)")
        compared += 1
      }
      if machine.isFinished { break }
    }
    #expect(compared > 20)
  }

  /// Slots that are not the walk's are searched by the scan.
  @Test func slotsNotTheWalksAreScanned() {
    var machine = SessionMachine(
      catalog: Self.catalog, roots: ["r1"], identity: PlanIdentity(sessionID: "p"))
    let now = Moment(seconds: 1_795_597_200)
    _ = machine.start(at: now)
    _ = machine.handle(.line("Be a staff engineer"), at: now)
    for _ in 0..<6 { _ = machine.handle(.line("yes"), at: now) }
    let slots = machine.walk()
    // Fewer slots, and as many in another order: neither is read by the
    // walk's places.
    for some in [Array(slots.dropFirst()), Array(slots.reversed())] {
      for case .question(let q) in some {
        guard let round = q.round else { continue }
        #expect(
          Self.keys(machine.roundSlots(of: q, round: round, in: some))
            == Self.keys(machine.scannedRoundSlots(of: q, round: round, in: some)))
      }
    }
  }
}
