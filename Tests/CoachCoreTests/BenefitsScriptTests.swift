import Testing

@testable import CoachCore

/// The bundled benefits script, driven through the engine: questions that
/// fit the pay kind, amounts that cannot be negative, the commute asked
/// for every offer with office days.
@Suite struct BenefitsScriptTests {
  static let now = RealPlanFixture.now

  static func prompts(_ effects: [SessionEffect]) -> [Prompt] {
    effects.compactMap { if case .ask(let p) = $0 { p } else { nil } }
  }

  static func rejections(_ effects: [SessionEffect]) -> [String] {
    effects.compactMap { if case .reject(let s) = $0 { s } else { nil } }
  }

  /// Feeds `lines` and returns every prompt asked.
  static func asked(_ lines: [String]) throws -> (engine: SessionMachine, prompts: [Prompt]) {
    var engine = SessionMachine(
      catalog: try RealPlanFixture.catalog(), roots: ["benefits"],
      identity: PlanIdentity(sessionID: "s"))
    var prompts = Self.prompts(engine.start(at: now))
    for line in lines { prompts += Self.prompts(engine.handle(line: line, at: now)) }
    return (engine, prompts)
  }

  @Test func negativeAmountsAndPercentagesAreAskedAgain() throws {
    var (engine, _) = try Self.asked(["NegCo", "no", "salary"])
    for bad in ["-95000", "$-5", "−95,000"] {
      let rejected = Self.rejections(engine.handle(line: bad, at: Self.now))
      #expect(rejected.count == 1, "\(bad)")
      #expect(rejected.first?.contains("from 0 to") == true, "\(rejected)")
      #expect(engine.current?.key == "benefits.salary#1")
    }
    for line in ["95000", "0", "yes"] { _ = engine.handle(line: line, at: Self.now) }
    #expect(engine.current?.key == "benefits.match#1")
    let rejected = Self.rejections(engine.handle(line: "-6%", at: Self.now))
    #expect(rejected.first?.contains("percentage from 0 to 100") == true, "\(rejected)")
    #expect(Self.rejections(engine.handle(line: "150%", at: Self.now)).count == 1)
    #expect(engine.current?.key == "benefits.match#1")
  }

  @Test func hourlyQuestionsFitAnHourlyWage() throws {
    let (_, prompts) = try Self.asked(["Shop", "no", "hourly", "$24.50", "30", "0", "yes"])
    let wage = try #require(prompts.first { $0.key == "benefits.hourly#1" })
    #expect(wage.hint?.contains("85") != true, "\(wage.hint ?? "")")
    #expect(!wage.text.contains("85"))
    let match = try #require(prompts.first { $0.key == "benefits.match#1" })
    #expect(!match.text.lowercased().contains("salary"))
    let salary = try Self.asked(["Acme", "no", "salary"]).prompts.last
    #expect(salary?.hint?.contains("85,000") == true)
  }

  @Test func commuteIsAskedForEveryOfferWithOfficeDays() throws {
    let start = ["Acme", "no", "salary", "90000", "0", "no", "0", "20", "5"]
    let office = try Self.asked(start + ["0"]).prompts.map(\.key)
    #expect(office.contains("benefits.commute_minutes#1"))
    let remote = try Self.asked(start + ["5"]).prompts.map(\.key)
    #expect(!remote.contains("benefits.commute_minutes#1"))
  }

  @Test func thePreferenceGoesBesideTheNumbers() throws {
    let offer1 = [
      "St Mary's ICU", "yes", "salary", "80000", "0", "no", "0", "20", "5", "2", "40", "8",
    ]
    let offer2 = ["Lakeside", "no", "salary", "61,200", "0", "no", "0", "25", "5", "3", "30", "8"]
    let (engine, _) = try Self.asked(
      offer1 + ["yes"] + offer2 + ["no", "Lakeside: better mentoring"])
    let plan = PlanBuilder(machine: engine).build()
    #expect(plan.compensation.leaning == "Lakeside")
    #expect(
      plan.compensation.summary.contains(
        "You lean to Lakeside; it pays $18,800 less a year in cash than your current job, St Mary's ICU."
      ))
    #expect(!plan.notes.contains { $0.key == "benefits.fit" })
    #expect(plan.compensation.offers.map(\.isCurrent) == [true, false])
  }
}
