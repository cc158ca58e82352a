import Testing

@testable import CoachCore

/// The walk's quick ways to make keys and question texts (`roundKey`,
/// `RoundTemplate`, `ResolvedTemplate`) against the general ones they
/// stand in for: the same text for every key, template and place.
@Suite struct WalkTextTests {
  static let rounds: [(String, Int)] = [
    ("goals.title", 0), ("goals.title", 7), ("benchgoals.title_17", 123_456),
    ("é.ü", 3), ("a.b", Int.max), ("a.b", -2), ("a.b", Int.min), ("x", 10),
  ]

  @Test(arguments: rounds)
  func aRoundKeyIsTheJoinedKey(base: String, round: Int) {
    #expect(SessionWalker.roundKey(base, round: round) == SessionState.key(base, round: round))
  }

  @Test func joinedIsThePiecesInOrder() {
    #expect(SessionWalker.joined("", "", "") == "")
    #expect(SessionWalker.joined("a", "", "bc") == "abc")
    #expect(
      SessionWalker.joined("long enough to be on the heap", "é", "\u{202E}")
        == "long enough to be on the heap" + "é" + "\u{202E}")
  }

  @Test(arguments: [0, 1, 9, 10, 99, 100, 4_096, 123_456_789, Int.max])
  func joinedWithARoundWritesItsDigits(round: Int) {
    for (a, b, c) in [
      ("", "", ""), ("t.g", "#", ""), ("Goal ", "", ": what?"),
      ("a key long enough to be on the heap", "#", "é\u{202E}"),
    ] {
      let b: StaticString = b == "#" ? "#" : ""
      #expect(
        SessionWalker.joined(a, b, round: round, c)
          == a + b.description + String(round) + c)
    }
  }

  /// The "another?" text, rendered once a walk when it is the same in
  /// every round, follows the answers it names from one walk to the next.
  @Test func aMoreTextFollowsTheAnswerItNames() throws {
    let parsed = try #require(ScriptParser.parse(Self.script, file: "t.yaml").0)
    var machine = SessionMachine(
      catalog: ScriptCatalog([parsed]), roots: ["t"], identity: PlanIdentity(sessionID: "p"))
    let now = Moment(seconds: 1_795_597_200)
    _ = machine.start(at: now)
    func moreTexts() -> [String] {
      machine.walk().compactMap {
        if case .question(let q) = $0, q.isMore { q.text } else { nil }
      }
    }
    for line in ["Ada", "90k", "2027-01-01", "one", "2027-02-01", "yes", "two", "2027-03-01"] {
      _ = machine.handle(.line(line), at: now)
    }
    #expect(moreTexts() == ["More, Ada?", "More, Ada?"])
    for line in ["/goto t", "/back"] { _ = machine.handle(.line(line), at: now) }
    while machine.current.map({ $0.key != "t.name" }) ?? false {
      _ = machine.handle(.line("/back"), at: now)
    }
    _ = machine.handle(.line("Bo"), at: now)
    #expect(moreTexts().allSatisfy { $0 == "More, Bo?" })
    #expect(!moreTexts().isEmpty)
  }

  /// "Another?" texts that differ from round to round though they name
  /// no id of the round: a deadline the round's goal named, and a value a
  /// sub-script computes in round 2 only.
  static let roundDependent = [
    """
    id: g3
    title: G3
    steps:
      - group: goal
        min: 1
        max: 4
        more: "Another goal? (that one is due {g3.deadline})"
        steps:
          - id: title
            ask: "Goal {round}: what?"
            check: smart
            followup: false
            plan: goal.title
          - id: deadline
            ask: "By when?"
            type: date
            plan: goal.deadline
      - id: last
        ask: "Anything else?"
    """,
    """
    id: moves
    title: Moves
    steps:
      - group: goal
        min: 1
        max: 4
        more: "Another goal? (so far: {sub.miles})"
        steps:
          - id: title
            ask: "Goal {round}: what?"
          - run: sub
            when: title == "Move"
      - id: last
        ask: "Anything else?"
    """,
    """
    id: sub
    title: Sub
    steps:
      - id: km
        ask: "How far (km)?"
        type: integer
      - id: miles
        compute: km * 0.62
    """,
  ]

  /// A walk from the start (a replay's, a resume's) gives each "another?"
  /// question the text the live session asked it with, round by round.
  @Test(arguments: [
    (
      "g3",
      [
        "Run a 10k race by June 2027", "yes", "Write 3 blog posts by March 2028", "yes",
        "Learn Go by May 2029",
      ]
    ),
    ("moves", ["Stay", "yes", "Move", "100", "yes", "Stay again"]),
  ])
  func aFreshWalkAsksEachRoundsMoreAsTheLiveOneDid(root: String, lines: [String]) throws {
    let catalog = ScriptCatalog(
      try Self.roundDependent.map { try #require(ScriptParser.parse($0, file: "t.yaml").0) })
    func fresh() -> SessionMachine {
      SessionMachine(catalog: catalog, roots: [root], identity: PlanIdentity(sessionID: "p"))
    }
    var live = fresh()
    let now = Moment(seconds: 1_795_597_200)
    var events: [TranscriptEvent] = []
    func keep(_ effects: [SessionEffect]) {
      for case .record(let event) in effects { events.append(event) }
    }
    keep(live.start(at: now))
    for line in lines { keep(live.handle(.line(line), at: now)) }
    var asked: [String: String] = [:]
    for case .asked(let key, let text, _) in events { asked[key] = text }
    var replayed = fresh()
    for event in events { replayed.apply(event) }
    var compared = 0
    for case .question(let q) in replayed.walk() where q.isMore {
      guard let said = asked[q.key] else { continue }
      #expect(q.text == said, "\(q.key)")
      compared += 1
    }
    #expect(compared >= 2)
  }

  static let script = """
    id: t
    title: T
    steps:
      - id: name
        ask: "Name?"
        type: text
      - id: pay
        ask: "Pay?"
        type: money
      - id: when
        ask: "When?"
        type: date
      - group: g
        min: 1
        max: 3
        more: "More, {name}?"
        steps:
          - id: item
            ask: "Item {round} for {name}?"
            type: text
          - id: due
            ask: "Due {item} {when} {pay} {missing} {round}?"
            type: date
    """

  static let templates = [
    "Goal {round}: what do you want to achieve?", "{round}", "{round}{round}", "a{round}",
    "\u{1}Goal\u{7F} {round}\u{202E}!", "a {name} b {t.pay} c", "{name}", "{item} and {due}",
    "{when}, {missing}, {round}", "More, {name}?", "plain text", "\u{1}{name}\u{202E}",
  ]

  @Test func quickTextsAreTheRenderedOnes() throws {
    let parsed = try #require(ScriptParser.parse(Self.script, file: "t.yaml").0)
    let catalog = ScriptCatalog([parsed])
    let at = Moment(seconds: 1_795_597_200)
    let day = try #require(CalendarDay(year: 2027, month: 9, day: 30))
    let answers: [String: AnswerEntry] = [
      "t.name": AnswerEntry(text: "Ada\u{7}", value: .text("Ada\u{7}"), at: at),
      "t.pay": AnswerEntry(text: "$1,200", value: .number(1200), at: at),
      "t.when": AnswerEntry(text: "end of Q3 2027", value: .date(day), at: at),
      "t.item#2": AnswerEntry(text: "a talk", value: .text("a talk"), at: at),
      "t.due#2": AnswerEntry(text: "", value: nil, at: at),
    ]
    let walker = SessionWalker(catalog: catalog, answers: answers)
    let group = try #require(
      parsed.steps.lazy.compactMap { step -> Group? in
        if case .group(let g) = step.kind { return g } else { return nil }
      }.first)
    var places = [WalkEnvironment(walker: walker, script: "t", groupSteps: nil, round: nil)]
    for round in [0, 1, 2, 3, 12] {
      places.append(
        WalkEnvironment(walker: walker, script: "t", groupSteps: group.steps, round: round))
    }
    for source in Self.templates {
      let template = ScriptParser.template(source)
      for env in places {
        let rendered = walker.render(template, env)
        #expect(ResolvedTemplate(template, env).render(env) == rendered, "\(source)")
        if let round = env.round, let quick = SessionWalker.RoundTemplate(template) {
          #expect(quick.text(round: round) == rendered, "\(source) in round \(round)")
        }
      }
    }
  }
}
