/// Works out an offer's total compensation per year, part by part, each
/// with a line saying how it was worked out, and compares offers.
/// `docs/compensation.md` gives the rules and why.
public enum CompensationCalculator {
  /// Weeks of pay in a year.
  public static let weeksPerYear = 52.0
  /// Working days in a week, for turning days off into hours.
  public static let daysPerWeek = 5.0
  /// Hours a week when the offer does not say (a salaried job).
  public static let defaultHoursPerWeek = 40.0
  /// Weeks a year someone commutes: 52 less about four weeks of leave.
  public static let commutingWeeksPerYear = 48.0

  /// The offer with its figures and breakdown filled in.
  public static func evaluate(_ offer: Offer) -> Offer {
    var result = offer
    result.breakdown = []
    result.apart = []
    (result.cash, result.employerContributions, result.total) = (nil, nil, nil)
    (result.effectiveHourly, result.commuteSaved, result.commuteCost) = (nil, nil, nil)
    // Amounts in two currencies cannot be added up.
    guard offer.otherCurrencies.isEmpty else { return result }
    let c = offer.currency
    func money(_ x: Double) -> String { MoneyFormatter.format(x, currency: c) }
    func number(_ x: Double) -> String { MoneyFormatter.formatNumber(x) }
    let hours = offer.hoursPerWeek ?? defaultHoursPerWeek

    var parts: [CompensationPart] = []
    var pay: Double?
    if let s = offer.salary {
      pay = whole(s)
      parts.append(.init(label: "Base salary", amount: whole(s), explanation: "\(money(s)) a year"))
    } else if let wage = offer.hourlyWage {
      let yearly = whole(wage * hours * weeksPerYear)
      pay = yearly
      let note = offer.hoursPerWeek == nil ? " (40 hours assumed)" : ""
      parts.append(
        .init(
          label: "Wages", amount: yearly,
          explanation:
            "\(money(wage)) an hour × \(number(hours)) hours × 52 weeks\(note) = \(money(yearly))"
        ))
    }
    let bonus = whole(offer.bonus ?? 0)
    if bonus > 0 {
      parts.append(.init(label: "Bonus", amount: bonus, explanation: "\(money(bonus)) a year"))
    }
    var employer: Double = 0
    if let pay, let part = retirementMatch(salary: pay, offer: offer) {
      parts.append(part)
      employer += part.amount
    }
    let health = whole(offer.healthPremium ?? 0)
    if health > 0 {
      parts.append(
        .init(
          label: "Health insurance", amount: health,
          explanation: "\(money(health)) a year the employer pays toward your health premium"))
      employer += health
    }
    result.breakdown = parts
    guard pay != nil || bonus > 0 || employer > 0 else { return result }
    let cash = (pay ?? 0) + bonus
    result.cash = cash
    result.employerContributions = employer
    let total = cash + employer
    result.total = total

    // Paid days off are paid for by the pay above: they show as hours not
    // worked, never as money added.
    let daysOff = max(0, offer.ptoDays ?? 0)
    let worked = hours * weeksPerYear - daysOff * hours / daysPerWeek
    if pay != nil, worked > 0 {
      let rate = (total / worked * 100).rounded() / 100
      result.effectiveHourly = rate
      let off = daysOff > 0 ? ", less \(number(daysOff)) paid days off" : ""
      result.apart.append(
        .init(
          label: "Effective hourly", amount: rate,
          explanation:
            "\(money(total)) ÷ \(hoursText(worked)) hours worked (\(number(hours)) hours × 52 weeks"
            + "\(off)) = \(money(rate)) an hour"))
    }
    commute(offer, pay: pay, hours: hours, into: &result)
    return result
  }

