/// The byte-level pieces of `JSONWriter`: each writes at a pointer with
/// room enough and says how many bytes it wrote.
enum JSONBytes {
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// Whether any of the eight bytes of `word` is a control character, `"`
  /// or `\` (exact as a yes or no, not as to which byte). A byte below
  /// 0x20 is found by subtracting 0x20 from every byte (a borrow sets its
  /// top bit where the byte's own top bit was clear); `"` and `\` by
  /// subtracting one after an exclusive or, which leaves those bytes zero.
  /// The three tests share their last step: the exclusive ors leave each
  /// byte's top bit as it was.
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool { escapeBits(word) != 0 }

  /// The test of `mayNeedEscape` before its comparison with zero, so that
  /// two words can be tested with one.
  @inline(__always)
  static func escapeBits(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let borrows = (word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)
    return borrows & ~word & (ones &* 0x80)
  }

  /// Writes `utf8` escaped at `out`, which has room for six bytes a byte;
  /// returns how many it wrote.
  ///
  /// Eight bytes at a time are read as a word and, when none needs an
  /// escape, stored as they are: no run is measured and then copied (and
  /// sixteen at a time until the first escape). A word that holds one is
  /// written byte by byte. The bytes left over at
  /// the end are read as the last eight of the text when nothing before
  /// was escaped (so those eight land where they were already written).
  ///
  /// Inlined into the writer's few functions that write a string, each
  /// called once a string: a call of its own cost as much as a short
  /// string's scan.
  @inline(__always)
  static func escaped(_ utf8: UnsafeBufferPointer<UInt8>, at out: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    guard let source = utf8.baseAddress else { return 0 }
    let n = utf8.count
    var i = 0
    // Sixteen bytes at a time while none needs an escape.
    while i &+ 16 <= n {
      let first = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
      let second = UnsafeRawPointer(source + i + 8).loadUnaligned(as: UInt64.self)
      if escapeBits(first) | escapeBits(second) != 0 { break }
      UnsafeMutableRawPointer(out + i).storeBytes(of: first, as: UInt64.self)
      UnsafeMutableRawPointer(out + i + 8).storeBytes(of: second, as: UInt64.self)
      i &+= 16
    }
    var written = i
    while i &+ 8 <= n {
      let word = UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)
      if mayNeedEscape(word) {
        for _ in 0..<8 {
          written &+= put(source[i], at: out + written)
          i &+= 1
        }
      } else {
        UnsafeMutableRawPointer(out + written).storeBytes(of: word, as: UInt64.self)
        i &+= 8
        written &+= 8
      }
    }
    guard i < n else { return written }
    // Nothing escaped yet means `written == i`: text and output agree.
    if n >= 8, written == i {
      let word = UnsafeRawPointer(source + n - 8).loadUnaligned(as: UInt64.self)
      if !mayNeedEscape(word) {
        UnsafeMutableRawPointer(out + n - 8).storeBytes(of: word, as: UInt64.self)
        return n
      }
    }
    while i < n {
      written &+= put(source[i], at: out + written)
      i &+= 1
    }
    return written
  }

  /// Writes `byte`, escaped if it needs to be, at `out`; returns how many
  /// bytes.
  @inline(__always)
  static func put(_ byte: UInt8, at out: UnsafeMutablePointer<UInt8>) -> Int {
    if needsEscape(byte) { return escape(byte, at: out) }
    out[0] = byte
    return 1
  }

  /// Writes `count` spaces at `out`, eight at a time: up to seven more
  /// than `count` (and eight when it is zero), which there must be room
  /// for; whatever is written next goes over them.
  @inline(__always)
  static func spaces(_ count: Int, at out: UnsafeMutablePointer<UInt8>) {
    let raw = UnsafeMutableRawPointer(out)
    var i = 0
    repeat {
      raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: i, as: UInt64.self)
      i &+= 8
    } while i < count
  }

  /// Writes `value` in decimal at `out`, with zeros in front up to `width`
  /// characters as `CalendarDay.iso` pads (before a minus sign); returns
  /// how many bytes it wrote. `out` has room for `max(width, 20)`.
  static func decimal(_ value: Int, width: Int, at out: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    let magnitude = value.magnitude
    var digits = 1
    var rest = magnitude
    while rest >= 10 {
      digits += 1
      rest /= 10
    }
    let length = digits + (value < 0 ? 1 : 0)
    let zeros = max(0, width - length)
    out.update(repeating: UInt8(ascii: "0"), count: zeros)
    if value < 0 { out[zeros] = UInt8(ascii: "-") }
    let end = zeros + length
    rest = magnitude
    for index in stride(from: end - 1, through: end - digits, by: -1) {
      out[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
    return end
  }

  /// Writes the escape of `byte` at `out`; returns how many bytes.
  static func escape(_ byte: UInt8, at out: UnsafeMutablePointer<UInt8>) -> Int {
    out[0] = UInt8(ascii: "\\")
    switch byte {
    case 0x22: out[1] = UInt8(ascii: "\"")
    case 0x5C: out[1] = UInt8(ascii: "\\")
    case 0x08: out[1] = UInt8(ascii: "b")
    case 0x0C: out[1] = UInt8(ascii: "f")
    case 0x0A: out[1] = UInt8(ascii: "n")
    case 0x0D: out[1] = UInt8(ascii: "r")
    case 0x09: out[1] = UInt8(ascii: "t")
    default:
      out[1] = UInt8(ascii: "u")
      out[2] = UInt8(ascii: "0")
      out[3] = UInt8(ascii: "0")
      out[4] = hexDigit(byte >> 4)
      out[5] = hexDigit(byte & 0x0F)
      return 6
    }
    return 2
  }

  static func hexDigit(_ n: UInt8) -> UInt8 {
    n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10
  }

  /// Writes `day` as `CalendarDay.iso` writes it at `out`, which has room
  /// for 64 bytes; returns how many it wrote.
  static func iso(_ day: CalendarDay, at out: UnsafeMutablePointer<UInt8>) -> Int {
    if (1000...9999).contains(day.year) { return isoOfFourDigitYear(day, at: out) }
    var n = decimal(day.year, width: 4, at: out)
    out[n] = UInt8(ascii: "-")
    n += 1
    n += decimal(day.month, width: 2, at: out + n)
    out[n] = UInt8(ascii: "-")
    n += 1
    n += decimal(day.day, width: 2, at: out + n)
    return n
  }

  /// `iso(day, at:)` for a year of four digits, the usual case, with no
  /// loop: the year is cut into two pairs of digits, and each pair written
  /// as `twoDigits` writes it.
  @inline(__always)
  static func isoOfFourDigitYear(_ day: CalendarDay, at out: UnsafeMutablePointer<UInt8>) -> Int {
    let year = UInt(truncatingIfNeeded: day.year)
    let century = year / 100
    twoDigits(century, at: out)
    twoDigits(year &- century &* 100, at: out + 2)
    out[4] = UInt8(ascii: "-")
    twoDigits(UInt(truncatingIfNeeded: day.month), at: out + 5)
    out[7] = UInt8(ascii: "-")
    twoDigits(UInt(truncatingIfNeeded: day.day), at: out + 8)
    return 10
  }

  /// Writes `value`, below 100, as two decimal digits.
  @inline(__always)
  static func twoDigits(_ value: UInt, at out: UnsafeMutablePointer<UInt8>) {
    let tens = value / 10
    out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
    out[1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value &- tens &* 10)
  }

  /// `day.iso`, made from its bytes.
  static func iso(_ day: CalendarDay) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      guard let p = buffer.baseAddress else { return day.iso }
      return String(decoding: UnsafeBufferPointer(start: p, count: iso(day, at: p)), as: UTF8.self)
    }
  }
}
