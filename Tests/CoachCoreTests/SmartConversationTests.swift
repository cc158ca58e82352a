import Foundation
import Testing

@testable import CoachCore

/// SMART as a conversation: follow-up answers held to their facet, one
/// nudge, goals as one sentence, milestones spread to the deadline.
@Suite struct SmartConversationTests {
  static let vague: [(String, String, Bool)] = [
    ("be good", "specific", true),
    ("do my best", "specific", true),
    ("not sure", "specific", true),
    ("Lead a team of 3 analysts", "specific", false),
    ("Run the weekly data-quality huddle for my ward", "specific", false),
    ("pass the ANCC informatics certification", "specific", false),
    ("not sure", "measurable", true),
    ("No idea really", "measurable", true),
    ("we'll see", "measurable", true),
    ("feel better", "measurable", true),
    ("practice-exam scores", "measurable", false),
    ("weekly check-ins with my manager", "measurable", false),
    ("Deliver 2 team projects", "measurable", false),
  ]

  @Test(arguments: vague)
  func followUpAnswersAreHeldToTheirFacet(answer: String, facet: String, isVague: Bool) {
    #expect(SmartAnalyzer.isVague(answer, as: facet) == isVague)
  }

  static let sentences: [(String, String?, String?, String?, String)] = [
    (
      "Get better at my job", "Pass the ANCC informatics certification", "practice-exam scores",
      "2027-09-30",
      "By 30 Sep 2027, pass the ANCC informatics certification, tracked by practice-exam scores"
    ),
    (
      "Pass the ANCC informatics certification by September 2027", nil, nil, "2027-09-30",
      "By 30 Sep 2027, pass the ANCC informatics certification"
    ),
    (
      "I want to get better at leadership", "Lead a team of 3 analysts",
      "Deliver 2 team projects", "2027-12-31",
      "By 31 Dec 2027, lead a team of 3 analysts, done when you deliver 2 team projects"
    ),
    ("I want to write a novel", nil, nil, nil, "Write a novel"),
    (
      "Get better at my job", "Run the weekly data-quality huddle",
      "count of data errors fixed each month", "2027-08-31",
      "By 31 Aug 2027, run the weekly data-quality huddle,"
        + " tracked by count of data errors fixed each month"
    ),
  ]

  @Test(arguments: sentences)
  func aGoalReadsAsOneSentence(
    words: String, specific: String?, measure: String?, deadline: String?, expected: String
  ) {
    let day = deadline.flatMap { CalendarDay(iso: $0) }
    #expect(
      GoalSentence.sentence(words: words, specific: specific, measure: measure, deadline: day)
        == expected)
  }

  @Test func aWeakMeasureIsLeftOutOfTheSentence() {
    let sentence = GoalSentence.sentence(
      words: "Run the huddle", specific: nil, measure: "not sure", deadline: nil,
      weakMeasure: true)
    #expect(sentence == "Run the huddle")
  }

  @Test func milestonesAreSpreadEvenlyAndNeverPastTheDeadline() throws {
    let today = try #require(CalendarDay(iso: "2026-11-25"))
    let deadline = try #require(CalendarDay(iso: "2027-09-30"))
    var all = ["a", "b", "c"].map { Milestone(title: $0, due: nil, source: $0) }
    PlanBuilder.spreadMilestones(&all, from: today, to: deadline, all: true)
    let days = all.compactMap(\.due)
    #expect(days.count == 3)
    #expect(days == days.sorted())
    #expect(days.allSatisfy { $0 > today && $0 < deadline })
    var rest = all.map { Milestone(title: $0.title, due: nil, source: $0.source) }
    rest[0].due = CalendarDay(iso: "2027-02-25")
    PlanBuilder.spreadMilestones(&rest, from: today, to: deadline, all: false)
    #expect(rest[0].due == CalendarDay(iso: "2027-02-25"))
    #expect(rest.allSatisfy { ($0.due.map { $0 <= deadline }) == true })
  }

  /// The follow-up and its nudge are made in one place: the question a
  /// key answers is the one the walk asked.
  @Test func aNudgeKeyReadsBackAsItsQuestion() throws {
    let catalog = try RealPlanFixture.catalog()
    let nudge = try #require(AnswerKey("goals.title:measurable-again#1"))
    let q = try #require(SmartFollowUp.question(for: nudge, in: catalog))
    #expect(q.type == .text)
    #expect(q.required == false)
    #expect(q.plan == "goal.measure")
    let follow = try #require(AnswerKey("goals.title:specific#1"))
    #expect(SmartFollowUp.question(for: follow, in: catalog)?.plan == "goal.specific")
    #expect(
      SmartFollowUp.question(for: try #require(AnswerKey("goals.vision:specific")), in: catalog)
        == nil)
  }

  /// A vague follow-up gets one nudge, and a replay of the transcript asks
  /// the same questions and builds the same plan.
  @Test func aNudgeReplaysAsItWasAsked() throws {
    var live = try RealPlanFixture.engine(roots: ["goals"], answers: [])
    var events: [TranscriptEvent] = []
    func record(_ effects: [SessionEffect]) {
      for case .record(let e) in effects { events.append(e) }
    }
    record(live.start(at: RealPlanFixture.now))
    for line in ["Helping patients", "Get better at my job", "be good", "be good", "not sure"] {
      record(live.handle(line: line, at: RealPlanFixture.now))
    }
    #expect(live.state.answers["goals.title:specific-again#1"]?.text == "be good")
    #expect(live.current?.key == "goals.title:measurable-again#1")
    var replay = SessionMachine(catalog: live.catalog, roots: ["goals"])
    for e in events { replay.apply(e) }
    #expect(replay.state == live.state)
    #expect(replay.current?.key == live.current?.key)
    let goal = try #require(replay.plan().goals.first)
    #expect(goal.smart?.specific == false)
    #expect(goal.smart?.weak == ["specific"])
  }
}

