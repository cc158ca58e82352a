import CoachCore
import Testing

private func offer(_ name: String, _ fill: (inout Offer) -> Void) -> Offer {
  var o = Offer(name: name, source: "benefits.offer_name#1")
  fill(&o)
  return o
}

/// The figures checked against examples worked by hand (docs/compensation.md).
@Suite struct CompensationCalculatorTests {
  /// $90,000 salary, $5,000 bonus, 4% match capped at 6%, $6,000 health,
  /// 20 vacation and 6 sick days, 40 hours assumed.
  /// cash 95,000; employer 3,600 + 6,000 = 9,600; total 104,600;
  /// hours worked 40 × 52 − 20 × 8 = 1,920; 104,600 ÷ 1,920 = 54.479… → $54.48.
  @Test func salaried() {
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
      o.breakdown.map(\.label) == ["Base salary", "Bonus", "Retirement match", "Health insurance"])
    #expect(o.breakdown.map(\.amount) == [90_000, 5_000, 3_600, 6_000])
    #expect(o.cash == 95_000)
    #expect(o.employerContributions == 9_600)
    // Paid time off is never added: the salary already pays for those days.
    #expect(o.total == 104_600)
    #expect(o.effectiveHourly == 54.48)
    #expect(o.breakdown[2].explanation == "4% of $90,000 = $3,600")
    #expect(
      o.apart.first?.explanation
        == "$104,600 ÷ 1,920 hours worked (40 hours × 52 weeks, less 20 paid days off) = $54.48 an hour"
    )
    #expect(o.commuteSaved == nil)
  }

  /// $24.50 an hour, 30 hours, 10 vacation days, $2,400 health, "50% match
  /// up to 6%", five office days, 40 minutes and $6 a day.
  /// wages 24.50 × 30 × 52 = 38,220; match 3% = 1,146.60 → 1,147;
  /// employer 3,547; total 41,767; worked 1,560 − 10 × 6 = 1,500 hours;
  /// 41,767 ÷ 1,500 = 27.844… → $27.84; commute a day 6 + 40/60 × 24.50
  /// = 22.333…; 5 × 48 × 22.333… = 5,360 a year, not in the total.
  @Test func hourly() {
    let o = CompensationCalculator.evaluate(
      offer("Shop") {
        $0.hourlyWage = 24.5
        $0.hoursPerWeek = 30
        $0.ptoDays = 10
        $0.healthPremium = 2_400
        $0.matchRate = 50
        $0.matchCap = 6
        $0.remoteDaysPerWeek = 0
        $0.commuteMinutesPerDay = 40
        $0.commuteCostPerDay = 6
      })
    #expect(o.breakdown.map(\.amount) == [38_220, 1_147, 2_400])
    #expect(o.breakdown[0].explanation == "$24.50 an hour × 30 hours × 52 weeks = $38,220")
    #expect(o.cash == 38_220)
    #expect(o.employerContributions == 3_547)
    #expect(o.total == 41_767)
    #expect(o.effectiveHourly == 27.84)
    #expect(o.commuteCost == 5_360)
    #expect(o.commuteSaved == nil)
    #expect(!o.breakdown.contains { $0.label.contains("time off") })
  }

  @Test func hourlyWageDefaultsToFortyHours() {
    let o = CompensationCalculator.evaluate(offer("Shop") { $0.hourlyWage = 25 })
    #expect(o.total == 52_000)
    #expect(
      o.breakdown[0].explanation == "$25 an hour × 40 hours × 52 weeks (40 hours assumed) = $52,000"
    )
  }

  /// $104,000 (an hour is worth $50 over 2,080 hours), three days at home,
  /// 60 minutes and €10 a commuting day: a day is 10 + 50 = 60;
  /// saved 3 × 48 × 60 = 8,640; the two office days cost 2 × 48 × 60 = 5,760.
  /// Neither is in the total: remote work is not pay.
  @Test func remote() {
    let o = CompensationCalculator.evaluate(
      offer("Remote") {
        $0.salary = 104_000
        $0.remoteDaysPerWeek = 3
        $0.commuteMinutesPerDay = 60
        $0.commuteCostPerDay = 10
        $0.currency = "EUR"
      })
    #expect(o.total == 104_000)
    #expect(o.effectiveHourly == 50)
    #expect(o.commuteSaved == 8_640)
    #expect(o.commuteCost == 5_760)
    #expect(!o.breakdown.contains { $0.label.lowercased().contains("remote") })
    #expect(
      o.apart.last?.explanation
        == "3 days at home a week × 48 weeks × (€10 fares and fuel + 60 minutes at €50 an hour), not pay"
    )
  }

  @Test func capLimitsAPercentOfSalaryMatch() {
    let o = CompensationCalculator.evaluate(
      offer("A") {
        $0.salary = 100_000
        $0.matchRate = 8
        $0.matchCap = 6
      })
    #expect(o.breakdown.last?.amount == 6_000)
    #expect(o.breakdown.last?.explanation == "8% of $100,000, capped at 6% = $6,000")
  }

  @Test func fiftyPercentMatchUpToSixPercentIsThreePercent() {
    let o = CompensationCalculator.evaluate(
      offer("A") {
        $0.salary = 90_000
        $0.matchRate = 50
        $0.matchCap = 6
      })
    #expect(o.breakdown.last?.amount == 2_700)
  }

  @Test func wholeUnitsAndNeverNegative() {
    let o = CompensationCalculator.evaluate(
      offer("Cents") {
        $0.salary = 85_000.6
        $0.bonus = -5
        $0.matchRate = 3.3
        $0.healthPremium = -100
      })
    #expect(o.breakdown.map(\.amount) == [85_001, 2_805])
    #expect(o.total == 87_806)
    let negative = CompensationCalculator.evaluate(offer("NegCo") { $0.salary = -95_000 })
    #expect(negative.total == 0)
    for figure in [negative.cash, negative.total, negative.employerContributions] {
      #expect((figure ?? 0) >= 0)
    }
  }

  @Test func emptyOfferHasNoTotal() {
    let o = CompensationCalculator.evaluate(offer("Nothing") { _ in })
    #expect(o.breakdown.isEmpty)
    #expect(o.total == nil)
    #expect(o.effectiveHourly == nil)
  }

  /// The current job at $80,000 against Lakeside at $61,200, which the
  /// person leans to: 80,000 − 61,200 = 18,800 less in cash.
  @Test func currentJobAndStatedPreference() {
    var c = Compensation()
    c.offers = [
      offer("St Mary's ICU") {
        $0.isCurrent = true
        $0.salary = 80_000
      },
      offer("Lakeside") { $0.salary = 61_200 },
    ]
    c.preference = Sourced("Lakeside, for the mentoring (St Mary's ICU pays more)", source: "k")
    let result = CompensationCalculator.compared(c)
    #expect(result.best == "St Mary's ICU")
    #expect(result.leaning == "Lakeside")
    #expect(
      result.summary == [
        "Your current job, St Mary's ICU, has the highest total: $80,000 a year.",
        "You lean to Lakeside; it pays $18,800 less a year in cash than your current job, St Mary's ICU.",
      ])
    let markdown = ExportFormat.markdown.render(plan(result))
    #expect(markdown.contains("| | St Mary's ICU (current job) | Lakeside |"))
    #expect(markdown.contains("| Compared with the best | the best | $18,800 less |"))
    #expect(markdown.contains("| Compared with the current job | current job | $18,800 less |"))
    #expect(!markdown.contains("**St Mary"))
  }

  @Test func aNameThatSaysCurrentIsNotSaidTwice() {
    var c = Compensation()
    c.offers = [
      offer("St Mary's ICU (current)") {
        $0.isCurrent = true
        $0.salary = 80_000
      },
      offer("Acme, Inc.") { $0.salary = 90_000 },
    ]
    let markdown = ExportFormat.markdown.render(plan(CompensationCalculator.compared(c)))
    #expect(markdown.contains("| | St Mary's ICU (current) | Acme, Inc. |"))
    #expect(!markdown.contains("(current) (current job)"))
    #expect(markdown.contains("Acme, Inc. has the highest total: $90,000 a year."))
    #expect(!markdown.contains("**Acme"))
  }

  /// €60,000 and $70,000 are not compared; an offer whose bonus is in
  /// another currency than its salary is not added up.
  @Test func mixedCurrencies() {
    var c = Compensation()
    c.offers = [
      offer("Berlin") {
        $0.salary = 60_000
        $0.currency = "EUR"
      },
      offer("Boston") {
        $0.salary = 70_000
        $0.currency = "USD"
      },
    ]
    let result = CompensationCalculator.compared(c)
    #expect(result.best == nil)
    #expect(result.summary.first?.contains("different currencies (EUR, USD)") == true)
    let markdown = ExportFormat.markdown.render(plan(result))
    #expect(!markdown.contains("Compared with the best"))
    #expect(markdown.contains("| Base salary | €60,000 | $70,000 |"))
    let split = CompensationCalculator.evaluate(
      offer("Split") {
        $0.salary = 60_000
        $0.currency = "EUR"
        $0.otherCurrencies = ["USD"]
      })
    #expect(split.total == nil)
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

  private func plan(_ compensation: Compensation) -> Plan {
    var plan = Plan()
    plan.sessionID = "s"
    plan.compensation = compensation
    return plan
  }
}
