import Testing

@testable import CoachCore

/// The one list of plan sections: every section reaches every readable
/// format, in order, and the sections that collect from elsewhere (the
/// timeline, a custom script's answers, what is still to come) hold what
/// they should.
@Suite struct PlanSectionTests {
  /// The readable formats, each as the text it renders.
  enum Format: CaseIterable {
    case markdown, html, terminal

    func render(_ plan: Plan) -> String {
      switch self {
      case .markdown: return ExportFormat.markdown.render(plan)
      case .html: return ExportFormat.html.render(plan)
      case .terminal:
        return TerminalPlanRenderer(width: 80).render(plan).map(\.plain).joined(separator: "\n")
      }
    }
  }

  /// A plan that holds `section` and nothing else (the switch has no
  /// default, so a new section cannot be added without its case here).
  static func plan(with section: PlanSection) -> Plan {
    var plan = ExportFixture.empty
    let rich = ExportFixture.rich
    switch section {
    case .profile: plan.profile = rich.profile
    case .assessment: plan.assessment = rich.assessment
    case .vision: plan.vision = rich.vision
    case .goals:
      plan.goals = rich.goals.map { goal in
        var goal = goal
        goal.deadline = nil
        goal.milestones = goal.milestones.map {
          Milestone(title: $0.title, due: nil, source: $0.source)
        }
        return goal
      }
    case .growth: plan.growth.skills = [GrowthItem(title: "SQL", method: "course", source: "g.s")]
    case .networking:
      plan.networking = rich.networking
      plan.networking.items = plan.networking.items.map { item in
        var item = item
        item.due = nil
        return item
      }
    case .balance: plan.balance.priorities = [Sourced("family", source: "b.p")]
    case .offers: plan.compensation = rich.compensation
    case .actions: plan.actions = [Action(title: "Call Sam", due: nil, source: "n.a")]
    case .timeline:
      plan.dates = [
        DatedAnswer(key: "x.when", question: "When?", day: ExportFixture.day("2027-01-04"))
      ]
    case .scripts:
      plan.scriptSections = [
        ScriptSection(
          script: "hobby", title: "Hobbies and you",
          entries: [
            .init(key: "hobby.what", label: "What?", value: "chess", isComputed: false, due: nil)
          ])
      ]
    case .openQuestions: plan.openQuestions = rich.openQuestions
    case .stillToCome:
      plan.stillToCome = [PendingPart(script: "goals", title: "Goals", count: 3, first: "What?")]
    case .notes: plan.notes = rich.notes
    }
    return plan
  }

  static func title(_ section: PlanSection) -> String {
    section == .scripts ? "Hobbies and you" : section.title
  }

  static var pairs: [(PlanSection, Format)] {
    PlanSection.allCases.flatMap { s in Format.allCases.map { (s, $0) } }
  }

  @Test(arguments: pairs)
  func everySectionReachesEveryFormat(section: PlanSection, format: Format) {
    let plan = Self.plan(with: section)
    #expect(PlanSection.present(in: plan) == [section])
    let text = format.render(plan)
    #expect(text.contains(Self.title(section)), "\(section) has no heading in \(format)")
    #expect(!text.contains("Nothing answered yet"))
  }

  /// A value of `plan(with: section)` that its section shows, in every
  /// format (no character any format escapes).
  static func marker(_ section: PlanSection) -> String {
    switch section {
    case .profile: return "contract"
    case .assessment: return "a step in your career"
    case .vision: return "Lead a data platform team"
    case .goals: return "AWS Solutions Architect"
    case .growth: return "SQL"
    case .networking: return "Post a write-up each month"
    case .balance: return "family"
    case .offers: return "Acme"
    case .actions: return "Call Sam"
    case .timeline: return "2027"
    case .scripts: return "chess"
    case .openQuestions: return "How will you measure progress on goal 2?"
    case .stillToCome: return "3 questions"
    case .notes: return "next spring"
    }
  }

  /// Each section's own rendering, without the heading the shared loop
  /// prints: a format that returned `empty` for a section would fail here.
  @Test(arguments: pairs)
  func everySectionRendersItsOwnContent(section: PlanSection, format: Format) {
    let plan = Self.plan(with: section)
    let body: String
    switch format {
    case .markdown:
      var visitor = MarkdownSections()
      body = section.accept(&visitor, plan).joined(separator: "\n")
    case .html:
      var visitor = HTMLSections()
      body = section.accept(&visitor, plan).joined(separator: "\n")
    case .terminal:
      var visitor = TerminalSections(width: 80)
      body = section.accept(&visitor, plan).map(\.plain).joined(separator: "\n")
    }
    #expect(!body.isEmpty, "\(section) renders nothing in \(format)")
    #expect(body.contains(Self.marker(section)), "\(section) in \(format): \(body)")
  }

