/// A stretch of days a deadline phrase names: a day, a week, a month, a
/// quarter, a season, a year. "By March" means the end of the period;
/// "early", "mid" and "start of" pick another day of it.
struct DeadlinePeriod: Hashable, Sendable {
  enum Kind: Sendable { case day, week, month, quarter, half, season, year, decade }

  var start: CalendarDay
  var end: CalendarDay
  var kind: Kind

  static func day(_ d: CalendarDay) -> DeadlinePeriod { .init(start: d, end: d, kind: .day) }

  static func month(_ m: Int, _ y: Int) -> DeadlinePeriod {
    let start = CalendarDay(year: y, month: m, day: 1) ?? CalendarDay.endOf(month: m, year: y)
    return .init(start: start, end: CalendarDay.endOf(month: m, year: y), kind: .month)
  }

  /// Months `first` to `first + count - 1` (may run into the next year).
  static func months(from first: Int, _ y: Int, count: Int, kind: Kind) -> DeadlinePeriod {
    let start = month(first, y).start
    let last = start.adding(months: count - 1)
    return .init(
      start: start, end: CalendarDay.endOf(month: last.month, year: last.year), kind: kind)
  }

  static func year(_ y: Int) -> DeadlinePeriod { months(from: 1, y, count: 12, kind: .year) }

  static func quarter(_ q: Int, _ y: Int) -> DeadlinePeriod {
    months(from: 3 * (q - 1) + 1, y, count: 3, kind: .quarter)
  }

  static func half(_ h: Int, _ y: Int) -> DeadlinePeriod {
    months(from: 6 * (h - 1) + 1, y, count: 6, kind: .half)
  }

  /// Meteorological seasons of the northern hemisphere. Winter `y` is
  /// December `y` to February `y + 1`.
  static func season(_ firstMonth: Int, _ y: Int) -> DeadlinePeriod {
    months(from: firstMonth, y, count: 3, kind: .season)
  }

  /// Monday to Friday of the week that holds `d`: a working week, because
  /// "by the end of the week" is about work.
  static func week(of d: CalendarDay) -> DeadlinePeriod {
    let monday = d.adding(days: 1 - d.weekday)
    return .init(start: monday, end: monday.adding(days: 4), kind: .week)
  }

  /// The day the modifier picks: the end unless said otherwise.
  func pick(_ modifier: DeadlineModifier?) -> CalendarDay {
    let span = end.dayNumber - start.dayNumber
    switch modifier {
    case nil, .end, .late: return end
    case .start: return start
    case .mid:
      switch kind {
      case .month: return start.adding(days: 14)
      case .year: return CalendarDay.endOf(month: 6, year: start.year)
      default: return start.adding(days: span / 2)
      }
    case .early:
      switch kind {
      case .month: return start.adding(days: 9)
      case .year: return CalendarDay.endOf(month: 3, year: start.year)
      default: return start.adding(days: span / 3)
      }
    }
  }
}

enum DeadlineModifier: Sendable { case start, early, mid, late, end }

/// Names of months, weekdays, seasons and holidays.
enum DeadlineVocabulary {
  static let months: [String: Int] = [
    "jan": 1, "january": 1, "feb": 2, "february": 2, "febuary": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8,
    "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12, "janurary": 1, "feburary": 2,
    "agust": 8, "febr": 2, "octo": 10,
  ]

  static let weekdays: [String: Int] = [
    "mon": 1, "monday": 1, "tue": 2, "tues": 2, "tuesday": 2, "wed": 3, "weds": 3,
    "wednesday": 3, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4, "fri": 5, "friday": 5,
    "sat": 6, "saturday": 6, "sun": 7, "sunday": 7, "wensday": 3, "wednsday": 3,
    "thrusday": 4, "fryday": 5, "satday": 6,
  ]

  /// The first month of each season.
  static let seasons: [String: Int] = [
    "spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12,
  ]

