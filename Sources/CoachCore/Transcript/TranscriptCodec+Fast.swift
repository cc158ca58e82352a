/// A decoder for the event lines coach writes itself, without a general
/// JSON decoder per line.
///
/// It reads one flat object whose members are the event's own fields
/// (`type`, `at`, `key`, `text`, `script`, `name`: strings; `finished`: a
/// boolean; `value`: a string, boolean, plain number or list of strings),
/// with any JSON whitespace and string escapes, straight into the event:
/// a member's text is made into a string only once the type says the
/// event keeps it. Anything else (an unknown or repeated member, a
/// `null`, a nested object, an exponent or a long number, a lone
/// surrogate, bytes after the object, an unknown type, a member the type
/// needs and the line lacks) gives nil, and the caller decodes the line
/// with the general decoder: the same result, or the same error, either
/// way (`TranscriptFastDecoderTests` checks that the two agree).
enum FastEventDecoder {
  /// The event on a line, or nil when the line is anything but plain.
  /// With `askedText` false, an `asked` event's key and text are checked
  /// but come back empty (see `TranscriptCodec.decode`).
  static func event(_ line: ArraySlice<UInt8>, askedText: Bool = true) -> TranscriptEvent? {
    line.withUnsafeBufferPointer { bytes in
      var reader = Reader(bytes: bytes)
      guard reader.object() else { return nil }
      return reader.event(askedText: askedText)
    }
  }

  /// The type of an event, read from its bytes.
  private enum Kind {
    case said, asked, answered, skipped, revised, jumped, command, ended
  }

  /// A string member as read: where its bytes are, when it has no escapes
  /// (its string not made yet), or its text.
  private enum Text {
    case plain(Range<Int>)
    case escaped(String)
  }

  /// A `value` as read: a string one is kept as its text until the event
  /// is made (it is often the answer's text again, and shares its string).
  private enum Value {
    case string(Text)
    case other(AnswerValue)
  }