  @Test(arguments: Format.allCases)
  func sectionsComeInTheirOrder(format: Format) {
    var plan = ExportFixture.rich
    for section in PlanSection.allCases {
      let one = Self.plan(with: section)
      switch section {
      case .scripts: plan.scriptSections = one.scriptSections
      case .stillToCome: plan.stillToCome = one.stillToCome
      default: break
      }
    }
    plan.notes.append(
      Note(key: "custom.x", script: "custom", question: "X?", answer: "x", due: nil))
    #expect(PlanSection.present(in: plan) == PlanSection.allCases)
    let text = format.render(plan)
    let positions = PlanSection.allCases.compactMap { section -> String.Index? in
      let title = Self.title(section)
      let heading: String
      switch format {
      case .markdown: heading = "## " + title
      case .html: heading = "<h2>" + title
      case .terminal: heading = "\n" + title + "\n"
      }
      return text.range(of: heading)?.lowerBound
    }
    #expect(positions.count == PlanSection.allCases.count)
    #expect(positions == positions.sorted())
  }

  @Test func idsTitlesAndOrderAreOneEach() {
    #expect(Set(PlanSection.allCases.map(\.id)).count == PlanSection.allCases.count)
    #expect(PlanSection.allCases.map(\.order) == Array(0..<PlanSection.allCases.count))
    #expect(PlanSection.allCases.filter { $0.title.isEmpty } == [.scripts])
  }

  @Test func emptyPlanHasNoSection() {
    #expect(PlanSection.present(in: ExportFixture.empty).isEmpty)
  }

  @Test func timelineHoldsEveryDatedCommitmentInDateOrder() throws {
    let plan = try RealPlanFixture.plan()
    let timeline = PlanSection.timeline(of: plan)
    let days = timeline.compactMap(\.due)
    #expect(days.count == timeline.count)
    #expect(days == days.sorted())
    let kinds = Set(timeline.map(\.kind))
    #expect(kinds.isSuperset(of: [.deadline, .milestone, .action, .growth, .networking, .date]))
    #expect(timeline.contains { $0.title == "Review your career plan" })
    // Every dated commitment, and nothing undated.
    #expect(timeline.count == Commitment.all(in: plan).filter { $0.due != nil }.count)
    let markdown = ExportFormat.markdown.render(plan)
    let section = try #require(markdown.range(of: "## Timeline"))
    let lines = markdown[section.upperBound...].split(separator: "\n").prefix {
      !$0.hasPrefix("##")
    }
    .filter { $0.hasPrefix("- **") }
    #expect(lines.count == timeline.count)
    #expect(lines.first?.hasPrefix("- **2026-12-09** Next action:") == true)
    #expect(lines.last?.hasPrefix("- **2027-12-31** Deadline:") == true)
  }

  @Test func theProfileHoldsStageYearsAndEmployment() throws {
    let plan = try RealPlanFixture.plan()
    #expect(plan.profile.stage?.value == "mid")
    #expect(plan.profile.years?.value == 7)
    #expect(plan.profile.employment?.value == "permanent")
    #expect(!plan.notes.contains { $0.key == "career.years" || $0.key == "career.employment" })
    let markdown = ExportFormat.markdown.render(plan)
    #expect(markdown.contains("- **Years worked:** 7 years"))
    #expect(markdown.contains("- **Employment:** permanent"))
  }

  @Test func theVerdictSaysWhatItSuggests() throws {
    let plan = try RealPlanFixture.plan()
    let assessment = try #require(plan.assessment)
    #expect(assessment.nextStep.contains("grow within it"))
    #expect(ExportFormat.markdown.render(plan).contains("**What it suggests:**"))
    let job = Assessment(
      score: -60, verdict: CareerRubric.jobVerdict, reasons: [], warnings: [], stage: nil)
    #expect(job.nextStep.contains("a job for now"))
  }

  static let custom = """
    id: hobby
    title: Hobbies and you
    steps:
      - id: what
        ask: "What do you do for fun?"
        type: text
      - id: hours
        ask: "How many hours a week?"
        type: number
      - id: cost
        ask: "What does it cost a week?"
        type: money
      - id: yearly_cost
        compute: cost * 52
        format: money
      - id: when
        ask: "When is your next tournament?"
        type: date
    """

  static let path = """
    id: path
    title: The path
    default: true
    steps:
      - id: name
        ask: "Your name?"
        type: text
        plan: profile.name
      - id: mood
        ask: "How do you feel today?"
        type: text
    """

