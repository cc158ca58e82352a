import FoundationEssentials

/// An instant together with the UTC offset the person lived it in.
///
/// The core never reads the clock: the shell hands it a `Moment`, and a
/// transcript records one with every answer, so relative deadlines ("in six
/// weeks") count from the day the answer was given, also in a replay.
public struct Moment: Hashable, Sendable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var seconds: Int64
  /// Seconds east of UTC.
  public var utcOffset: Int

  public init(seconds: Int64, utcOffset: Int = 0) {
    self.seconds = seconds
    self.utcOffset = utcOffset
  }

  /// The local calendar day of this moment.
  public var day: CalendarDay {
    let local = seconds + Int64(utcOffset)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    return CalendarDay(dayNumber: Int(days))
  }

  /// Local time of day, in seconds after midnight.
  public var secondOfDay: Int {
    let local = seconds + Int64(utcOffset)
    let r = Int(local % 86_400)
    return r < 0 ? r + 86_400 : r
  }

  /// ISO 8601 with the offset, e.g. `2026-11-25T09:00:00Z` or `…T10:00:00+01:00`.
  public var iso: String {
    let day = self.day
    let a = abs(utcOffset)
    // Written digit by digit: a journal line carries one, and a long run
    // of `say` steps writes 100,000. Anything out of the ordinary (a year
    // before 0 or after 9999, an offset of 100 hours) is spelt out below.
    guard (0...9999).contains(day.year), a < 360_000 else { return isoSpelt }
    let s = secondOfDay
    let length = utcOffset == 0 ? 20 : 25
    return String(unsafeUninitializedCapacity: length) { buffer in
      var i = 0
      func put(_ c: UInt8) {
        buffer[i] = c
        i += 1
      }
      func digits(_ n: Int, _ width: Int) {
        var divisor = width == 4 ? 1000 : 10
        while divisor > 0 {
          put(UInt8(ascii: "0") + UInt8(n / divisor % 10))
          divisor /= 10
        }
      }
      digits(day.year, 4)
      put(UInt8(ascii: "-"))
      digits(day.month, 2)
      put(UInt8(ascii: "-"))
      digits(day.day, 2)
      put(UInt8(ascii: "T"))
      digits(s / 3600, 2)
      put(UInt8(ascii: ":"))
      digits(s / 60 % 60, 2)
      put(UInt8(ascii: ":"))
      digits(s % 60, 2)
      if utcOffset == 0 {
        put(UInt8(ascii: "Z"))
      } else {
        put(UInt8(ascii: utcOffset < 0 ? "-" : "+"))
        digits(a / 3600, 2)
        put(UInt8(ascii: ":"))
        digits(a / 60 % 60, 2)
      }
      return i
    }
  }

  /// `iso` by string interpolation: what the digits above must match
  /// (`MomentISOTests`), and the form of the unusual moments.
  var isoSpelt: String {
    let s = secondOfDay
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var text = "\(day.iso)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
    if utcOffset == 0 {
      text += "Z"
    } else {
      let a = abs(utcOffset)
      text += "\(utcOffset < 0 ? "-" : "+")\(two(a / 3600)):\(two(a / 60 % 60))"
    }
    return text
  }

  /// Parses ISO 8601: `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z` or `±HH:MM`,
  /// or a bare `YYYY-MM-DD` (midnight UTC).
  public init?(iso text: String) {
    let chars = Array(text.utf8)
    let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= chars.count else { return nil }
      var n = 0
      for c in chars[range] {
        guard digits.contains(c) else { return nil }
        n = n * 10 + Int(c - UInt8(ascii: "0"))
      }
      return n
    }
    guard chars.count >= 10, let y = number(0..<4), chars[4] == UInt8(ascii: "-"),
      let mo = number(5..<7),
      chars[7] == UInt8(ascii: "-"), let d = number(8..<10),
      let day = CalendarDay(year: y, month: mo, day: d)
    else { return nil }
    var seconds = 0
    var offset = 0
    if chars.count > 10 {
      guard
        chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t")
          || chars[10] == UInt8(ascii: " "), let h = number(11..<13),
        chars.count > 15, chars[13] == UInt8(ascii: ":"), let mi = number(14..<16), h < 24, mi < 60
      else { return nil }
      seconds = h * 3600 + mi * 60
      var i = 16
      if i < chars.count, chars[i] == UInt8(ascii: ":") {
        guard let s = number(i + 1..<i + 3), s < 61 else { return nil }
        seconds += s
        i += 3
        if i < chars.count, chars[i] == UInt8(ascii: ".") {
          i += 1
          while i < chars.count, digits.contains(chars[i]) { i += 1 }
        }
      }
      guard i < chars.count else { return nil }
      if chars[i] == UInt8(ascii: "Z") || chars[i] == UInt8(ascii: "z") {
        guard i + 1 == chars.count else { return nil }
      } else if chars[i] == UInt8(ascii: "+") || chars[i] == UInt8(ascii: "-") {
        guard let oh = number(i + 1..<i + 3) else { return nil }
        var om = 0
        if i + 3 < chars.count {
          let j = chars[i + 3] == UInt8(ascii: ":") ? i + 4 : i + 3
          guard let m = number(j..<j + 2), j + 2 == chars.count else { return nil }
          om = m
        } else if i + 3 != chars.count {
          return nil
        }
        offset = (oh * 3600 + om * 60) * (chars[i] == UInt8(ascii: "-") ? -1 : 1)
      } else {
        return nil
      }
    }
    self.utcOffset = offset
    self.seconds = Int64(day.dayNumber) * 86_400 + Int64(seconds) - Int64(offset)
  }

  public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