  /// Reads the bytes of one line in place (they outlive the reader).
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int
    // The members read so far.
    var kind: Kind?
    var moment: Moment?
    var key: Text?
    var text: Text?
    var value: Value?
    var script: Text?
    var name: Text?
    var finished: Bool?

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      self.i = bytes.startIndex
    }

    /// The text of the bytes in `range`.
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    func string(_ text: Text) -> String {
      switch text {
      case .plain(let range): return self.text(range)
      case .escaped(let s): return s
      }
    }

    /// The event the members read make, or nil when they make none (the
    /// general decoder then says why).
    func event(askedText: Bool) -> TranscriptEvent? {
      guard let kind, let at = moment else { return nil }
      switch kind {
      case .said:
        guard let text else { return nil }
        return .said(text: string(text), at: at)
      case .asked:
        guard let key, let text else { return nil }
        guard askedText else { return .asked(key: "", text: "", at: at) }
        return .asked(key: string(key), text: string(text), at: at)
      case .answered:
        guard let key, let text, let value else { return nil }
        let typed = string(text)
        let answer: AnswerValue
        switch value {
        case .other(let other): answer = other
        case .string(let written):
          // The text again (most answers): its string, shared.
          if case .plain(let t) = text, case .plain(let v) = written, same(t, v) {
            answer = .fromJSONString(typed)
          } else {
            answer = .fromJSONString(string(written))
          }
        }
        return .answered(key: string(key), text: typed, value: answer, at: at)
      case .skipped:
        guard let key else { return nil }
        return .skipped(key: string(key), at: at)
      case .revised:
        guard let key else { return nil }
        return .revised(key: string(key), at: at)
      case .jumped:
        guard let script else { return nil }
        return .jumped(script: string(script), at: at)
      case .command:
        guard let name else { return nil }
        return .command(name: string(name), at: at)
      case .ended:
        guard let finished else { return nil }
        return .ended(finished: finished, at: at)
      }
    }

    var peek: UInt8? { i < bytes.endIndex ? bytes[i] : nil }

    mutating func skipSpace() {
      while let c = peek, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        i += 1
      }
    }

    mutating func take(_ c: UInt8) -> Bool {
      guard peek == c else { return false }
      i += 1
      return true
    }

    /// Reads the object's members; false when the line is not plain.
    mutating func object() -> Bool {
      // The members met so far, one bit each (`Member.rawValue`).
      var seen: UInt8 = 0
      skipSpace()
      guard take(UInt8(ascii: "{")) else { return false }
      skipSpace()
      if take(UInt8(ascii: "}")) { return end() }
      while true {
        skipSpace()
        guard let member = member(), seen & member.rawValue == 0 else { return false }
        seen |= member.rawValue
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return false }
        skipSpace()
        switch member {
        case .type:
          guard let range = plainString(), let read = Self.kind(of: bytes, range) else {
            return false
          }
          kind = read
        case .at:
          // Any other form of a time is left to the general decoder.
          guard let read = writtenMoment() else { return false }
          moment = read
        case .key: guard let t = anyString() else { return false }; key = t
        case .text: guard let t = anyString() else { return false }; text = t
        case .script: guard let t = anyString() else { return false }; script = t
        case .name: guard let t = anyString() else { return false }; name = t
        case .finished: guard let b = boolean() else { return false }; finished = b
        case .value: guard let v = readValue() else { return false }; value = v
        }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "}")) else { return false }
        return end()
      }
    }

    /// A string member, plain or with escapes.
    mutating func anyString() -> Text? {
      if let range = plainString() { return .plain(range) }
      return string().map(Text.escaped)
    }

    /// The kind a type's bytes name; nil for any other (the general
    /// decoder then says it is unknown).
    static func kind(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind? {
      switch Packed(bytes, range) {
      case Packed.said: return .said
      case Packed.asked: return .asked
      case Packed.answered: return .answered
      case Packed.skipped: return .skipped
      case Packed.revised: return .revised
      case Packed.jumped: return .jumped
      case Packed.command: return .command
      case Packed.ended: return .ended
      default: return nil
      }
    }

    /// The members of an event line, each a bit of a set.
    enum Member: UInt8 {
      case type = 1, at = 2, key = 4, text = 8, script = 16, name = 32, finished = 64
      case value = 128
    }

    /// A member's name, matched as bytes; nil for any other name, or one
    /// written with escapes (the general decoder reads those).
    mutating func member() -> Member? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = i
      while let c = peek, c != UInt8(ascii: "\""), c != UInt8(ascii: "\\") { i += 1 }
      guard take(UInt8(ascii: "\"")) else { return nil }
      switch Packed(bytes, start..<i - 1) {
      case Packed.at: return .at
      case Packed.key: return .key
      case Packed.type: return .type
      case Packed.text: return .text
      case Packed.name: return .name
      case Packed.value: return .value
      case Packed.script: return .script
      case Packed.finished: return .finished
      default: return nil
      }
    }

    /// Whether the bytes in `a` and in `b` are the same.
    func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
      guard a.count == b.count else { return false }
      var j = b.lowerBound
      for k in a {
        guard bytes[k] == bytes[j] else { return false }
        j += 1
      }
      return true
    }

    mutating func end() -> Bool {
      skipSpace()
      return i == bytes.endIndex
    }

    mutating func boolean() -> Bool? {
      if literal("true") { return true }
      if literal("false") { return false }
      return nil
    }

    mutating func literal(_ word: StaticString) -> Bool {
      var j = i
      for c in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
        guard j < bytes.endIndex, bytes[j] == c else { return false }
        j += 1
      }
      i = j
      return true
    }

    mutating func readValue() -> Value? {
      switch peek {
      case UInt8(ascii: "\""): return anyString().map(Value.string)
      case UInt8(ascii: "t"), UInt8(ascii: "f"): return boolean().map { .other(.bool($0)) }
      case UInt8(ascii: "["):
        i += 1
        var items: [String] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return .other(.list(items)) }
        while true {
          skipSpace()
          guard let s = string() else { return nil }
          items.append(s)
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          guard take(UInt8(ascii: "]")) else { return nil }
          return .other(.list(items))
        }
      default: return number().map { .other(.number($0)) }
      }
    }

    /// A plain number: an optional minus, digits, an optional fraction; at
    /// most 15 digits, so it reads as exactly the same `Double` as any
    /// correct decoder reads it. Nothing else (no exponent, no leading zero).
    mutating func number() -> Double? {
      let start = i
      _ = take(UInt8(ascii: "-"))
      var digits = 0
      let first = peek
      while let c = peek, c >= 0x30, c <= 0x39 {
        digits += 1
        i += 1
      }
      guard digits > 0, !(first == 0x30 && digits > 1) else { return nil }
      if take(UInt8(ascii: ".")) {
        var fraction = 0
        while let c = peek, c >= 0x30, c <= 0x39 {
          fraction += 1
          i += 1
        }
        guard fraction > 0 else { return nil }
        digits += fraction
      }
      guard digits <= 15, peek != UInt8(ascii: "e"), peek != UInt8(ascii: "E") else { return nil }
      return Double(text(start..<i))
    }

    /// The moment of an `at` in the form coach writes, read from its
    /// bytes without making a string; nil, and nothing read, for any other
    /// form (then `string()` reads it, and `Moment.transcript` the text).
    mutating func writtenMoment() -> Moment? {
      guard peek == UInt8(ascii: "\"") else { return nil }
      let j = plainRunEnd(from: i + 1)
      guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "\""),
        let moment = Moment.written(
          TranscriptDigits(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])))
      else { return nil }
      i = j + 1
      return moment
    }

    /// The first place from `start` that holds a `"`, a `\\` or a control
    /// byte, or the end: where a string's plain run stops. Eight bytes at
    /// a time while eight are left and none of them is one of those
    /// (`JSONBytes.mayNeedEscape`); then byte by byte.
    func plainRunEnd(from start: Int) -> Int {
      let raw = UnsafeRawBufferPointer(bytes)
      var j = start
      while j + 8 <= bytes.count,
        !JSONBytes.mayNeedEscape(raw.loadUnaligned(fromByteOffset: j, as: UInt64.self))
      {
        j += 8
      }
      while j < bytes.count, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"),
        bytes[j] >= 0x20
      {
        j += 1
      }
      return j
    }

    /// Where the text of a string without escapes is, read past; nil, and
    /// nothing read, for any other (then `string()` reads it).
    mutating func plainString() -> Range<Int>? {
      guard peek == UInt8(ascii: "\"") else { return nil }
      let j = plainRunEnd(from: i + 1)
      guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "\"") else { return nil }
      defer { i = j + 1 }
      return (i + 1)..<j
    }

    /// A string, its escapes read; nil for a raw control character, a bad
    /// escape or a lone surrogate.
    mutating func string() -> String? {
      guard take(UInt8(ascii: "\"")) else { return nil }
      let start = i
      // The common case: no escape, taken whole.
      i = plainRunEnd(from: i)
      while let c = peek, c != UInt8(ascii: "\""), c != UInt8(ascii: "\\") {
        guard c >= 0x20 else { return nil }
        i += 1
      }
      guard let stop = peek else { return nil }
      var out = text(start..<i)
      if stop == UInt8(ascii: "\"") {
        i += 1
        return out
      }
      var run = i
      while true {
        guard let c = peek else { return nil }
        if c == UInt8(ascii: "\"") {
          out += text(run..<i)
          i += 1
          return out
        }
        if c < 0x20 { return nil }
        guard c == UInt8(ascii: "\\") else {
          i += 1
          continue
        }
        out += text(run..<i)
        i += 1
        guard let e = peek else { return nil }
        i += 1
        switch e {
        case UInt8(ascii: "\""): out += "\""
        case UInt8(ascii: "\\"): out += "\\"
        case UInt8(ascii: "/"): out += "/"
        case UInt8(ascii: "b"): out += "\u{08}"
        case UInt8(ascii: "f"): out += "\u{0C}"
        case UInt8(ascii: "n"): out += "\n"
        case UInt8(ascii: "r"): out += "\r"
        case UInt8(ascii: "t"): out += "\t"
        case UInt8(ascii: "u"):
          guard let high = hex4() else { return nil }
          var scalar: Unicode.Scalar?
          if (0xD800..<0xDC00).contains(high) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
              (0xDC00..<0xE000).contains(low)
            else { return nil }
            scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
          } else {
            scalar = Unicode.Scalar(high)
          }
          guard let scalar else { return nil }
          out.unicodeScalars.append(scalar)
        default: return nil
        }
        run = i
      }
    }

    mutating func hex4() -> UInt32? {
      var n: UInt32 = 0
      for _ in 0..<4 {
        guard let c = peek else { return nil }
        let digit: UInt32
        switch c {
        case 0x30...0x39: digit = UInt32(c - 0x30)
        case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
        case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
        default: return nil
        }
        n = n * 16 + digit
        i += 1
      }
      return n
    }
  }
}