  static func customPlan(answers: [String]) -> Plan {
    let scripts = [custom, path].compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    var machine = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["path", "hobby"])
    _ = machine.start(at: SessionMachineTests.now)
    for answer in answers { _ = machine.handle(line: answer, at: SessionMachineTests.now) }
    return machine.plan()
  }

  @Test func aCustomScriptHasASectionOfItsOwn() throws {
    let plan = Self.customPlan(answers: [
      "Ada", "fine", "Chess, & *more*", "6", "$20", "in a month",
    ])
    let section = try #require(plan.scriptSections?.first)
    #expect(plan.scriptSections?.count == 1)
    #expect(section.title == "Hobbies and you")
    #expect(
      section.entries.map(\.label) == [
        "What do you do for fun?", "How many hours a week?", "What does it cost a week?",
        "Yearly cost", "When is your next tournament?",
      ])
    #expect(section.entries.map(\.isComputed) == [false, false, false, true, false])
    #expect(section.entries[3].value == "$1,040")
    // The default path's answer without a target stays a note; the custom
    // script's answers are still notes in the JSON, shown in their section.
    #expect(plan.notes.map(\.script) == ["path", "hobby", "hobby", "hobby", "hobby"])
    #expect(PlanSection.notes(of: plan).map(\.key) == ["path.mood"])
    let markdown = ExportFormat.markdown.render(plan)
    #expect(
      markdown.contains("## Hobbies and you\n\n- **What do you do for fun?** Chess, & \\*more\\*"))
    #expect(markdown.contains("- **Yearly cost:** $1,040"))
    let notes = try #require(markdown.range(of: "## Notes"))
    #expect(!markdown[notes.upperBound...].contains("fun"))
    let html = ExportFormat.html.render(plan)
    #expect(
      html.contains("<section id=\"script-hobby\" class=\"script\">\n<h2>Hobbies and you</h2>"))
    #expect(html.contains("<dt>Yearly cost</dt><dd>$1,040</dd>"))
    let terminal = TerminalPlanRenderer(width: 80).render(plan).map(\.plain)
    #expect(terminal.contains("Hobbies and you"))
    #expect(terminal.contains("    $1,040"))
  }

  @Test func questionsNotReachedAreStillToComeNotOpen() throws {
    let plan = Self.customPlan(answers: ["Ada", "/skip"])
    #expect(plan.openQuestions.map(\.key) == ["path.mood"])
    let pending = try #require(plan.stillToCome)
    #expect(
      pending == [
        PendingPart(
          script: "hobby", title: "Hobbies and you", count: 4, first: "What do you do for fun?")
      ])
    let done = Self.customPlan(answers: ["Ada", "fine", "chess", "6", "$20", "in a month"])
    #expect(done.stillToCome == nil)
  }

  /// A custom script of rounds, each with a computed value, and a value
  /// whose id the rubric's table names otherwise.
  static let clients = """
    id: clients
    title: Clients
    steps:
      - group: client
        max: 2
        more: "Another client?"
        steps:
          - id: rate
            ask: "Rate?"
            type: number
          - id: client_total
            compute: rate * 10
      - id: income
        compute: count(client) * 100
    """

  static func plan(_ yaml: [String], roots: [String], answers: [String]) -> Plan {
    let scripts = yaml.compactMap { ScriptParser.parse($0, file: "t.yaml").0 }
    var machine = SessionMachine(catalog: ScriptCatalog(scripts), roots: roots)
    _ = machine.start(at: SessionMachineTests.now)
    for answer in answers { _ = machine.handle(line: answer, at: SessionMachineTests.now) }
    return machine.plan()
  }

  @Test func aValueComputedBeforeItsQuestionsAreAnsweredIsNotShown() throws {
    let early = Self.customPlan(answers: ["Ada", "fine", "chess"])
    let section = try #require(early.scriptSections?.first)
    #expect(section.entries.map(\.label) == ["What do you do for fun?"])
    #expect(!TerminalPlanRenderer(width: 80).render(early).map(\.plain).contains("    $0"))
    let rounds = Self.plan([Self.clients], roots: ["clients"], answers: ["3", "yes"])
    #expect(rounds.scriptSections?.first?.entries.map(\.label) == ["Rate?", "Client total (1)"])
  }

  @Test func computedValuesAreLabelledByTheirIDAndRound() throws {
    let plan = Self.plan([Self.clients], roots: ["clients"], answers: ["3", "yes", "4", "no"])
    let entries = try #require(plan.scriptSections?.first?.entries)
    #expect(
      entries.map(\.label) == ["Rate?", "Client total (1)", "Rate?", "Client total (2)", "Income"])
    #expect(entries.map(\.value) == ["3", "30", "4", "40", "200"])
  }

  /// A session started on one part keeps no copy of the default script:
  /// whether a script is custom must not depend on it.
  @Test func aPartOfThePathIsNotCustomWithOrWithoutTheDefaultScript() {
    let part = """
      id: part
      title: A part
      steps:
        - id: role
          ask: "Your role?"
          plan: profile.role
        - id: aside
          ask: "Anything else?"
      """
    let runner = """
      id: path
      title: The path
      default: true
      steps:
        - run: part
      """
    let live = Self.plan([runner, part, Self.custom], roots: ["part"], answers: ["dev", "no"])
    let copies = Self.plan([part], roots: ["part"], answers: ["dev", "no"])
    #expect(live.scriptSections == nil)
    #expect(copies == live)
    #expect(PlanSection.notes(of: copies).map(\.key) == ["part.aside"])
  }
}
