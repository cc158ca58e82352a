@testable import CoachCore

/// Plans the export tests render: `rich` fills every section and holds
/// hostile and non-ASCII answers; `empty` has nothing answered.
enum ExportFixture {
  static func day(_ iso: String) -> CalendarDay {
    CalendarDay(iso: iso) ?? CalendarDay(dayNumber: 0)
  }

  static var empty: Plan {
    var plan = Plan()
    plan.sessionID = "20261125-empty"
    return plan
  }

  static var rich: Plan {
    var plan = Plan()
    plan.sessionID = "20261125-0900-zoe"
    plan.updated = day("2026-11-25")
    plan.profile.name = Sourced("Zoë <b>Ng</b>", source: "checkin.name")
    plan.profile.role = Sourced("Senior *data* engineer | team lead", source: "checkin.role")
    plan.profile.field = Sourced("Health-tech; analytics, ML 日本語", source: "checkin.field")
    plan.profile.stage = Sourced("mid", source: "career.stage")
    plan.profile.years = Sourced(12, source: "career.years")
    plan.profile.employment = Sourced("contract", source: "career.employment")
    plan.profile.reviewDate = Sourced(day("2027-05-31"), source: "checkin.review")
    plan.assessment = Assessment(
      score: 45, verdict: "a step in your career",
      reasons: [
        "You think about where this role leads in five years (long-term focus).",
        "You are building expertise in one field (specialisation).",
      ],
      warnings: ["Two ratings were the same; that is fine, but check they say what you mean."],
      stage: "mid")
    plan.vision = Sourced(
      "Lead a data platform team\n# that ships fast\n\n> and mentors others\n1. always",
      source: "vision.statement")
    plan.goals = goals
    plan.growth = growth
    plan.networking = networking
    plan.balance = balance
    plan.compensation = compensation
    plan.actions = [
      Action(
        title: "Update CV, LinkedIn; portfolio", due: day("2026-12-05"),
        context: "Goal 1: Get the AWS Solutions Architect certification",
        source: "next.action#1"),
      Action(
        title: "Book the exam \u{1B}[31mNOW\u{1B}[0m", due: day("2027-02-01"),
        source: "next.action#2"),
      Action(title: "Ask Sam about\nmentoring", due: nil, source: "next.action#3"),
      Action(
        title: "-1 day buffer before the exam", due: day("2026-12-05"), source: "next.action#4"),
    ]
    plan.openQuestions = [
      OpenQuestion(key: "goals.measure#2", question: "How will you measure progress on goal 2?"),
      OpenQuestion(key: "offers.health#2", question: "What does Globex pay toward health cover?"),
    ]
    plan.notes = [
      Note(
        key: "custom.fun", script: "custom", question: "What do you do for fun?",
        answer: "Climbing, chess & <b>bold</b> things\nand =SUM(A1:A2)", due: nil),
      Note(
        key: "custom.sabbatical", script: "custom", question: "When would you take a sabbatical?",
        answer: "next spring", due: day("2027-03-20")),
      Note(
        key: "career.learning", script: "career", question: "What could you learn here?",
        answer: "Stakeholder *management*", due: nil),
    ]
    plan.scriptSections = [
      ScriptSection(
        script: "custom", title: "Life <outside> work",
        entries: [
          .init(
            key: "custom.fun", label: "What do you do for fun?",
            value: "Climbing, chess & <b>bold</b> things\nand =SUM(A1:A2)", isComputed: false,
            due: nil),
          .init(
            key: "custom.sabbatical", label: "When would you take a sabbatical?",
            value: "next spring", isComputed: false, due: day("2027-03-20")),
          .init(
            key: "custom.hours", label: "Hours a month", value: "12", isComputed: true, due: nil),
        ])
    ]
    plan.stillToCome = [
      PendingPart(
        script: "benefits", title: "Evaluating benefits", count: 10,
        first: "What is the offer called?")
    ]
    plan.dates = dates
    plan.answers = answers
    plan.computed = ["offers.total#1": 112_523.08, "offers.total#2": 102_150]
    return plan
  }

