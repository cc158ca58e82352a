/// The byte-level pieces of `JSONWriter`: each writes at a pointer with
/// room enough and says how many bytes it wrote.
enum JSONBytes {
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// Whether any of the eight bytes of `word` is a control character, `"`
  /// or `\` (exact as a yes or no, not as to which byte). A byte below
  /// 0x20 is found by subtracting 0x20 from every byte (a borrow sets its
  /// top bit where the byte's own top bit was clear); `"` and `\` by the
  /// same test for zero after an exclusive or.
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let tops: UInt64 = 0x8080_8080_8080_8080
    func hasLess(_ x: UInt64, _ limit: UInt64) -> Bool { (x &- ones &* limit) & ~x & tops != 0 }
    return hasLess(word, 0x20) || hasLess(word ^ (ones &* 0x22), 1)
      || hasLess(word ^ (ones &* 0x5C), 1)
  }

  /// Writes `utf8` escaped at `out`, which has room for six bytes a byte;
  /// returns how many it wrote.
  static func escaped(_ utf8: UnsafeBufferPointer<UInt8>, at out: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    guard let source = utf8.baseAddress else { return 0 }
    let n = utf8.count
    var written = 0
    var runStart = 0
    var i = 0
    while i < n {
      let end: Int
      if i + 8 <= n {
        end = i + 8
        if !mayNeedEscape(UnsafeRawPointer(source + i).loadUnaligned(as: UInt64.self)) {
          i = end
          continue
        }
      } else {
        end = n
      }
      while i < end {
        let byte = source[i]
        if needsEscape(byte) {
          (out + written).update(from: source + runStart, count: i - runStart)
          written += i - runStart
          written += escape(byte, at: out + written)
          runStart = i + 1
        }
        i += 1
      }
    }
    (out + written).update(from: source + runStart, count: n - runStart)
    return written + n - runStart
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
    var n = decimal(day.year, width: 4, at: out)
    out[n] = UInt8(ascii: "-")
    n += 1
    n += decimal(day.month, width: 2, at: out + n)
    out[n] = UInt8(ascii: "-")
    n += 1
    n += decimal(day.day, width: 2, at: out + n)
    return n
  }

  /// `day.iso`, made from its bytes.
  static func iso(_ day: CalendarDay) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      guard let p = buffer.baseAddress else { return day.iso }
      return String(decoding: UnsafeBufferPointer(start: p, count: iso(day, at: p)), as: UTF8.self)
    }
  }
}