/// A short name (a member's, a type's: at most eight bytes) as one
/// number, with its length, so it is matched in one comparison.
private struct Packed: Equatable {
  var count: Int
  var word: UInt64

  /// The bytes in `range`; any name longer than eight bytes packs as no
  /// name (`count` 9, which none of the names has).
  init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    guard range.count <= 8 else {
      self.init(count: 9, word: 0)
      return
    }
    var word: UInt64 = 0
    for k in range.reversed() { word = word << 8 | UInt64(bytes[k]) }
    self.init(count: range.count, word: word)
  }

  init(_ name: StaticString) {
    let bytes = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    self.init(bytes, 0..<bytes.count)
  }

  private init(count: Int, word: UInt64) {
    self.count = count
    self.word = word
  }

  // The names of the members and of the types, packed once.
  static let said = Packed("said")
  static let asked = Packed("asked")
  static let answered = Packed("answered")
  static let skipped = Packed("skipped")
  static let revised = Packed("revised")
  static let jumped = Packed("jumped")
  static let command = Packed("command")
  static let ended = Packed("ended")
  static let at = Packed("at")
  static let key = Packed("key")
  static let type = Packed("type")
  static let text = Packed("text")
  static let name = Packed("name")
  static let value = Packed("value")
  static let script = Packed("script")
  static let finished = Packed("finished")
}

