/// The rules that turn normalised deadline words into a day, for one
/// `today`. `DeadlineParser` strips the leading and trailing words first.
struct DeadlineRules {
  let today: CalendarDay
  var options = DeadlineOptions()

  typealias Match = DeadlineParser.Match

  /// Short forms people use in work chat.
  static let abbreviations: [String: [String]] = [
    "eoy": ["end", "year"], "eom": ["end", "month"], "eoq": ["end", "quarter"],
    "eow": ["end", "week"], "eod": ["end", "day"], "cob": ["end", "day"], "eob": ["end", "day"],
    "tmrw": ["tomorrow"], "tmr": ["tomorrow"], "tomorow": ["tomorrow"], "yr": ["year"],
    "2moro": ["tomorrow"], "2morrow": ["tomorrow"], "tmrow": ["tomorrow"], "tomoz": ["tomorrow"],
    "tmro": ["tomorrow"], "2day": ["today"], "tday": ["today"], "wknd": ["weekend"],
    "nxt": ["next"], "xmas": ["christmas"], "thru": ["through"], "mth": ["month"],
    "hols": ["holidays"], "qtr": ["quarter"], "fy": ["fiscal", "year"], "following": ["next"],
  ]

  /// "FY27", "fy2027": the fiscal year, which is the calendar year.
  static func fiscalYear(_ token: DeadlineToken) -> [DeadlineToken]? {
    guard token.text.hasPrefix("fy"), let n = Int(token.text.dropFirst(2)) else { return nil }
    switch token.text.count - 2 {
    case 2: return [DeadlineToken("year"), DeadlineToken(number: 2000 + n)]
    case 4 where (1900...2199).contains(n):
      return [DeadlineToken("year"), DeadlineToken(number: n)]
    default: return nil
    }
  }

  static let modifiers: [([String], DeadlineModifier)] = [
    (["last", "day"], .end), (["first", "day"], .start), (["end"], .end), (["close"], .end),
    (["start"], .start), (["beginning"], .start), (["begin"], .start), (["mid"], .mid),
    (["middle"], .mid), (["early"], .early), (["late"], .late), (["later", "in"], .end),
    (["later"], .end),
  ]

  func match(_ input: [DeadlineToken], within: Bool) -> Match? {
    // Short forms spelt out; most words tried have none, and keep `input`.
    var spelt: [DeadlineToken] = []
    var respelt = false
    for (k, token) in input.enumerated() {
      let words =
        Self.abbreviations[token.text]?.map { DeadlineToken($0) } ?? Self.fiscalYear(token)
      if let words {
        if !respelt { spelt = Array(input[..<k]) }
        respelt = true
        spelt += words
      } else if respelt {
        spelt.append(token)
      }
    }
    var t = withoutTimeOfDay(respelt ? spelt : input)
    // "end of day" or "close of business" beside a day changes nothing.
    for words in Self.endsOfDay where t.count > 2 {
      if t.starts(with: words, by: { $0.text == $1 }) { t.removeFirst(2) }
      if t.suffix(2).elementsEqual(words, by: { $0.text == $1 }) { t.removeLast(2) }
    }
    if t.count == 1, t[0].isNumericDate { return numericDate(t[0].text) }
    if let m = range(t, within: within) { return m }
    if let m = weekIdiom(t) { return m }
    if let m = weekdayAround(t) { return m }
    if t.count == 1, t[0].text.count == 8, let n = t[0].number {
      return CalendarDay(year: n / 10000, month: n / 100 % 100, day: n % 100)
        .map { Match(day: $0, strong: true) }
    }
    if let m = durationFrom(t) { return m }
    if let m = duration(t, within: within) { return m }
    // `relativeDay` turns away other words; checked here before its array is built.
    if t.count <= 4, t.allSatisfy({ Self.relativeDayWords.contains($0.text) }),
      let m = relativeDay(t.map(\.text))
    {
      return m
    }
    var rest = t[...]
    var modifier: DeadlineModifier?
    for (words, m) in Self.modifiers
    where rest.count > words.count && rest.starts(with: words, by: { $0.text == $1 }) {
      modifier = m
      rest = rest.dropFirst(words.count)
      break
    }
    if modifier == nil, rest.count > 1, rest.last?.text == "end" {
      modifier = .end
      rest = rest.dropLast()
    }
    guard let (p, strong) = period(Array(rest)) else { return nil }
    if p.kind == .day, modifier != nil, rest.count == 1, rest[rest.startIndex].text == "day" {
      return Match(day: today, strong: true)
    }
    return Match(day: p.pick(modifier), strong: strong || modifier != nil)
  }

  /// "End of day", "close of business": words beside a day that change nothing.
  static let endsOfDay = [
    ["end", "day"], ["close", "business"], ["end", "business"], ["close", "play"],
  ]

  func relativeDay(_ w: [String]) -> Match? {
    // Other words, or more of them, name none of the days below.
    guard w.count <= 4, w.allSatisfy(Self.relativeDayWords.contains) else { return nil }
    switch w {
    case ["today"], ["tonight"]: return Match(day: today, strong: false)
    case ["tomorrow"], ["tomorrow", "night"]: return Match(day: today.adding(days: 1), strong: true)
    case ["day", "after", "tomorrow"]: return Match(day: today.adding(days: 2), strong: true)
    case ["yesterday"]: return Match(day: today.adding(days: -1), strong: true)
    case ["this", "time", "next", "year"], ["same", "time", "next", "year"]:
      return Match(day: today.adding(months: 12), strong: true)
    case ["this", "time", "next", "month"], ["same", "time", "next", "month"]:
      return Match(day: today.adding(months: 1), strong: true)
    case ["this", "time", "next", "week"], ["same", "time", "next", "week"]:
      return Match(day: today.adding(days: 7), strong: true)
    default: return nil
    }
  }

