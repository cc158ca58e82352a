import Testing

@testable import CoachCore

/// The commitments the calendar and task exports share.
@Suite struct CommitmentTests {
  static let all = Commitment.all(in: ExportFixture.rich)

  @Test func dateAnswersCoveredByAnItemAreNotListedTwice() {
    let dates = Self.all.filter { $0.kind == .date }.map(\.source)
    // Goal deadlines, milestone and action days are covered by script, round
    // and day; the review days and the custom questions are not.
    #expect(dates == ["balance.review", "custom.sabbatical", "checkin.review", "custom.launch"])
  }

  @Test func everyKindIsDerived() {
    #expect(Set(Self.all.map(\.kind)) == Set(Commitment.Kind.allCases))
    #expect(
      Self.all.filter { $0.kind == .deadline }.map(\.source) == ["goals.title#1", "goals.title#3"])
    // Growth and networking items count only with a due day.
    #expect(
      !Self.all.contains { $0.title == "*Public speaking*" || $0.title == "Coffee with Priya" })
  }

  @Test func datedFirstEarliestFirstThenUndatedInPlanOrder() {
    let days = Self.all.compactMap(\.due)
    #expect(days == days.sorted())
    #expect(Self.all.suffix(2).map(\.title) == ["Find mentees", "Ask Sam about mentoring"])
    let sameDay = Self.all.filter { $0.due == ExportFixture.day("2026-12-05") }.map(\.source)
    #expect(sameDay == ["next.action#1", "next.action#4"])
  }

  @Test func sharedSourcesGetDistinctIdentities() {
    let identities = Self.all.map(\.identity)
    #expect(Set(identities).count == identities.count)
    #expect(identities.contains("milestone:goals.steps#1"))
    #expect(identities.contains("milestone:goals.steps#1/2"))
  }

  @Test func titlesAreOneCleanLine() {
    for item in Self.all {
      #expect(!item.title.contains { $0.isNewline || $0 == "\u{1B}" })
      #expect(!item.title.isEmpty)
    }
    #expect(Self.all.contains { $0.title == "Ask Sam about mentoring" })
  }

  @Test func reviewDaysReadAsWhatToDo() {
    #expect(Self.all.contains { $0.title == "Review your career plan" && $0.kind == .date })
  }

  @Test func uuidsAreRealVersion5NameBasedUUIDs() {
    let item = Commitment(
      kind: .action, title: "x", due: nil, source: "next.action#1", context: "Next action")
    let uuid = item.uuid(planID: "s1")
    #expect(uuid == item.uuid(planID: "s1"))
    #expect(uuid != item.uuid(planID: "s2"))
    #expect(
      uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
        != nil)
    // Python's uuid.uuid5 of the same namespace and name, so the ids are
    // what they claim to be (SHA-1 name-based) and a change of scheme
    // (which would duplicate every imported task and event) cannot pass
    // unnoticed.
    #expect(uuid == "830e6ff7-e96e-54c1-a30f-b6a5284f8a87")
    #expect(
      NameUUID.v5(namespace: NameUUID.commitmentNamespace, name: "")
        == "0a2adb2d-d093-5759-945f-990c41e3e4e8")
    #expect(
      NameUUID.v5(namespace: NameUUID.commitmentNamespace, name: String(repeating: "x", count: 200))
        == "26797387-558f-5a48-b1af-60d5dcc0d521")
  }

  /// Python's `uuid.uuid5` for names whose message (16 namespace bytes and
  /// the name) falls on each side of SHA-1's padding and block boundaries.
  @Test(arguments: [
    (1, "6eec069d-3b91-56f6-9152-2f9f86cb1733"), (39, "ba2d4636-971d-5a53-aa78-9584daf83642"),
    (40, "56352be3-d020-537c-95e2-29b26da2877e"), (47, "3fba3c58-de54-59b5-b056-0a3df3083219"),
    (48, "7f65e84a-ccf6-5e21-85d7-12b82353c0e0"), (55, "dccfa6ee-da4c-5268-94b9-644b7649d7e9"),
    (56, "f15345b4-170a-5ff6-8439-7f79bb7a55b3"), (63, "af150c65-7945-5949-947d-8b0dbe8fc3d6"),
    (64, "5a934f4f-6b2f-514e-b8bb-400f3cff11a6"), (111, "20482f3b-917e-5cc1-8a79-d561e0100771"),
    (112, "6d0d7e3f-6274-511f-a35f-9dc127ab5a11"), (1000, "8616e4b6-5a5f-55b5-aeb7-7e7556318b0c"),
  ])
  func v5AgreesWithPythonAcrossBlockBoundaries(length: Int, expected: String) {
    let name = String(repeating: "z", count: length)
    #expect(NameUUID.v5(namespace: NameUUID.commitmentNamespace, name: name) == expected)
  }

  @Test func idsComeFromThePlanIDNotTheSession() {
    var first = ExportFixture.rich
    first.planID = "plan-1"
    var later = first
    later.sessionID = "20270301-later"
    let ids = Commitment.all(in: first).map { $0.uuid(in: first) }
    #expect(ids == Commitment.all(in: later).map { $0.uuid(in: later) })
    #expect(Set(ids).count == ids.count)
    var other = first
    other.planID = "plan-2"
    #expect(Set(ids).isDisjoint(with: Commitment.all(in: other).map { $0.uuid(in: other) }))
  }

  @Test(arguments: [
    ("monthly", "FREQ=MONTHLY", "monthly"),
    ("Once a month", "FREQ=MONTHLY", "monthly"),
    ("weekly 1:1s", "FREQ=WEEKLY", "weekly"),
    ("every two weeks", "FREQ=WEEKLY;INTERVAL=2", "biweekly"),
    ("fortnightly", "FREQ=WEEKLY;INTERVAL=2", "biweekly"),
    ("once a quarter", "FREQ=MONTHLY;INTERVAL=3", "quarterly"),
    ("every 6 months", "FREQ=MONTHLY;INTERVAL=6", "semiannual"),
    ("yearly", "FREQ=YEARLY", "yearly"),
    ("daily", "FREQ=DAILY", "daily"),
  ])
  func cadencesThatNameARhythmRepeat(text: String, rrule: String, recur: String) throws {
    let r = try #require(Recurrence.parse(text))
    #expect(r.rrule == rrule)
    #expect(r.taskwarrior == recur)
  }

  @Test(arguments: ["twice a year", "two events a quarter", "when I can", "", "asap"])
  func cadencesWithoutARhythmDoNot(text: String) {
    #expect(Recurrence.parse(text) == nil)
  }

  @Test func reviewDaysRepeatAtTheIntervalTheyWereSetFor() {
    var plan = ExportFixture.rich
    let review = Commitment.all(in: plan).first { $0.title == "Review your career plan" }
    // Set on 2026-11-25 for 2027-05-31: six whole months.
    #expect(review?.recurrence == Recurrence(count: 6, unit: .month))
    plan.updated = nil
    #expect(Commitment.all(in: plan).allSatisfy { $0.kind != .date || $0.recurrence == nil })
  }

  @Test func emptyPlanHasNoCommitments() {
    #expect(Commitment.all(in: ExportFixture.empty).isEmpty)
  }

  /// A SMART goal's title starts with its deadline; the deadline's entry
  /// carries the day already, so its title is the action alone.
  @Test func aDeadlineIsTitledByTheGoalsActionAlone() throws {
    var plan = Plan()
    var goal = Goal(
      title: "By 31 Dec 2027, lead a team of 3 analysts, done when you deliver 2 team projects",
      source: "goals.title#1")
    goal.deadline = CalendarDay(year: 2027, month: 12, day: 31)
    goal.milestones = [Milestone(title: "Course", due: nil, source: "goals.steps#1")]
    plan.goals = [goal]
    let all = Commitment.all(in: plan)
    let deadline = try #require(all.first { $0.kind == .deadline })
    #expect(deadline.title == "Lead a team of 3 analysts, done when you deliver 2 team projects")
    #expect(
      deadline.context
        == "The deadline of goal 1, lead a team of 3 analysts, done when you deliver 2 team projects"
    )
    let ics = ExportFormat.ics.render(plan)
    #expect(!ics.contains("By 31 Dec 2027"))
    // A title without the lead-in stays as it is.
    plan.goals[0].title = "Get better at leadership"
    #expect(Commitment.all(in: plan).first?.title == "Get better at leadership")
  }
}
