@testable import CoachCore

extension ExportFixture {
  static var compensation: Compensation {
    var current = Offer(name: "Acme", source: "offers.name#1")
    current.isCurrent = true
    current.currency = "USD"
    current.salary = 90_000
    current.bonus = 5_000
    current.matchRate = 6
    current.matchCap = 4
    current.healthPremium = 6_000
    current.ptoDays = 20
    current.remoteDaysPerWeek = 2
    current.commuteMinutesPerDay = 60
    var offer = Offer(name: "Globex | Berlin, GmbH <i>", source: "offers.name#2")
    offer.currency = "EUR"
    offer.salary = 95_000
    offer.matchRate = 5
    offer.ptoDays = 28
    offer.remoteDaysPerWeek = 3
    offer.commuteMinutesPerDay = 20
    offer.commuteCostPerDay = 4.5
    var same = Offer(name: "Initech (current)", source: "offers.name#3")
    same.currency = "EUR"
    same.hourlyWage = 41.5
    same.hoursPerWeek = 37.5
    same.ptoDays = 25
    same.remoteDaysPerWeek = 0
    same.commuteMinutesPerDay = 50
    same.commuteCostPerDay = 6
    var compensation = Compensation()
    // Worked out the way the plan builder does, so the goldens show what
    // people see; Acme's dollars against two euro offers are not compared.
    compensation.offers = [current, offer, same]
    compensation.preference = Sourced(
      "Globex | Berlin, GmbH <i> — numbers aside, see https://globex.example", source: "offers.fit")
    return CompensationCalculator.compared(compensation)
  }

  /// The date answers: some covered by goals, milestones, growth and
  /// actions (same script, round and day), the review days, a custom
  /// script's question asked twice under one key, and one left on its own.
  static var dates: [DatedAnswer] {
    [
      DatedAnswer(
        key: "checkin.review", question: "When should we look at this plan again?",
        day: day("2027-05-31")),
      DatedAnswer(key: "goals.deadline#1", question: "By when?", day: day("2027-03-31")),
      DatedAnswer(key: "goals.steps_due#1", question: "And the course?", day: day("2026-12-31")),
      DatedAnswer(key: "goals.deadline#3", question: "By when?", day: day("2027-06-30")),
      DatedAnswer(key: "goals.milestone_due#2", question: "When?", day: day("2027-01-15")),
      DatedAnswer(key: "next.due#1", question: "By when will you do it?", day: day("2026-12-05")),
      DatedAnswer(
        key: "balance.review", question: "When will you rate your balance again?",
        day: day("2027-02-28")),
      DatedAnswer(
        key: "custom.sabbatical", question: "When would you take a sabbatical?",
        day: day("2027-03-20")),
      DatedAnswer(
        key: "custom.sabbatical", question: "When would you take a sabbatical?",
        day: day("2027-03-20")),
      DatedAnswer(
        key: "custom.launch", question: "When does the side project launch, \"v1\"; roughly?",
        day: day("2027-09-01")),
    ]
  }

  static var answers: [String: AnswerRecord] {
    [
      "checkin.name": AnswerRecord(text: "Zoë <b>Ng</b>", value: .text("Zoë <b>Ng</b>")),
      "checkin.review": AnswerRecord(text: "end of May 2027", value: .date(day("2027-05-31"))),
      "goals.title#1": AnswerRecord(
        text: "Get the AWS Solutions Architect certification",
        value: .text("Get the AWS Solutions Architect certification"),
        smart: SmartFacets(
          specific: true, measurable: true, achievable: true, relevant: true, timeBound: true)),
      "goals.title#2": AnswerRecord(
        text: "<script>alert(1)</script>", value: .text("<script>alert(1)</script>"),
        smart: SmartFacets(
          specific: false, measurable: false, achievable: nil, relevant: true, timeBound: false)),
      "goals.deadline#1": AnswerRecord(text: "by March 2027", value: .date(day("2027-03-31"))),
      "goals.steps#1": AnswerRecord(
        text: "Finish the online course; Pass two practice exams",
        value: .list(["Finish the online course", "Pass two practice exams"])),
      "offers.current#1": AnswerRecord(text: "yes", value: .bool(true)),
      "offers.salary#1": AnswerRecord(text: "$90k", value: .number(90_000)),
      "offers.match#1": AnswerRecord(text: "6%", value: .number(6)),
      "offers.commuteCost#2": AnswerRecord(text: "€4,50", value: .number(4.5)),
      "balance.rating": AnswerRecord(text: "6", value: .number(6)),
      "custom.fun": AnswerRecord(
        text: "Climbing, chess & <b>bold</b> things\nand =SUM(A1:A2)",
        value: .text("Climbing, chess & <b>bold</b> things\nand =SUM(A1:A2)")),
      "custom.escape": AnswerRecord(
        text: "red \u{1B}[31malert\u{1B}[0m / slash",
        value: .text("red \u{1B}[31malert\u{1B}[0m / slash")),
    ]
  }
}
