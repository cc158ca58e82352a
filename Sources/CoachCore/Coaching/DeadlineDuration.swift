/// A span of time such as "a year and a half" or "6 weeks", to add to today.
struct DeadlineDuration: Hashable, Sendable {
  var months: Double = 0
  var days: Double = 0
  var workingDays = 0

  /// The largest count of one unit a span may hold ("1200 days"; "in 5000
  /// years" names no deadline): the 100-year horizon in months.
  static let largestAmount = Double(DeadlineParser.horizonMonths)

  /// Units by their words, in months or days.
  static let units: [String: (months: Double, days: Double)] = {
    var u: [String: (months: Double, days: Double)] = [:]
    for w in ["hour", "hours", "hr", "hrs", "h"] { u[w] = (0, 1.0 / 24) }
    for w in ["day", "days", "d"] { u[w] = (0, 1) }
    for w in ["week", "weeks", "wk", "wks", "w"] { u[w] = (0, 7) }
    for w in ["fortnight", "fortnights"] { u[w] = (0, 14) }
    for w in ["month", "months", "mo", "mos", "mth", "mths", "mon", "mons", "m"] { u[w] = (1, 0) }
    for w in ["quarter", "quarters"] { u[w] = (3, 0) }
    for w in ["year", "years", "yr", "yrs", "y"] { u[w] = (12, 0) }
    for w in ["decade", "decades"] { u[w] = (120, 0) }
    return u
  }()

  /// Parses amounts and units joined by "and": "1 year and 6 months",
  /// "6 and 1 half months", "half 1 year", "1.5 years". Every word must fit.
  static func parse(_ t: [DeadlineToken], impliedOne: Bool) -> DeadlineDuration? {
    var span = DeadlineDuration()
    var i = 0
    var any = false
    func text(_ k: Int) -> String? { k < t.count ? t[k].text : nil }
    func isHalf(_ k: Int) -> Bool { text(k) == "half" || text(k) == "1/2" }
    while i < t.count {
      if any, text(i) == "and" || text(i) == "plus" {
        i += 1
        // "a year and a half": the half of the unit just read.
        if t.indices.contains(i), t[i].number == 1, isHalf(i + 1), i + 2 == t.count {
          return span.addingHalfOfLast(t, i)
        }
      }
      var amount: Double
      if impliedOne, !any {
        amount = 1
      } else if isHalf(i), t.indices.contains(i + 1), t[i + 1].number == 1 {
        amount = 0.5  // "half a year"
        i += 2
      } else if t.indices.contains(i), t[i].number == 1, isHalf(i + 1) {
        amount = 0.5  // "a half year"
        i += 2
      } else if isHalf(i) {
        amount = 0.5
        i += 1
      } else if t.indices.contains(i), let a = t[i].amount {
        amount = a
        i += 1
        // "6 and a half months"
        if text(i) == "and", t.indices.contains(i + 1), t[i + 1].number == 1, isHalf(i + 2) {
          amount += 0.5
          i += 3
        }
      } else {
        return nil
      }
      guard amount >= 0, amount <= Self.largestAmount else { return nil }
      if text(i) == "business" || text(i) == "working" || text(i) == "work" {
        guard let u = text(i + 1), u == "day" || u == "days" else { return nil }
        span.workingDays += Int(amount.rounded())
        i += 2
      } else if let u = text(i), let unit = units[u] {
        span.months += amount * unit.months
        span.days += amount * unit.days
        i += 1
      } else {
        return nil
      }
      any = true
    }
    return any ? span : nil
  }

  private func addingHalfOfLast(_ t: [DeadlineToken], _ i: Int) -> DeadlineDuration? {
    // The unit is the word before "and".
    guard i >= 2, let unit = Self.units[t[i - 2].text] else { return nil }
    var span = self
    span.months += unit.months / 2
    span.days += unit.days / 2
    return span
  }

  /// The day this span before `day`: whole months first, then days (working
  /// days count back over weekends).
  func subtracted(from day: CalendarDay) -> CalendarDay {
    let whole = months.rounded(.down)
    var d = day.adding(months: -Int(whole))
    d = d.adding(days: -Int(((months - whole) * 30 + days).rounded()))
    var left = workingDays
    while left > 0 {
      d = d.adding(days: -1)
      if d.weekday <= 5 { left -= 1 }
    }
    return d
  }

  /// Whole months first (clamping at a month's end), then the rest as days.
  func added(to day: CalendarDay) -> CalendarDay {
    let whole = months.rounded(.down)
    var d = day.adding(months: Int(whole))
    d = d.adding(days: Int(((months - whole) * 30 + days).rounded()))
    var left = workingDays
    while left > 0 {
      d = d.adding(days: 1)
      if d.weekday <= 5 { left -= 1 }
    }
    return d
  }
}
