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
  static func record(_ line: ArraySlice<UInt8>) -> EventRecord? {
    var reader = Reader(bytes: line)
    return reader.object()
  }

  private struct Reader {
    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      self.i = bytes.startIndex
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
      var seen: Set<String> = []
      skipSpace()
      guard take(UInt8(ascii: "{")) else { return nil }
      skipSpace()
      if take(UInt8(ascii: "}")) { return end(record) }
      while true {
        skipSpace()
        guard let name = string(), seen.insert(name).inserted else { return nil }
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return nil }
        skipSpace()
        switch name {
        case "type": guard let s = string() else { return nil }; record.type = s
        case "at": guard let s = string() else { return nil }; record.at = s
        case "key": guard let s = string() else { return nil }; record.key = s
        case "text": guard let s = string() else { return nil }; record.text = s
        case "script": guard let s = string() else { return nil }; record.script = s
        case "name": guard let s = string() else { return nil }; record.name = s
        case "finished": guard let b = boolean() else { return nil }; record.finished = b
        case "value": guard let v = value() else { return nil }; record.value = v
        default: return nil
        }
        skipSpace()
        if take(UInt8(ascii: ",")) { continue }
        guard take(UInt8(ascii: "}")) else { return nil }
        return end(record)
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
      return Double(String(decoding: bytes[start..<i], as: UTF8.self))
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
      var out = String(decoding: bytes[start..<i], as: UTF8.self)
      if stop == UInt8(ascii: "\"") {
        i += 1
        return out
      }
      var run = i
      while true {
        guard let c = peek else { return nil }
        if c == UInt8(ascii: "\"") {
          out += String(decoding: bytes[run..<i], as: UTF8.self)
          i += 1
          return out
        }
        if c < 0x20 { return nil }
        guard c == UInt8(ascii: "\\") else {
          i += 1
          continue
        }
        out += String(decoding: bytes[run..<i], as: UTF8.self)
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
    if s.utf8.count == 10, let day = CalendarDay(iso: s) { return .date(day) }
    return .text(s)
  }
}