/// `before:` (a date no later than an earlier one) as `coach check` sees it.
@Suite struct BeforeKeyTests {
  static func errors(_ extra: String, type: String = "date") -> [String] {
    let text = """
      id: t
      title: T
      steps:
        - id: deadline
          ask: "Deadline?"
          type: date
        - id: name
          ask: "Name?"
          type: text
        - id: due
          ask: "Due?"
          type: \(type)
          before: \(extra)
      """
    let (script, parsed) = ScriptParser.parse(text, file: "t.yaml")
    let found = parsed + ScriptValidator.validate(script.map { [$0] } ?? [])
    return found.filter { $0.severity == .error }.map(\.message)
  }

  @Test func aDateBeforeAnEarlierDateIsAccepted() {
    #expect(Self.errors("deadline").isEmpty)
  }

  @Test func anUnknownIDIsReported() {
    #expect(Self.errors("dedline").contains { $0.contains("unknown step id 'dedline'") })
  }

  @Test func itNeedsDatesOnBothSides() {
    #expect(Self.errors("name") == ["'before: name' needs a 'date' question, not 'text'"])
    #expect(Self.errors("deadline", type: "text") == ["'before' only applies to 'date' questions"])
  }
}

/// The bundled sessions' plans (a weak facet, goals in their words) fit
/// the published schema.
@Suite struct RecordedPlanSchemaTests {
  @Test(ExportToolRunner.needs(python: "jsonschema", from: "jsonschema"))
  func recordedPlansValidateAgainstTheSchema() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../..").standardizedFileURL
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      validator = Draft202012Validator(json.load(open(sys.argv[1])))
      bad = 0
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path))):
              bad += 1
              print(path, list(error.absolute_path), error.message)
      sys.exit(1 if bad else 0)
      """
    let plans = ["full-path", "vague-goals"].map {
      root.appendingPathComponent("Prompts/tests/\($0).plan.json").path
    }
    let schema = root.appendingPathComponent("docs/plan.schema.json").path
    let result = try #require(ExportToolRunner.run(["python3", "-c", script, schema] + plans))
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let vague = try String(contentsOfFile: plans[1], encoding: .utf8)
    #expect(vague.contains("\"weak\""))
    #expect(vague.contains("\"inYourWords\""))
  }
}
