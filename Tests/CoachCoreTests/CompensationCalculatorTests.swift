import CoachCore
import Testing

private func offer(_ name: String, _ fill: (inout Offer) -> Void) -> Offer {
  var o = Offer(name: name, source: "compensation.name#1")
  fill(&o)
  return o
}

@Test func salaryPartsAndTotal() {
  let o = CompensationCalculator.evaluate(
    offer("Acme") {
      $0.salary = 90_000
      $0.bonus = 5_000
      $0.matchRate = 4
      $0.matchCap = 6
      $0.healthPremium = 6_000
      $0.ptoDays = 20
      $0.sickDays = 6
    })
  #expect(
    o.breakdown.map(\.label) == [
      "Base salary", "Bonus", "Retirement match", "Health insurance", "Paid time off",
    ])
  #expect(o.breakdown.map(\.amount) == [90_000, 5_000, 3_600, 6_000, 9_000])
  #expect(o.total == 113_600)
  #expect(o.breakdown[0].explanation == "$90,000 a year")
  #expect(o.breakdown[2].explanation == "4% of $90,000")
  #expect(o.breakdown[4].explanation.contains("26 paid days off × $346.15 a day"))
  #expect(o.breakdown[4].explanation.contains("the value of the paid days"))
}

@Test func capLimitsAPercentOfSalaryMatch() {
  let o = CompensationCalculator.evaluate(
    offer("A") {
      $0.salary = 100_000
      $0.matchRate = 8
      $0.matchCap = 6
    })
  #expect(o.breakdown.last?.amount == 6_000)
  #expect(o.breakdown.last?.explanation == "8% of $100,000, capped at 6%")
}

@Test func fiftyPercentMatchUpToSixPercentIsThreePercent() {
  let o = CompensationCalculator.evaluate(
    offer("A") {
      $0.salary = 90_000
      $0.matchRate = 50
      $0.matchCap = 6
    })
  #expect(o.breakdown.last?.amount == 2_700)
  #expect(
    o.breakdown.last?.explanation
      == "50% match on up to 6% of $90,000 = 3%, $2,700 (if you put in 6% or more)")
}

@Test func hourlyWageDefaultsToFortyHours() {
  let o = CompensationCalculator.evaluate(offer("Shop") { $0.hourlyWage = 25 })
  #expect(o.total == 52_000)
  #expect(o.breakdown[0].explanation == "$25 an hour × 40 hours × 52 weeks (40 hours assumed)")
  let part = CompensationCalculator.evaluate(
    offer("Shop") {
      $0.hourlyWage = 25
      $0.hoursPerWeek = 30
    })
  #expect(part.total == 39_000)
}

@Test func remoteDaysSaveCommuteCostAndTime() {
  let o = CompensationCalculator.evaluate(
    offer("Remote") {
      $0.salary = 104_000  // $50 an hour over 2,080 hours.
      $0.remoteDaysPerWeek = 2
      $0.commuteMinutesPerDay = 60
      $0.commuteCostPerDay = 10
      $0.currency = "EUR"
    })
  let remote = o.breakdown.last
  #expect(remote?.label == "Remote work")
  let expected: Double = 2 * 48 * (10 + 50)
  #expect(remote?.amount == expected)
  #expect(
    remote?.explanation
      == "2 remote days a week × 48 weeks × (€10 commute cost + 60 minutes at €50 an hour) saved")
}

@Test func emptyOfferHasNoTotal() {
  let o = CompensationCalculator.evaluate(offer("Nothing") { _ in })
  #expect(o.breakdown.isEmpty)
  #expect(o.total == nil)
}

@Test func compareNamesTheHighestTotal() {
  let a = offer("Current") {
    $0.isCurrent = true
    $0.salary = 80_000
  }
  let b = offer("Startup") {
    $0.salary = 75_000
    $0.bonus = 10_000
  }
  let c = offer("Unknown") { _ in }
  let result = CompensationCalculator.compare([a, b, c])
  #expect(result.best == "Startup")
  #expect(result.offers.map(\.total) == [80_000, 85_000, nil])
  #expect(CompensationCalculator.compare([]).best == nil)
  #expect(CompensationCalculator.compare([a, a]).best == "Current")
}