  /// What the commute costs on office days and saves on remote days: its
  /// cost plus its time valued at the hourly pay, on 48 weeks. Neither is
  /// part of the total.
  static func commute(_ offer: Offer, pay: Double?, hours: Double, into result: inout Offer) {
    let remote = min(daysPerWeek, max(0, offer.remoteDaysPerWeek ?? 0))
    let office = daysPerWeek - remote
    let cost = max(0, offer.commuteCostPerDay ?? 0)
    let minutes = max(0, offer.commuteMinutesPerDay ?? 0)
    guard offer.commuteCostPerDay != nil || offer.commuteMinutesPerDay != nil else { return }
    let hourly = offer.hourlyWage ?? (pay.map { $0 / (hours * weeksPerYear) } ?? 0)
    let perDay = cost + minutes / 60 * hourly
    guard perDay > 0 else { return }
    let c = offer.currency
    func money(_ x: Double) -> String { MoneyFormatter.format(x, currency: c) }
    var pieces: [String] = []
    if cost > 0 { pieces.append("\(money(cost)) fares and fuel") }
    if minutes > 0, hourly > 0 {
      let rate = (hourly * 100).rounded() / 100
      pieces.append("\(MoneyFormatter.formatNumber(minutes)) minutes at \(money(rate)) an hour")
    }
    let day = pieces.joined(separator: " + ")
    func days(_ n: Double) -> String {
      MoneyFormatter.formatNumber(n) + (n == 1 ? " day" : " days")
    }
    if office > 0 {
      let amount = whole(office * commutingWeeksPerYear * perDay)
      result.commuteCost = amount
      result.apart.append(
        .init(
          label: "Commute cost", amount: amount,
          explanation: "\(days(office)) in the office a week × 48 weeks × (\(day))"))
    }
    if remote > 0 {
      let amount = whole(remote * commutingWeeksPerYear * perDay)
      result.commuteSaved = amount
      result.apart.append(
        .init(
          label: "Commute saved", amount: amount,
          explanation: "\(days(remote)) at home a week × 48 weeks × (\(day)), not pay"))
    }
  }

