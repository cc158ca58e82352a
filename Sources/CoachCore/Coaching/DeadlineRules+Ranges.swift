/// Ranges, week idioms and times of day (`docs/deadlines.md`).
extension DeadlineRules {
  /// Words for a time of day, which a deadline day does not need.
  static let timesOfDay: Set<String> = [
    "am", "pm", "noon", "midday", "midnight", "morning", "afternoon", "evening", "lunch",
    "lunchtime", "oclock", "sharp", "night",
  ]

  /// "Friday at 5pm", "tomorrow morning", "by noon on Monday", "first thing
  /// Monday": the day without the time, when a day is left.
  func withoutTimeOfDay(_ t: [DeadlineToken]) -> [DeadlineToken] {
    guard t.count > 1,
      t.contains(where: { isTime($0) || Self.timesOfDay.contains($0.text) })
        || t.starts(with: ["first", "thing"], by: { $0.text == $1 })
    else { return t }
    var out: [DeadlineToken] = []
    var i = 0
    while i < t.count {
      let token = t[i]
      let next = i + 1 < t.count ? t[i + 1].text : nil
      var skip = 0
      if isTime(token) || Self.timesOfDay.contains(token.text) {
        skip = 1
      } else if token.number != nil, let n = next, Self.timesOfDay.contains(n) {
        skip = 2
      } else if token.text == "first", next == "thing" {
        skip = 2
      }
      if skip == 0 {
        out.append(token)
        i += 1
        continue
      }
      i += skip
      // "at 5pm", "in the morning", "by noon": the little word goes too.
      if let last = out.last?.text, ["at", "in", "by", "around"].contains(last) {
        out.removeLast()
      }
    }
    // "noon on Monday": "on" now leads.
    while out.count > 1, let first = out.first?.text, ["on", "at", "by"].contains(first) {
      out.removeFirst()
    }
    return out.isEmpty ? t : out
  }

  /// "17:00", "5:30".
  func isTime(_ t: DeadlineToken) -> Bool {
    guard t.text.holds(byte: UInt8(ascii: ":")) else { return false }
    let parts = t.text.split(separator: ":")
    return parts.count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
  }

  /// "in 2 to 4 weeks", "2-3 months", "a month or two", "March or April",
  /// "between June and August", "mid to late 2027": the later end.
  func range(_ input: [DeadlineToken], within: Bool) -> Match? {
    var t = input
    var separators = Self.rangeSeparators
    if t.first?.text == "between" {
      t.removeFirst()
      separators.insert("and")
    }
    // "2-3 weeks" is one token; "2 - 3 weeks" lost its dash.
    if t.count >= 2, t[0].isNumericDate, DeadlineDuration.units[t[1].text] != nil {
      let parts = t[0].text.split(separator: "-")
      guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a < b else {
        return nil
      }
      t = [DeadlineToken(number: a), DeadlineToken("to"), DeadlineToken(number: b)] + t[1...]
    } else if t.count >= 3, t[0].number != nil, t[1].number != nil, t[0].year == nil,
      DeadlineDuration.units[t[2].text] != nil
    {
      t.insert(DeadlineToken("to"), at: 1)
    }
    guard let k = t.firstIndex(where: { separators.contains($0.text) }), k > 0, k + 1 < t.count
    else { return nil }
    let left = Array(t[..<k])
    let right = Array(t[(k + 1)...])
    // "a month or two": the right side borrows the left's unit; "2 to 4
    // weeks", "March or April 2027": the left borrows the right's.
    // "this week or next", "the next month or two": the right side takes
    // the left's unit after its qualifier.
    let borrows = left.first?.amount != nil || ["this", "next"].contains(left.first?.text ?? "")
    let r =
      match(right, within: within)
      ?? (borrows && left.count > 1 ? match(right + left.dropFirst(), within: within) : nil)
    let l =
      (right.first?.amount != nil || right.count > 1
        ? match(left + right.dropFirst(), within: within) : nil)
      ?? match(left, within: within)
    guard let r, let l else { return nil }
    var later = r.day >= l.day ? r : l
    later.range = true
    later.strong = true
    return later
  }

  /// "Monday fortnight", "Friday week", "a week today", "a fortnight
  /// tomorrow", "tomorrow week": a week or two after that day (British).
  func weekIdiom(_ t: [DeadlineToken]) -> Match? {
    guard t.count >= 2 else { return nil }
    if t.count == 2, let days = Self.weekSpans[t[1].text], let base = baseDay(t[0].text) {
      return Match(day: base.adding(days: days), strong: true)
    }
    if let base = baseDay(t[t.count - 1].text),
      let span = DeadlineDuration.parse(Array(t.dropLast()), impliedOne: false),
      span.months == 0, span.days >= 7
    {
      return Match(day: span.added(to: base), strong: true)
    }
    return nil
  }

  /// The days of "week" and "fortnight" in a week idiom.
  static let weekSpans = ["week": 7, "fortnight": 14]

  /// "the Monday after Thanksgiving", "the (last) Friday before Christmas",
  /// "Tuesday after next" (the Tuesday of the week after next).
  func weekdayAround(_ input: [DeadlineToken]) -> Match? {
    // "the last Friday before Christmas" is the Friday before it.
    let t =
      input.count >= 4 && ["last", "final"].contains(input[0].text)
        && input[2].text == "before" ? Array(input.dropFirst()) : input
    guard t.count >= 3, let wd = DeadlineVocabulary.weekdays[t[0].text],
      t[1].text == "after" || t[1].text == "before"
    else { return nil }
    if t.count == 3, t[1].text == "after", t[2].text == "next" {
      return Match(day: today.adding(days: 8 - today.weekday + wd - 1 + 7), strong: true)
    }
    guard let base = match(Array(t[2...]), within: false) else { return nil }
    if t[1].text == "after" {
      let ahead = (wd - base.day.weekday + 7) % 7
      return Match(day: base.day.adding(days: ahead == 0 ? 7 : ahead), strong: true)
    }
    let back = (base.day.weekday - wd + 7) % 7
    return Match(day: base.day.adding(days: -(back == 0 ? 7 : back)), strong: true)
  }

  func baseDay(_ w: String) -> CalendarDay? {
    switch w {
    case "today": return today
    case "tomorrow": return today.adding(days: 1)
    default:
      guard let wd = DeadlineVocabulary.weekdays[w] else { return nil }
      return today.adding(days: (wd - today.weekday + 7) % 7)
    }
  }
}

extension DeadlineRules {
  /// Words between the two ends of a range.
  static let rangeSeparators: Set<String> = ["to", "or", "through", "until", "till", "til"]
}