extension AnswerValue {
  /// A JSON string as an answer: a date answer is kept as its ISO day;
  /// anything else is text. (What `init(from:)` reads from a string.)
  static func fromJSONString(_ s: String) -> AnswerValue {
    guard s.utf8.count == 10 else { return .text(s) }
    // `YYYY-MM-DD` in digits is read here; anything else of ten bytes as
    // `CalendarDay(iso:)` reads it. (`withUTF8`, unlike
    // `withContiguousStorageIfAvailable`, reads a short string's bytes too,
    // and a day is always short.)
    var bytes = s
    let read = bytes.withUTF8 { buffer -> AnswerValue? in
      let digits = TranscriptDigits(buffer)
      guard let year = digits.number(0..<4, dash: 4), let month = digits.number(5..<7, dash: 7),
        let day = digits.number(8..<10)
      else { return nil }
      return CalendarDay(year: year, month: month, day: day).map(AnswerValue.date) ?? .text(s)
    }
    if let read { return read }
    if let day = CalendarDay(iso: s) { return .date(day) }
    return .text(s)
  }
}

extension Moment {
  /// `Moment(iso:)` of a transcript's `at`: the form coach writes
  /// (`2026-01-05T09:00:05+01:00`, `2026-01-05T08:00:05Z`) read straight
  /// from its bytes, any other through `init(iso:)`, with the same result.
  static func transcript(_ text: String) -> Moment? {
    var bytes = text
    if let moment = bytes.withUTF8({ written(TranscriptDigits($0)) }) { return moment }
    return Moment(iso: text)
  }

  /// The moment in the form coach writes, or nil for any other form (or
  /// a day or time out of range, which `init(iso:)` then refuses).
  static func written(_ b: TranscriptDigits) -> Moment? {
    let bytes = b.bytes
    let count = bytes.count
    guard count == 20 || count == 25 else { return nil }
    // Two digits at a time: a negative number for anything else.
    func two(_ k: Int) -> Int { TranscriptDigits.two(bytes, at: k) }
    let century = two(0)
    let y = two(2)
    let mo = two(5)
    let d = two(8)
    let h = two(11)
    let mi = two(14)
    let s = two(17)
    guard century >= 0, y >= 0, mo >= 0, d >= 0, h >= 0, mi >= 0, s >= 0,
      bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":"), h < 24, mi < 60, s < 61,
      let day = CalendarDay(year: century * 100 + y, month: mo, day: d)
    else { return nil }
    var offset = 0
    if count == 20 {
      guard bytes[19] == UInt8(ascii: "Z") else { return nil }
    } else {
      let sign = bytes[19]
      let oh = two(20)
      let om = two(23)
      guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), oh >= 0, om >= 0,
        bytes[22] == UInt8(ascii: ":")
      else { return nil }
      offset = (oh * 3600 + om * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
    }
    return Moment(
      seconds: Int64(day.dayNumber) * 86_400 + Int64(h * 3600 + mi * 60 + s) - Int64(offset),
      utcOffset: offset)
  }
}

/// Decimal digits at fixed places of a short text (a day, a moment).
struct TranscriptDigits {
  let bytes: UnsafeBufferPointer<UInt8>

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The number the two digits at `k` spell, or -1 when either is not a
  /// digit (`k + 1` is within `bytes`).
  @inline(__always)
  static func two(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Int {
    let high = Int(bytes[k]) &- 0x30
    let low = Int(bytes[k + 1]) &- 0x30
    guard UInt(bitPattern: high) <= 9, UInt(bitPattern: low) <= 9 else { return -1 }
    return high * 10 + low
  }

  /// The number the digits in `range` spell, followed by a `-` at `dash`
  /// when one is given; nil when a byte is not a digit or out of bounds.
  func number(_ range: Range<Int>, dash: Int? = nil) -> Int? {
    guard range.upperBound <= bytes.count else { return nil }
    if let dash, dash >= bytes.count || bytes[dash] != UInt8(ascii: "-") { return nil }
    var n = 0
    for i in range {
      let digit = Int(bytes[i]) - Int(UInt8(ascii: "0"))
      guard (0...9).contains(digit) else { return nil }
      n = n * 10 + digit
    }
    return n
  }
}
