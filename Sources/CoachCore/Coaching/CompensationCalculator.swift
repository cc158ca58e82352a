/// Works out an offer's total compensation per year, part by part, each
/// with a line saying how it was worked out. `docs/compensation.md` gives
/// the rules and why.
public enum CompensationCalculator {
  /// Paid working days in a year (52 weeks of 5 days), for the daily rate.
  public static let workingDaysPerYear = 260.0
  /// Paid hours in a year (52 weeks of 40 hours), for the value of an hour.
  public static let workingHoursPerYear = 2080.0
  /// Weeks a year someone commutes: 52 less about four weeks of leave.
  public static let commutingWeeksPerYear = 48.0

  /// The offer with `breakdown` and `total` filled in.
  public static func evaluate(_ offer: Offer) -> Offer {
    var result = offer
    var parts: [CompensationPart] = []
    let c = offer.currency
    func money(_ x: Double) -> String { MoneyFormatter.format(x, currency: c) }
    func number(_ x: Double) -> String { MoneyFormatter.formatNumber(x) }

    var salary: Double?
    if let s = offer.salary {
      salary = s
      parts.append(.init(label: "Base salary", amount: s, explanation: "\(money(s)) a year"))
    } else if let wage = offer.hourlyWage {
      let hours = offer.hoursPerWeek ?? 40
      let s = wage * hours * 52
      salary = s
      let note = offer.hoursPerWeek == nil ? " (40 hours assumed)" : ""
      parts.append(
        .init(
          label: "Wages", amount: s,
          explanation: "\(money(wage)) an hour × \(number(hours)) hours × 52 weeks\(note)"))
    }
    if let bonus = offer.bonus, bonus != 0 {
      parts.append(.init(label: "Bonus", amount: bonus, explanation: "\(money(bonus)) a year"))
    }
    if let salary, let part = retirementMatch(salary: salary, offer: offer) {
      parts.append(part)
    }
    if let health = offer.healthPremium, health != 0 {
      parts.append(
        .init(
          label: "Health insurance", amount: health,
          explanation: "\(money(health)) a year the employer pays toward your health premium"))
    }
    let paidDays = (offer.ptoDays ?? 0) + (offer.sickDays ?? 0)
    if let salary, paidDays > 0 {
      let daily = salary / workingDaysPerYear
      parts.append(
        .init(
          label: "Paid time off", amount: paidDays * daily,
          explanation:
            "\(number(paidDays)) paid days off × \(money(daily)) a day (salary ÷ 260): "
            + "the value of the paid days, which the salary already pays for"))
    }
    if let part = remoteSavings(salary: salary, offer: offer) { parts.append(part) }
    result.breakdown = parts
    result.total = parts.isEmpty ? nil : parts.map(\.amount).reduce(0, +)
    return result
  }

  /// The employer's retirement contribution.
  ///
  /// `matchRate` is a percent of salary and `matchCap` caps it: 4 capped at
  /// 6 is 4%. But "50% match up to 6%" means half of what you put in, on
  /// up to 6% of salary, which is 3%; a rate above the cap and of 25 or
  /// more can only mean that, so it is read that way (assuming you put in
  /// at least the cap).
  static func retirementMatch(salary: Double, offer: Offer) -> CompensationPart? {
    guard let rate = offer.matchRate, rate > 0 else { return nil }
    let c = offer.currency
    let pay = MoneyFormatter.format(salary, currency: c)
    func pct(_ x: Double) -> String { MoneyFormatter.formatNumber(x) + "%" }
    if let cap = offer.matchCap, rate > cap, rate >= 25 {
      let percent = rate * cap / 100
      let amount = salary * percent / 100
      return .init(
        label: "Retirement match", amount: amount,
        explanation:
          "\(pct(rate)) match on up to \(pct(cap)) of \(pay) = \(pct(percent)), "
          + "\(MoneyFormatter.format(amount, currency: c)) (if you put in \(pct(cap)) or more)")
    }
    let percent = min(rate, offer.matchCap ?? rate)
    let amount = salary * percent / 100
    var text = "\(pct(rate)) of \(pay)"
    if let cap = offer.matchCap, cap < rate { text += ", capped at \(pct(cap))" }
    return .init(label: "Retirement match", amount: amount, explanation: text)
  }

  /// What working from home saves: the commute's cost and the commute's
  /// time valued at the hourly rate, on each remote day of 48 weeks.
  static func remoteSavings(salary: Double?, offer: Offer) -> CompensationPart? {
    guard let days = offer.remoteDaysPerWeek, days > 0 else { return nil }
    let cost = offer.commuteCostPerDay ?? 0
    let minutes = offer.commuteMinutesPerDay ?? 0
    let hourly = offer.hourlyWage ?? (salary.map { $0 / workingHoursPerYear } ?? 0)
    let perDay = cost + minutes / 60 * hourly
    guard perDay > 0 else { return nil }
    let c = offer.currency
    func money(_ x: Double) -> String { MoneyFormatter.format(x, currency: c) }
    var pieces: [String] = []
    if cost > 0 { pieces.append("\(money(cost)) commute cost") }
    if minutes > 0, hourly > 0 {
      pieces.append(
        "\(MoneyFormatter.formatNumber(minutes)) minutes at \(money(hourly)) an hour")
    }
    let amount = days * commutingWeeksPerYear * perDay
    return .init(
      label: "Remote work", amount: amount,
      explanation:
        "\(MoneyFormatter.formatNumber(days)) remote days a week × 48 weeks × ("
        + pieces.joined(separator: " + ") + ") saved")
  }

  /// Evaluates every offer and names the one with the highest total (the
  /// first of equals), or `nil` when no offer has a total.
  public static func compare(_ offers: [Offer]) -> (offers: [Offer], best: String?) {
    let evaluated = offers.map(evaluate)
    var best: Offer?
    for o in evaluated {
      guard let t = o.total else { continue }
      if let b = best?.total, b >= t { continue }
      best = o
    }
    return (evaluated, best?.name)
  }
}
