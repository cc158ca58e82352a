extension DeadlineRules {
  /// The period the words name, and whether they name it on their own
  /// (a bare "May" or "2027" inside a sentence is not taken as a deadline).
  func period(_ t: [DeadlineToken]) -> (DeadlinePeriod, Bool)? {
    guard !t.isEmpty else { return nil }
    // A fiscal year is the calendar year unless the phrase names another
    // calendar ("the UK tax year" is a holiday-table day).
    if t.count > 1, let k = t.firstIndex(where: { $0.text == "fiscal" }), k + 1 < t.count,
      t[k + 1].text == "year"
    {
      return period(Array(t[..<k] + t[(k + 1)...]))
    }
    // `relativePeriod` and `backToSchool` turn away other words; checked
    // here before their arrays are built.
    if t.count <= 3, t.allSatisfy({ Self.relativePeriodWords.contains($0.text) }),
      let p = relativePeriod(t.map(\.text))
    {
      return p
    }
    if let p = partOfMonth(t) { return (p, true) }
    if t.count <= 6, t.contains(where: { $0.text == "school" }),
      let p = backToSchool(t.map(\.text))
    {
      return (p, true)
    }
    if t.count == 1, let y = t[0].year { return (.year(y), false) }
    if t.count == 2, t[0].text == "year", let y = t[1].year { return (.year(y), true) }
    if let p = weekday(t) { return (p, t.count > 1) }
    if let p = ordinalWeekday(t) { return (p, true) }
    if let p = schoolYear(t) { return (p, true) }
    if let p = ordinalDay(t) { return (p, t.count > 1) }
    return yearly(t)
  }

  func relativePeriod(_ w: [String]) -> (DeadlinePeriod, Bool)? {
    // Other words, or more of them, name none of the periods below: most
    // words tried are turned away before a phrase is built to compare.
    guard w.count <= 3, w.allSatisfy(Self.relativePeriodWords.contains) else { return nil }
    let y = today.year
    let quarter = (today.month - 1) / 3 + 1
    let half = (today.month - 1) / 6 + 1
    let weekend = today.adding(days: (6 - today.weekday + 7) % 7)
    let weekendPeriod = DeadlinePeriod(start: weekend, end: weekend.adding(days: 1), kind: .week)
    let thisDecade = y - y % 10
    switch w {
    case ["day"], ["business"], ["business", "day"], ["play"]: return (.day(today), false)
    case ["week"], ["this", "week"], ["work", "week"]: return (.week(of: today), w.count > 1)
    case ["next", "week"]: return (.week(of: today.adding(days: 7)), true)
    case ["last", "week"]: return (.week(of: today.adding(days: -7)), true)
    case ["week", "after", "next"]: return (.week(of: today.adding(days: 14)), true)
    case ["weekend"], ["this", "weekend"]:
      return (today.weekday == 7 ? .day(today) : weekendPeriod, w.count > 1)
    case ["next", "weekend"]: return (.day(weekend.adding(days: 8)), true)
    case ["month"], ["this", "month"]: return (.month(today.month, y), w.count > 1)
    case ["next", "month"]: return (month(offset: 1), true)
    case ["month", "after", "next"]: return (month(offset: 2), true)
    case ["last", "month"]: return (month(offset: -1), true)
    case ["quarter"], ["this", "quarter"], ["current", "quarter"]:
      return (.quarter(quarter, y), w.count > 1)
    case ["next", "quarter"]:
      return (quarter == 4 ? .quarter(1, y + 1) : .quarter(quarter + 1, y), true)
    case ["last", "quarter"]:
      return (quarter == 1 ? .quarter(4, y - 1) : .quarter(quarter - 1, y), true)
    case ["half"], ["this", "half"]: return (.half(half, y), w.count > 1)
    case ["next", "half"]: return (half == 2 ? .half(1, y + 1) : .half(2, y), true)
    case ["year"], ["this", "year"], ["calendar", "year"], ["current", "year"],
      ["this", "calendar", "year"]:
      return (.year(y), w.count > 1)
    case ["next", "year"], ["next", "calendar", "year"]: return (.year(y + 1), true)
    case ["year", "after", "next"]: return (.year(y + 2), true)
    case ["last", "year"]: return (.year(y - 1), true)
    case ["decade"], ["this", "decade"]:
      return (
        DeadlinePeriod(
          start: DeadlinePeriod.year(thisDecade).start,
          end: DeadlinePeriod.year(thisDecade + 9).end, kind: .decade), w.count > 1
      )
    default: return nil
    }
  }

  /// Every word of the phrases of `relativePeriod`.
  static let relativePeriodWords: Set<String> = [
    "after", "business", "calendar", "current", "day", "decade", "half", "last", "month", "next",
    "play", "quarter", "this", "week", "weekend", "work", "year",
  ]

  func month(offset: Int) -> DeadlinePeriod {
    let d =
      CalendarDay(year: today.year, month: today.month, day: 1)?.adding(months: offset)
      ?? today
    return .month(d.month, d.year)
  }

  /// "Friday" and "this Friday" are the first Friday from today on; "next
  /// Friday" and "Friday next week" are the Friday of next week; "last
  /// Friday" is the latest Friday before today (a past day, which the
  /// caller refuses with its reason).
  func weekday(_ t: [DeadlineToken]) -> DeadlinePeriod? {
    var w = t.map(\.text)
    var next = false
    if w.first == "last", w.count == 2, let wd = DeadlineVocabulary.weekdays[w[1]] {
      let back = (today.weekday - wd + 7) % 7
      return .day(today.adding(days: -(back == 0 ? 7 : back)))
    }
    if w.first == "this" {
      w.removeFirst()
    } else if w.first == "next" {
      next = true
      w.removeFirst()
    }
    if w.count == 3, w.suffix(2) == ["next", "week"] {
      next = true
      w.removeLast(2)
    } else if w.count == 3, w.suffix(2) == ["this", "week"] {
      w.removeLast(2)
    }
    guard w.count == 1, let wd = DeadlineVocabulary.weekdays[w[0]] else { return nil }
    if next {
      return .day(today.adding(days: 8 - today.weekday + wd - 1))
    }
    return .day(today.adding(days: (wd - today.weekday + 7) % 7))
  }

  /// "the 15th" (the next 15th from today on), "the 15th of next month".
  func ordinalDay(_ input: [DeadlineToken]) -> DeadlinePeriod? {
    let t = input.filter { DeadlineVocabulary.weekdays[$0.text] == nil }
    guard let first = t.first, let n = first.ordinal, (1...31).contains(n) else { return nil }
    let rest = t.dropFirst().map(\.text)
    let base = CalendarDay(year: today.year, month: today.month, day: 1) ?? today
    switch rest {
    case []:
      for k in 0..<3 {
        let m = base.adding(months: k)
        if let d = CalendarDay(year: m.year, month: m.month, day: n), d >= today { return .day(d) }
      }
      return nil
    case ["month"], ["every", "month"]:
      return ordinalDay([first])
    case ["next", "month"], ["this", "month"]:
      let m = base.adding(months: rest[0] == "next" ? 1 : 0)
      return CalendarDay(year: m.year, month: m.month, day: n).map(DeadlinePeriod.day)
    default: return nil
    }
  }

  /// Things that come once a year: months, written dates, quarters, halves,
  /// seasons and holidays, with an optional year or "this"/"next".
  func yearly(_ input: [DeadlineToken]) -> (DeadlinePeriod, Bool)? {
    var t = input
    var qualifier = Qualifier.bare
    switch t.first?.text {
    case "this": qualifier = .this
    case "next": qualifier = .next
    case "last", "past": qualifier = .last
    default: break
    }
    if qualifier != .bare { t.removeFirst() }
    var year: Int?
    let w = t.map(\.text)
    if w.count > 2, w.suffix(2) == ["next", "year"] || w.suffix(2) == ["this", "year"] {
      year = today.year + (w[w.count - 2] == "next" ? 1 : 0)
      t.removeLast(2)
    } else if let i = t.firstIndex(where: { $0.year != nil }), t.count > 1 {
      year = t[i].year
      t.remove(at: i)
    } else if let y = twoDigitYear(t) {
      // "2 Mar 28", "Mar 2 28", "Q3 27": a written year of two digits.
      year = y
      t.removeLast()
    }
    // "winter 2027/28": a split year names what runs across both years.
    var split = false
    if year == nil, t.count > 1, let i = t.firstIndex(where: { Self.splitYear($0) != nil }) {
      year = Self.splitYear(t[i])
      split = true
      t.remove(at: i)
    }
    guard qualifier == .bare || year == nil, !t.isEmpty,
      let (make, named) = yearlyThing(t)
    else { return nil }
    let strong = named || year != nil || qualifier != .bare
    if let y = year {
      return make(y).flatMap { !split || $0.end.year == y + 1 ? ($0, strong) : nil }
    }
    return occurrence(qualifier, make).map { ($0, strong) }
  }

  /// The last word as a year of two digits, when the words before it are
  /// a whole date or a quarter or half: "2 Mar 28" is 2 March 2028, while
  /// "Mar 28" stays 28 March.
  func twoDigitYear(_ t: [DeadlineToken]) -> Int? {
    guard t.count >= 2, let last = t.last, last.text.count == 2, let n = last.number,
      last.ordinal == nil
    else { return nil }
    let before = t.dropLast()
    let w = before.map(\.text)
    let hasMonth = w.contains { DeadlineVocabulary.months[$0] != nil }
    let hasDay = before.contains {
      ($0.number ?? $0.ordinal).map { (1...31).contains($0) } ?? false
    }
    let quarterOrHalf =
      w.count == 1 && (w[0].hasPrefix("q") || w[0].hasPrefix("h")) && w[0].count == 2
    return (hasMonth && hasDay) || quarterOrHalf ? 2000 + n : nil
  }

  /// "the second Tuesday of March", "first Monday in June 2027", "the last
  /// Friday of the month", "the 3rd Thursday of next month".
  func ordinalWeekday(_ input: [DeadlineToken]) -> DeadlinePeriod? {
    guard input.count >= 3 else { return nil }
    let n: Int
    if input[0].text == "last" || input[0].text == "final" {
      n = 0
    } else if let o = input[0].ordinal, (1...5).contains(o) {
      n = o
    } else {
      return nil
    }
    guard let wd = DeadlineVocabulary.weekdays[input[1].text] else { return nil }
    var rest = Array(input.dropFirst(2))
    if rest.first?.text == "in" { rest.removeFirst() }
    func day(_ month: Int, _ year: Int) -> CalendarDay? {
      let d =
        n == 0
        ? DeadlineVocabulary.lastWeekday(wd, month: month, year: year)
        : DeadlineVocabulary.nthWeekday(n, wd, month: month, year: year)
      return d.flatMap { $0.month == month ? $0 : nil }
    }
    return inMonth(rest) { m, y in day(m, y).map(DeadlinePeriod.day) }
  }

  /// The period `make` gives in the month the words name: "March", "next
  /// March", "March 2028" (the yearly thing's occurrence by `occurrence`),
  /// "this month", "next month".
  func inMonth(_ words: [DeadlineToken], _ make: (Int, Int) -> DeadlinePeriod?)
    -> DeadlinePeriod?
  {
    var r = words
    switch r.map(\.text) {
    case ["month"], ["this", "month"]: return make(today.month, today.year)
    case ["next", "month"]:
      let m = month(offset: 1).start
      return make(m.month, m.year)
    default: break
    }
    var q = Qualifier.bare
    if r.first?.text == "next" {
      q = .next
      r.removeFirst()
    } else if r.first?.text == "this" {
      q = .this
      r.removeFirst()
    }
    var year: Int?
    if r.count == 2, let y = r[1].year {
      year = y
      r.removeLast()
    }
    guard r.count == 1, let m = DeadlineVocabulary.months[r[0].text] else { return nil }
    if let y = year { return make(m, y) }
    return occurrence(q) { make(m, $0) }
  }

  /// "the first week of January" (its 7th), "the last week of March" (its
  /// last day), "the second week of May", "the first half of March" (the
  /// 15th), "the second half of June" (its last day), "the last week of
  /// this month": a part of a month, by its last day, with an optional
  /// year or "next"/"this".
  func partOfMonth(_ input: [DeadlineToken]) -> DeadlinePeriod? {
    guard input.count >= 3, ["week", "half"].contains(input[1].text) else { return nil }
    let isWeek = input[1].text == "week"
    let part: Int
    if input[0].text == "last" || input[0].text == "final" {
      part = 0
    } else if let o = input[0].ordinal, (1...(isWeek ? 4 : 2)).contains(o) {
      part = o
    } else {
      return nil
    }
    var rest = Array(input.dropFirst(2))
    if rest.first?.text == "in" { rest.removeFirst() }
    return inMonth(rest) { m, y in
      let whole = DeadlinePeriod.month(m, y)
      let lastDay: CalendarDay
      switch (isWeek, part) {
      case (_, 0), (false, 2): lastDay = whole.end
      case (true, let n): lastDay = whole.start.adding(days: 7 * n - 1)
      case (false, _): lastDay = whole.start.adding(days: 14)
      }
      return DeadlinePeriod(start: whole.start, end: lastDay, kind: .day)
    }
  }

  /// "back to school", "back-to-school time", "when school goes back": the
  /// first day of the next school year's first month (`DeadlineOptions`).
  func backToSchool(_ w: [String]) -> DeadlinePeriod? {
    var words = w
    var qualifier = Qualifier.bare
    if words.last == "next" || words.suffix(2) == ["next", "year"] {
      qualifier = .next
      words.removeLast(words.last == "next" ? 1 : 2)
    }
    if words.last == "time" { words.removeLast() }
    guard
      words == ["back", "to", "school"] || words == ["school", "goes", "back"]
        || words == ["school", "starts"] || words == ["school", "starts", "again"]
    else { return nil }
    let start = options.academicYearStart
    return occurrence(qualifier) { y in
      CalendarDay(year: y, month: start, day: 1).map(DeadlinePeriod.day)
    }
  }

  /// "the school year", "this academic year", "end of next school year",
  /// "the 2027/28 school year": September to June by default
  /// (`DeadlineOptions`), so a school year names the end of its last month.
  func schoolYear(_ input: [DeadlineToken]) -> DeadlinePeriod? {
    var t = input
    var qualifier = Qualifier.bare
    switch t.first?.text {
    case "this", "current": qualifier = .this
    case "next": qualifier = .next
    case "last": qualifier = .last
    default: break
    }
    if qualifier != .bare { t.removeFirst() }
    var year: Int?
    if let i = t.firstIndex(where: { Self.splitYear($0) != nil }) {
      year = Self.splitYear(t[i])
      t.remove(at: i)
    }
    let w = t.map(\.text)
    guard w == ["school", "year"] || w == ["academic", "year"] || w == ["schoolyear"] else {
      return nil
    }
    let start = options.academicYearStart
    let end = options.academicYearEnd
    let make: (Int) -> DeadlinePeriod? = { y in
      let first = DeadlinePeriod.month(start, y).start
      let endYear = end < start ? y + 1 : y
      return DeadlinePeriod(
        start: first, end: CalendarDay.endOf(month: end, year: endYear), kind: .year)
    }
    if let y = year { return make(y) }
    return occurrence(qualifier, make)
  }

  /// The first year of "2027/28", "2027-28" or "2027/2028".
  static func splitYear(_ token: DeadlineToken) -> Int? {
    guard token.isNumericDate else { return nil }
    let parts = token.text.split(whereSeparator: { $0 == "/" || $0 == "-" })
    guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]),
      let second = Int(parts[1]), (1900...2199).contains(first)
    else { return nil }
    switch parts[1].count {
    case 2: return second == (first + 1) % 100 ? first : nil
    case 4: return second == first + 1 ? first : nil
    default: return nil
    }
  }

  /// What a yearly thing is in a given year, and whether its words make a
  /// deadline on their own.
  func yearlyThing(_ t: [DeadlineToken]) -> ((Int) -> DeadlinePeriod?, Bool)? {
    let w = t.map(\.text)
    if let make = DeadlineVocabulary.holidays[w] {
      return ({ make($0).map(DeadlinePeriod.day) }, false)
    }
    if w.count == 1, let s = DeadlineVocabulary.seasons[w[0]] {
      return ({ .season(s, $0) }, false)
    }
    if let q = numbered(w, letter: "q", word: "quarter", t, limit: 4) {
      return ({ .quarter(q, $0) }, true)
    }
    if let h = numbered(w, letter: "h", word: "half", t, limit: 2) {
      return ({ .half(h, $0) }, true)
    }
    return writtenDate(t)
  }

  /// "q3", "3rd quarter", "third quarter"; "h1", "first half".
  func numbered(_ w: [String], letter: String, word: String, _ t: [DeadlineToken], limit: Int)
    -> Int?
  {
    if w.count == 1, w[0].hasPrefix(letter), let n = Int(w[0].dropFirst()), (1...limit).contains(n)
    {
      return n
    }
    if w.count == 2, w[1] == word, let n = t[0].ordinal, (1...limit).contains(n) { return n }
    if w.count == 2, w[0] == word, let n = t[1].number, (1...limit).contains(n) { return n }
    return nil
  }

  /// A month name with an optional day: "June 30", "30 June", "Friday 30th
  /// June", "June".
  func writtenDate(_ t: [DeadlineToken]) -> ((Int) -> DeadlinePeriod?, Bool)? {
    var month: Int?
    var day: Int?
    var sawWeekday = false
    for token in t {
      if let m = DeadlineVocabulary.months[token.text], month == nil {
        month = m
      } else if DeadlineVocabulary.weekdays[token.text] != nil, !sawWeekday {
        sawWeekday = true
      } else if day == nil, let n = token.ordinal ?? token.number, (1...31).contains(n) {
        day = n
      } else {
        return nil
      }
    }
    guard let m = month else { return nil }
    if let d = day {
      return ({ CalendarDay(year: $0, month: m, day: d).map(DeadlinePeriod.day) }, true)
    }
    guard !sawWeekday else { return nil }
    return ({ .month(m, $0) }, false)
  }
}