  /// Every word of the phrases of `relativeDay`.
  static let relativeDayWords: Set<String> = [
    "after", "day", "month", "next", "night", "same", "this", "time", "today", "tomorrow",
    "tonight", "week", "year", "yesterday",
  ]

  /// `2027-06-30`, `30/06/2027`, `06/30/2027`, `30.06.27`, `2027-06`, `06/2027`,
  /// `30/06`. When both orders are possible the options' order decides
  /// (day first unless the locale is the United States'), and the match
  /// says so, for saying back.
  func numericDate(_ text: String) -> Match? {
    let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    func fullYear(_ i: Int) -> Int? {
      switch parts[i].count {
      case 4: return numbers[i]
      case 2: return 2000 + numbers[i]
      default: return nil
      }
    }
    func found(_ day: CalendarDay?, _ order: NumericDateOrder, ambiguous: Bool = false) -> Match? {
      day.map { Match(day: $0, strong: true, order: order, ambiguous: ambiguous) }
    }
    /// Month and day from two numbers, and the order taken.
    func monthDay(_ a: Int, _ b: Int) -> (Int, Int, NumericDateOrder, Bool) {
      if a <= 12, b > 12 { return (a, b, .monthFirst, false) }
      if b <= 12, a > 12 { return (b, a, .dayFirst, false) }
      let ambiguous = a != b
      if options.numericOrder == .monthFirst { return (a, b, .monthFirst, ambiguous) }
      return (b, a, .dayFirst, ambiguous)
    }
    if parts.count == 3 {
      if parts[0].count == 4 {
        return found(CalendarDay(year: numbers[0], month: numbers[1], day: numbers[2]), .yearFirst)
      }
      guard let y = fullYear(2) else { return nil }
      let (month, day, order, ambiguous) = monthDay(numbers[0], numbers[1])
      return found(CalendarDay(year: y, month: month, day: day), order, ambiguous: ambiguous)
    }
    guard parts.count == 2 else { return nil }
    if parts[0].count == 4, (1...12).contains(numbers[1]) {
      return found(CalendarDay.endOf(month: numbers[1], year: numbers[0]), .yearFirst)
    }
    if parts[1].count == 4, (1...12).contains(numbers[0]) {
      return found(CalendarDay.endOf(month: numbers[0], year: numbers[1]), .monthFirst)
    }
    let (month, day, order, ambiguous) = monthDay(numbers[0], numbers[1])
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let next = occurrence(.bare) {
      CalendarDay(year: $0, month: month, day: day).map(DeadlinePeriod.day)
    }
    return found(next?.end, order, ambiguous: ambiguous)
  }

  enum Qualifier { case bare, this, next, last }

  /// The occurrence of a yearly thing that the qualifier names: "this" is
  /// the one under way or this year's; "next" the first not yet started;
  /// bare the first not yet over.
  func occurrence(_ q: Qualifier, _ make: (Int) -> DeadlinePeriod?) -> DeadlinePeriod? {
    let y = today.year
    switch q {
    case .this:
      for c in [y - 1, y].compactMap(make) where c.start <= today && today <= c.end { return c }
      return make(y)
    case .last:
      return (y - 9...y).reversed().compactMap(make).first { $0.end < today }
    case .next:
      return (y - 1...y + 9).compactMap(make).first { $0.start > today }
    case .bare:
      return (y - 1...y + 9).compactMap(make).first { $0.end >= today }
    }
  }

  /// "a week on Friday", "two weeks from Monday", "3 days after Christmas",
  /// "the day before Thanksgiving", "a week before the end of June".
  func durationFrom(_ t: [DeadlineToken]) -> Match? {
    guard
      let k = t.firstIndex(where: { ["from", "on", "after", "before"].contains($0.text) }),
      k > 0, k + 1 < t.count,
      let span = DeadlineDuration.parse(Array(t[..<k]), impliedOne: false)
        ?? DeadlineDuration.parse(Array(t[..<k]), impliedOne: true),
      let base = match(Array(t[(k + 1)...]), within: false)
    else { return nil }
    if t[k].text == "before" {
      return Match(day: span.subtracted(from: base.day), strong: true)
    }
    return Match(day: span.added(to: base.day), strong: true)
  }

  /// Words after a duration that count from today: "3 weeks from now".
  static let durationSuffixes: [[String]] = [
    ["from", "now"], ["from", "today"], ["time"], ["later"], ["out"], ["away"], ["hence"],
    ["ahead"], ["after", "today"],
  ]

  /// "in 2 weeks" and the like; `nil` unless every word is part of it.
  func duration(_ input: [DeadlineToken], within: Bool) -> Match? {
    var t = input[...]
    var strong = false
    for s in Self.durationSuffixes
    where t.count > s.count && t.suffix(s.count).elementsEqual(s, by: { $0.text == $1 }) {
      t = t.dropLast(s.count)
      strong = true
      break
    }
    var impliedOne = false
    if t.first?.text == "next" {
      t = t.dropFirst()
      strong = true
      if t.first?.amount == nil {
        guard within else { return nil }
        impliedOne = true
      }
    }
    guard let span = DeadlineDuration.parse(Array(t), impliedOne: impliedOne) else { return nil }
    return Match(day: span.added(to: today), strong: strong)
  }
}
