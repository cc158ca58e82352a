/// A decoder for the event lines coach writes itself, without a general
/// JSON decoder per line.
///
/// It reads one flat object whose members are the event's own fields
/// (`type`, `at`, `key`, `text`, `script`, `name`: strings; `finished`: a
/// boolean; `value`: a string, boolean, plain number or list of strings),
/// with any JSON whitespace and string escapes. Anything else (an unknown or
/// repeated member, a `null`, a nested object, an exponent or a long
/// number, a lone surrogate, bytes after the object) gives nil, and the
/// caller decodes the line with the general decoder: the same result, or
/// the same error, either way (`TranscriptFastDecoderTests` checks that the
/// two agree).
enum FastEventDecoder {
  /// The record on a line, or nil when the line is anything but plain.
  /// With `askedText` false, an `asked` event's key and text are checked
  /// but come back empty (see `TranscriptCodec.decode`).
  static func record(_ line: ArraySlice<UInt8>, askedText: Bool = true) -> EventRecord? {
    line.withUnsafeBufferPointer { bytes in
      var reader = Reader(bytes: bytes)
      guard var record = reader.object() else { return nil }
      // The key and text are made only now that the type is known (it
      // comes after them in a sorted line).
      let keep = askedText || record.type != "asked"
      if let range = reader.plainKey { record.key = keep ? reader.text(range) : "" }
      if let range = reader.plainText { record.text = keep ? reader.text(range) : "" }
      if !keep {
        // One with escapes was read whole: it goes the same way.
        if record.key != nil { record.key = "" }
        if record.text != nil { record.text = "" }
      }
      return record
    }
  }

  /// Reads the bytes of one line in place (they outlive the reader).
  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var i: Int
    /// Where the `key` and the `text`, when written without escapes, are
    /// (their strings not yet made: `record` makes them).
    var plainKey: Range<Int>?
    var plainText: Range<Int>?

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      self.i = bytes.startIndex
    }

    /// The text of the bytes in `range`.
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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

    mutating func object() -> EventRecord? {
      var record = EventRecord()
      // The members met so far, one bit each (`Member.rawValue`).
      var seen: UInt8 = 0
      skipSpace()
      guard take(UInt8(ascii: "{")) else { return nil }
      skipSpace()
      if take(UInt8(ascii: "}")) { return end(record) }
      while true {
        skipSpace()
        guard let member = member(), seen & member.rawValue == 0 else { return nil }
        seen |= member.rawValue
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return nil }
        skipSpace()
        switch member {
        case .type: guard let s = string() else { return nil }; record.type = s
        case .at:
          if let moment = writtenMoment() {
            record.moment = moment
          } else {
            guard let s = string() else { return nil }
            record.at = s
          }
        case .key:
          if let range = plainString() {
            plainKey = range
          } else {
            guard let s = string() else { return nil }
            record.key = s
          }
        case .text:
          if let range = plainString() {
            plainText = range
          } else {
            guard let s = string() else { return nil }
            record.text = s
          }
        case .script: guard let s = string() else { return nil }; record.script = s
        case .name: guard let s = string() else { return nil }; record.name = s
        case .finished: guard let b = boolean() else { return nil }; record.finished = b
        case .value: guard let v = value() else { return nil }; record.value = v
        }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "}")) else { return nil }
        return end(record)
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
      let name = UnsafeBufferPointer(rebasing: bytes[start..<i - 1])
      func named(_ word: StaticString) -> Bool {
        name.elementsEqual(
          UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
      }
      switch name.count {
      case 2: return named("at") ? .at : nil
      case 3: return named("key") ? .key : nil
      case 4: return named("type") ? .type : named("text") ? .text : named("name") ? .name : nil
      case 5: return named("value") ? .value : nil
      case 6: return named("script") ? .script : nil
      case 8: return named("finished") ? .finished : nil
      default: return nil
      }
    }

    mutating func end(_ record: EventRecord) -> EventRecord? {
      skipSpace()
      return i == bytes.endIndex ? record : nil
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

    mutating func value() -> AnswerValue? {
      switch peek {
      case UInt8(ascii: "\""): return string().map(AnswerValue.fromJSONString)
      case UInt8(ascii: "t"), UInt8(ascii: "f"): return boolean().map(AnswerValue.bool)
      case UInt8(ascii: "["):
        i += 1
        var items: [String] = []
        skipSpace()
        if take(UInt8(ascii: "]")) { return .list(items) }
        while true {
          skipSpace()
          guard let s = string() else { return nil }
          items.append(s)
          skipSpace()
          if take(UInt8(ascii: ",")) { continue }
          guard take(UInt8(ascii: "]")) else { return nil }
          return .list(items)
        }
      default: return number().map(AnswerValue.number)
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
      var j = i + 1
      while j < bytes.endIndex, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"),
        bytes[j] >= 0x20
      {
        j += 1
      }
      guard j < bytes.endIndex, bytes[j] == UInt8(ascii: "\""),
        let moment = Moment.written(
          TranscriptDigits(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])))
      else { return nil }
      i = j + 1
      return moment
    }

    /// Where the text of a string without escapes is, read past; nil, and
    /// nothing read, for any other (then `string()` reads it).
    mutating func plainString() -> Range<Int>? {
      guard peek == UInt8(ascii: "\"") else { return nil }
      var j = i + 1
      while j < bytes.endIndex, bytes[j] != UInt8(ascii: "\""), bytes[j] != UInt8(ascii: "\\"),
        bytes[j] >= 0x20
      {
        j += 1
      }
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
  fileprivate static func written(_ b: TranscriptDigits) -> Moment? {
    let count = b.bytes.count
    guard count == 20 || count == 25, let y = b.number(0..<4, dash: 4),
      let mo = b.number(5..<7, dash: 7), let d = b.number(8..<10),
      b.bytes[10] == UInt8(ascii: "T"), let h = b.number(11..<13), b.bytes[13] == UInt8(ascii: ":"),
      let mi = b.number(14..<16), b.bytes[16] == UInt8(ascii: ":"), let s = b.number(17..<19),
      h < 24, mi < 60, s < 61, let day = CalendarDay(year: y, month: mo, day: d)
    else { return nil }
    var offset = 0
    if count == 20 {
      guard b.bytes[19] == UInt8(ascii: "Z") else { return nil }
    } else {
      let sign = b.bytes[19]
      guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), let oh = b.number(20..<22),
        b.bytes[22] == UInt8(ascii: ":"), let om = b.number(23..<25)
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