  static var goals: [Goal] {
    var first = Goal(
      title: "Get the AWS Solutions Architect certification", source: "goals.title#1")
    first.specific = "Pass the SAA-C03 exam"
    first.measure = "Score ≥ 800/1000"
    first.achievable = "8 of 10"
    first.relevant = "Needed for the platform lead role"
    first.deadline = day("2027-03-31")
    first.milestones = [
      Milestone(title: "Finish the online course", due: day("2026-12-31"), source: "goals.steps#1"),
      Milestone(title: "Pass two practice exams", due: day("2027-02-28"), source: "goals.steps#1"),
    ]
    first.smart = SmartFacets(
      specific: true, measurable: true, achievable: true, relevant: true, timeBound: true)
    var second = Goal(title: "<script>alert(1)</script>", source: "goals.title#2")
    second.relevant = "Because | pipes, commas, and; semicolons *matter*"
    second.milestones = [
      Milestone(title: "=cmd|' /C calc'!A0", due: day("2027-01-15"), source: "goals.milestone#2")
    ]
    second.smart = SmartFacets(
      specific: false, measurable: false, achievable: nil, relevant: true, timeBound: false)
    var third = Goal(
      title: "Mentor two juniors 👩‍💻 — ünïcödé, naïve café résumé and a long title that folds",
      source: "goals.title#3")
    third.specific = "Weekly 1:1s\nwith a written plan"
    third.measure = "2 mentees"
    third.achievable = "7"
    third.deadline = day("2027-06-30")
    third.milestones = [Milestone(title: "Find mentees", due: nil, source: "goals.milestone#3")]
    third.smart = SmartFacets(
      specific: true, measurable: true, achievable: nil, relevant: nil, timeBound: true)
    return [first, second, third]
  }

  static var growth: Growth {
    var growth = Growth()
    growth.skills = [
      GrowthItem(
        title: "Kubernetes", method: "online course", due: day("2027-01-31"),
        source: "growth.skill#1"),
      GrowthItem(title: "*Public speaking*", method: "workshop", source: "growth.skill#2"),
    ]
    growth.education = [
      GrowthItem(
        title: "AWS certification", method: "certification", due: day("2027-03-31"),
        source: "growth.education#1")
    ]
    growth.experience = [
      GrowthItem(
        title: "Lead an incident review", method: "on-the-job training", due: day("2026-12-15"),
        source: "growth.experience#1")
    ]
    return growth
  }

  static var networking: Networking {
    var networking = Networking()
    networking.items = [
      NetworkingItem(
        channel: "LinkedIn", detail: "Post a write-up each month", cadence: "monthly",
        due: day("2026-12-01"), source: "networking.channel#1"),
      NetworkingItem(
        channel: "Conference", detail: "Speak at PyData, Berlin", due: day("2027-04-20"),
        source: "networking.channel#2"),
      NetworkingItem(
        channel: "Mentor", detail: "Coffee with Priya", cadence: "every quarter",
        source: "networking.channel#3"),
    ]
    networking.cadence = Sourced("two events a quarter", source: "networking.overall")
    return networking
  }

  static var balance: Balance {
    var balance = Balance()
    balance.priorities = [
      Sourced("Family dinners", source: "balance.priorities"),
      Sourced("Sleep; 7 hours", source: "balance.priorities"),
    ]
    balance.boundaries = [Sourced("No Slack after 19:00", source: "balance.boundaries")]
    balance.delegate = [Sourced("Weekly report → Sam", source: "balance.delegate")]
    balance.timeManagement = [
      Sourced("Time-block mornings\nno meetings before 11", source: "balance.time")
    ]
    balance.rating = Sourced(6, source: "balance.rating")
    balance.ratingMax = 10
    balance.reviewDate = Sourced(day("2027-02-28"), source: "balance.review")
    return balance
  }
}
