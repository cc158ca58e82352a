/// An encoder for the event lines coach writes, without a general JSON
/// encoder per line.
///
/// It writes what `JSONEncoder` writes with sorted keys and unescaped
/// slashes: one compact object, the members in key order, strings with
/// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and `\u00xx` for the other
/// control characters, everything else as it is. An answer whose value is a
/// number gives nil, and the caller uses the general encoder (its number
/// formatting is its own); `TranscriptFastEncoderTests` checks that the two
/// agree byte for byte.
enum FastEventEncoder {
  /// The event's line, ending in `"\n"`, or nil when the general encoder
  /// must write it.
  static func line(_ event: TranscriptEvent) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(128)
    guard append(event, to: &bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the event's line, ending in `"\n"`, to `bytes` (the journal's
  /// buffer, without a `String` in between); false, with `bytes` as it
  /// was, when the general encoder must write it.
  static func append(_ event: TranscriptEvent, to bytes: inout [UInt8]) -> Bool {
    let start = bytes.count
    var out = Writer()
    // The writer works on the caller's buffer itself: swapped in and out,
    // never copied.
    swap(&out.bytes, &bytes)
    defer { swap(&out.bytes, &bytes) }
    guard write(event, to: &out) else {
      out.bytes.removeSubrange(start...)
      return false
    }
    return true
  }

  /// The header's line, ending in `"\n"`: the members in key order,
  /// `planID` left out when there is none (as the general encoder does).
  /// The first thing a new session writes, so it starts without the
  /// general encoder's set-up (most of `start`'s own work before).
  static func line(_ header: TranscriptHeader) -> String {
    var out = Writer()
    out.bytes.reserveCapacity(256 + 64 * header.scripts.count)
    out.raw("{\"app\":")
    out.string(header.app)
    out.raw(",\"format\":")
    out.bytes.append(contentsOf: String(header.format).utf8)
    out.member("kind", header.kind)
    out.member("locale", header.locale)
    if let planID = header.planID { out.member("planID", planID) }
    out.raw(",\"roots\":[")
    for (i, root) in header.roots.enumerated() {
      if i > 0 { out.raw(",") }
      out.string(root)
    }
    out.raw("],\"scripts\":[")
    for (i, stamp) in header.scripts.enumerated() {
      out.raw(i > 0 ? ",{\"hash\":" : "{\"hash\":")
      out.string(stamp.hash)
      out.member("id", stamp.id)
      out.raw("}")
    }
    out.raw("]")
    out.member("session", header.session)
    out.member("started", header.started)
    out.raw("}\n")
    return String(decoding: out.bytes, as: UTF8.self)
  }

  /// Writes the event's line; false when the general encoder must write
  /// it (what was written is then dropped by the caller).
  private static func write(_ event: TranscriptEvent, to out: inout Writer) -> Bool {
    out.raw("{\"at\":")
    out.string(event.moment.iso)
    switch event {
    case .said(let text, _):
      out.member("text", text)
      out.raw(",\"type\":\"said\"")
    case .asked(let key, let text, _):
      out.member("key", key)
      out.member("text", text)
      out.raw(",\"type\":\"asked\"")
    case .answered(let key, let text, let value, _):
      out.member("key", key)
      out.member("text", text)
      out.raw(",\"type\":\"answered\",\"value\":")
      switch value {
      case .text(let s): out.string(s)
      case .bool(let b): out.raw(b ? "true" : "false")
      case .date(let d): out.string(d.iso)
      case .list(let items):
        out.raw("[")
        for (i, item) in items.enumerated() {
          if i > 0 { out.raw(",") }
          out.string(item)
        }
        out.raw("]")
      case .number: return false
      }
    case .skipped(let key, _):
      out.member("key", key)
      out.raw(",\"type\":\"skipped\"")
    case .revised(let key, _):
      out.member("key", key)
      out.raw(",\"type\":\"revised\"")
    case .jumped(let script, _):
      out.member("script", script)
      out.raw(",\"type\":\"jumped\"")
    case .command(let name, _):
      out.member("name", name)
      out.raw(",\"type\":\"command\"")
    case .ended(let finished, _):
      out.raw(finished ? ",\"finished\":true" : ",\"finished\":false")
      out.raw(",\"type\":\"ended\"")
    }
    out.raw("}\n")
    return true
  }

  private struct Writer {
    var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
      text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `,"name":"value"`.
    mutating func member(_ name: StaticString, _ value: String) {
      bytes.append(UInt8(ascii: ","))
      bytes.append(UInt8(ascii: "\""))
      name.withUTF8Buffer { bytes.append(contentsOf: $0) }
      bytes.append(UInt8(ascii: "\""))
      bytes.append(UInt8(ascii: ":"))
      string(value)
    }

    mutating func string(_ value: String) {
      bytes.append(UInt8(ascii: "\""))
      var value = value
      value.withUTF8 { utf8 in
        // Runs of bytes that need no escape go in whole.
        var run = 0
        for (i, c) in utf8.enumerated()
        where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
          escape(c)
          run = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
      }
      bytes.append(UInt8(ascii: "\""))
    }

    /// One byte that JSON escapes: a quote, a backslash or a control
    /// character.
    mutating func escape(_ c: UInt8) {
      switch c {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x08: raw("\\b")
      case 0x0C: raw("\\f")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0x00..<0x20:
        raw("\\u00")
        bytes.append(Self.hexDigit(c >> 4))
        bytes.append(Self.hexDigit(c & 0x0F))
      default: bytes.append(c)
      }
    }

    static func hexDigit(_ n: UInt8) -> UInt8 {
      n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10
    }
  }
}

extension TranscriptCodec {
  /// Appends the event's line (`encode(_:)`'s bytes) to `bytes`.
  static func appendLine(_ event: TranscriptEvent, to bytes: inout [UInt8]) {
    if !FastEventEncoder.append(event, to: &bytes) {
      bytes.append(contentsOf: encode(event, fast: false).utf8)
    }
  }
}