  /// The employer's retirement contribution, in whole units.
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
    let cap = offer.matchCap.map { min(100, max(0, $0)) }
    if let cap, rate > cap, rate >= 25 {
      let percent = min(rate, 100) * cap / 100
      let amount = whole(salary * percent / 100)
      return .init(
        label: "Retirement match", amount: amount,
        explanation:
          "\(pct(rate)) match on up to \(pct(cap)) of \(pay) = \(pct(percent)), "
          + "\(MoneyFormatter.format(amount, currency: c)) (if you put in \(pct(cap)) or more)")
    }
    let percent = min(rate, cap ?? rate, 100)
    let amount = whole(salary * percent / 100)
    var text = "\(pct(rate)) of \(pay)"
    if let cap, cap < rate { text += ", capped at \(pct(cap))" }
    text += " = \(MoneyFormatter.format(amount, currency: c))"
    return .init(label: "Retirement match", amount: amount, explanation: text)
  }

  /// Hours as people write them: `1,920`, `1,877.5`.
  static func hoursText(_ hours: Double) -> String {
    let whole = hours.rounded(.down)
    let rest = MoneyFormatter.formatNumber(hours - whole)
    return MoneyFormatter.grouped(Int64(whole)) + (rest == "0" ? "" : String(rest.dropFirst()))
  }

  /// Whole units, never negative.
  static func whole(_ x: Double) -> Double {
    guard x.isFinite else { return 0 }
    return max(0, x.rounded())
  }

  /// Evaluates every offer and names the one with the highest total (the
  /// first of equals), or `nil` when no offer has a total or the offers are
  /// in different currencies.
  public static func compare(_ offers: [Offer]) -> (offers: [Offer], best: String?) {
    let evaluated = offers.map(evaluate)
    guard mixedCurrencies(evaluated).isEmpty else { return (evaluated, nil) }
    var best: Offer?
    for o in evaluated {
      guard let t = o.total else { continue }
      if let b = best?.total, b >= t { continue }
      best = o
    }
    return (evaluated, best?.name)
  }

  /// The currencies named across `offers`, sorted, when there is more than
  /// one; empty when they agree (an amount with no currency agrees with any).
  public static func mixedCurrencies(_ offers: [Offer]) -> [String] {
    let named = Set(offers.flatMap { o in (o.currency.map { [$0] } ?? []) + o.otherCurrencies })
    return named.count > 1 ? named.sorted() : []
  }

  /// The comparison filled in: the best offer, which offer the stated
  /// preference names, and the comparison in plain words.
  public static func compared(_ compensation: Compensation) -> Compensation {
    var result = compensation
    // No offers: nothing to evaluate, rank, lean to or sum up (what the
    // general path below gives for none, without its work).
    if compensation.offers.isEmpty {
      result.best = nil
      result.leaning = nil
      result.summary = []
      return result
    }
    let (offers, best) = compare(compensation.offers)
    result.offers = offers
    result.best = best
    result.leaning = compensation.preference.flatMap { leaning(in: $0.value, offers: offers) }
    result.summary = summary(result)
    return result
  }

  /// The offer a preference names: the one whose name comes first in it
  /// (the longer name where two start at the same place).
  static func leaning(in text: String, offers: [Offer]) -> String? {
    guard offers.count > 1 else { return nil }
    let lower = text.lowercased()
    var found: (String.Index, Int, String)?
    for offer in offers {
      let name = offer.name.trimmingSpaces.lowercased()
      guard !name.isEmpty, let range = lower.firstRange(of: name) else { continue }
      if let f = found, f.0 < range.lowerBound || (f.0 == range.lowerBound && f.1 >= name.count) {
        continue
      }
      found = (range.lowerBound, name.count, offer.name)
    }
    return found?.2
  }

  /// The name as a sentence shows it: "your current job, Acme" for the
  /// current job (unless its name already says so).
  static func display(_ offer: Offer) -> String {
    guard offer.isCurrent, !offer.name.lowercased().contains("current") else { return offer.name }
    return "your current job, \(offer.name)"
  }

  static func summary(_ c: Compensation) -> [String] {
    let offers = c.offers
    var lines: [String] = []
    let mixed = mixedCurrencies(offers)
    if !mixed.isEmpty {
      lines.append(
        "These amounts are in different currencies (\(mixed.joined(separator: ", "))), so they "
          + "are not added up or compared: convert them to one currency to compare.")
      return lines
    }
    for o in offers where !o.otherCurrencies.isEmpty {
      lines.append("\(o.name) has amounts in more than one currency, so they are not added up.")
    }
    guard offers.count > 1 else { return lines }
    if let name = c.best, let best = offers.first(where: { $0.name == name }),
      let total = best.total
    {
      let who = display(best) + (display(best) == best.name ? "" : ",")
      let amount = MoneyFormatter.format(total, currency: best.currency)
      lines.append(
        String(who.prefix(1)).uppercased() + who.dropFirst()
          + " has the highest total: \(amount) a year.")
    }
    if let lean = c.leaning, let chosen = offers.first(where: { $0.name == lean }),
      let cash = chosen.cash
    {
      let others = offers.filter { $0.name != lean && $0.cash != nil }
      if let top = others.max(by: { ($0.cash ?? 0) < ($1.cash ?? 0) }), let topCash = top.cash {
        let gap = MoneyFormatter.format(abs(cash - topCash), currency: chosen.currency)
        let versus = display(top)
        if cash < topCash {
          lines.append("You lean to \(lean); it pays \(gap) less a year in cash than \(versus).")
        } else if cash > topCash {
          lines.append(
            "You lean to \(lean); it also pays the most in cash, \(gap) a year more than \(versus)."
          )
        } else {
          lines.append("You lean to \(lean); it pays the same in cash as \(versus).")
        }
      }
    }
    return lines
  }
}