  /// Holidays by their words, each giving its day in a year. Thanksgiving,
  /// Labor Day and Memorial Day are the US ones; Easter is Western Easter.
  static let holidays: [[String]: @Sendable (Int) -> CalendarDay?] = [
    ["christmas"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["xmas"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["christmas", "day"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["christmas", "eve"]: { CalendarDay(year: $0, month: 12, day: 24) },
    ["boxing", "day"]: { CalendarDay(year: $0, month: 12, day: 26) },
    ["new", "year"]: { CalendarDay(year: $0, month: 1, day: 1) },
    ["new", "years"]: { CalendarDay(year: $0, month: 1, day: 1) },
    ["new", "year", "day"]: { CalendarDay(year: $0, month: 1, day: 1) },
    ["new", "years", "day"]: { CalendarDay(year: $0, month: 1, day: 1) },
    ["new", "year", "eve"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["new", "years", "eve"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["nye"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["halloween"]: { CalendarDay(year: $0, month: 10, day: 31) },
    ["valentines", "day"]: { CalendarDay(year: $0, month: 2, day: 14) },
    ["valentines"]: { CalendarDay(year: $0, month: 2, day: 14) },
    ["valentine", "day"]: { CalendarDay(year: $0, month: 2, day: 14) },
    ["valentine"]: { CalendarDay(year: $0, month: 2, day: 14) },
    ["independence", "day"]: { CalendarDay(year: $0, month: 7, day: 4) },
    ["easter"]: { easter($0) },
    ["easter", "sunday"]: { easter($0) },
    ["thanksgiving"]: { nthWeekday(4, 4, month: 11, year: $0) },
    ["black", "friday"]: { nthWeekday(4, 4, month: 11, year: $0)?.adding(days: 1) },
    ["labor", "day"]: { nthWeekday(1, 1, month: 9, year: $0) },
    ["labour", "day"]: { nthWeekday(1, 1, month: 9, year: $0) },
    ["memorial", "day"]: { lastWeekday(1, month: 5, year: $0) },
    ["holidays"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["holiday", "season"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["holidays", "season"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["christmas", "break"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["new", "years", "eve", "day"]: { CalendarDay(year: $0, month: 12, day: 31) },
    ["thanksgiving", "day"]: { nthWeekday(4, 4, month: 11, year: $0) },
    ["cyber", "monday"]: { nthWeekday(4, 4, month: 11, year: $0)?.adding(days: 4) },
    ["good", "friday"]: { easter($0)?.adding(days: -2) },
    ["easter", "monday"]: { easter($0)?.adding(days: 1) },
    ["easter", "weekend"]: { easter($0)?.adding(days: 1) },
    ["mlk", "day"]: { nthWeekday(3, 1, month: 1, year: $0) },
    ["martin", "luther", "king", "day"]: { nthWeekday(3, 1, month: 1, year: $0) },
    ["presidents", "day"]: { nthWeekday(3, 1, month: 2, year: $0) },
    ["president", "day"]: { nthWeekday(3, 1, month: 2, year: $0) },
    ["juneteenth"]: { CalendarDay(year: $0, month: 6, day: 19) },
    ["columbus", "day"]: { nthWeekday(2, 1, month: 10, year: $0) },
    ["indigenous", "peoples", "day"]: { nthWeekday(2, 1, month: 10, year: $0) },
    ["veterans", "day"]: { CalendarDay(year: $0, month: 11, day: 11) },
    ["remembrance", "day"]: { CalendarDay(year: $0, month: 11, day: 11) },
    ["canada", "day"]: { CalendarDay(year: $0, month: 7, day: 1) },
    ["st", "patricks", "day"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["saint", "patricks", "day"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["st", "patricks"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["mothers", "day"]: { nthWeekday(2, 7, month: 5, year: $0) },
    ["mother", "day"]: { nthWeekday(2, 7, month: 5, year: $0) },
    ["fathers", "day"]: { nthWeekday(3, 7, month: 6, year: $0) },
    ["father", "day"]: { nthWeekday(3, 7, month: 6, year: $0) },
    ["st", "patrick", "day"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["saint", "patrick", "day"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["st", "patrick"]: { CalendarDay(year: $0, month: 3, day: 17) },
    ["labor", "day", "weekend"]: { nthWeekday(1, 1, month: 9, year: $0) },
    ["memorial", "day", "weekend"]: { lastWeekday(1, month: 5, year: $0) },
    ["thanksgiving", "weekend"]: { nthWeekday(4, 4, month: 11, year: $0)?.adding(days: 3) },
    ["halloween", "night"]: { CalendarDay(year: $0, month: 10, day: 31) },
    ["christmas", "time"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["christmastime"]: { CalendarDay(year: $0, month: 12, day: 25) },
    ["groundhog", "day"]: { CalendarDay(year: $0, month: 2, day: 2) },
    ["cinco", "de", "mayo"]: { CalendarDay(year: $0, month: 5, day: 5) },
    ["may", "day"]: { CalendarDay(year: $0, month: 5, day: 1) },
    ["earth", "day"]: { CalendarDay(year: $0, month: 4, day: 22) },
    ["tax", "day"]: { CalendarDay(year: $0, month: 4, day: 15) },
    ["australia", "day"]: { CalendarDay(year: $0, month: 1, day: 26) },
    ["st", "georges", "day"]: { CalendarDay(year: $0, month: 4, day: 23) },
    ["st", "andrews", "day"]: { CalendarDay(year: $0, month: 11, day: 30) },
    // "night" goes with the times of day, so "Bonfire Night" reaches here
    // as "bonfire".
    ["bonfire"]: { CalendarDay(year: $0, month: 11, day: 5) },
    ["guy", "fawkes"]: { CalendarDay(year: $0, month: 11, day: 5) },
    // The UK's bank holidays: early May (first Monday), spring (last
    // Monday of May), August or summer (last Monday of August).
    ["may", "bank", "holiday"]: { nthWeekday(1, 1, month: 5, year: $0) },
    ["may", "day", "bank", "holiday"]: { nthWeekday(1, 1, month: 5, year: $0) },
    ["spring", "bank", "holiday"]: { lastWeekday(1, month: 5, year: $0) },
    ["august", "bank", "holiday"]: { lastWeekday(1, month: 8, year: $0) },
    ["summer", "bank", "holiday"]: { lastWeekday(1, month: 8, year: $0) },
    // The UK's tax year ends on 5 April.
    ["uk", "tax", "year"]: { CalendarDay(year: $0, month: 4, day: 5) },
    ["british", "tax", "year"]: { CalendarDay(year: $0, month: 4, day: 5) },
  ]

  /// Single words of the holiday names, for typo correction.
  static let holidayWords: Set<String> = Set(holidays.keys.flatMap { $0 }).filter {
    $0.count >= 5
  }

  /// Western Easter Sunday (the anonymous Gregorian computus).
  static func easter(_ y: Int) -> CalendarDay? {
    let a = y % 19
    let b = y / 100
    let c = y % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDay(year: y, month: month, day: day)
  }

  /// The `n`th `weekday` (ISO, 1 is Monday) of a month.
  static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CalendarDay? {
    guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
    let offset = (weekday - first.weekday + 7) % 7
    return first.adding(days: offset + 7 * (n - 1))
  }

  static func lastWeekday(_ weekday: Int, month: Int, year: Int) -> CalendarDay? {
    let last = CalendarDay.endOf(month: month, year: year)
    return last.adding(days: -((last.weekday - weekday + 7) % 7))
  }
}
