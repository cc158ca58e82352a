/// Writes JSON text into one buffer of UTF-8 bytes, laid out exactly as
/// Foundation's `JSONEncoder` lays it out with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`.
///
/// That layout: two spaces of indent a level; `"key" : value`; every
/// container opens with a line break and closes on a line of its own, so
/// an empty one is `[`, an empty line, and `]` at the container's indent.
/// Strings escape `"`, `\`, `\b`, `\f`, `\n`, `\r`, `\t`, and the other
/// control characters as `\u00xx` (lower-case hex); everything else (`/`,
/// DEL, U+2028, non-ASCII) is written as it is. Numbers: see `integer` and
/// `number`.
///
/// The writer does not sort: whoever writes an object writes its members
/// in the order of their keys' UTF-8 bytes (`JSONEncoder`'s `.sortedKeys`
/// on Linux), and a member that is nil is left out.
struct JSONWriter {
  /// The text so far.
  private(set) var bytes: [UInt8] = []
  /// The nesting depth: the indent of the next member or element.
  private var depth = 0
  /// Whether the container being written has no member or element yet.
  private var isFirstInContainer = true

  init(reservingCapacity capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The text as a `String`.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  // MARK: Containers

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the object being written: `"name" : `; its value
  /// comes next. `name` is written as it is, so it must need no escaping.
  mutating func key(_ name: StaticString) {
    startItem()
    bytes.append(UInt8(ascii: "\""))
    name.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    append(" : ")
  }

  /// Starts a member whose name is data (a dictionary's key): escaped.
  mutating func key(_ name: String) {
    startItem()
    string(name)
    append(" : ")
  }

  /// Starts an element of the array being written; its value comes next.
  mutating func element() { startItem() }

  // MARK: Values

  mutating func null() { append("null") }

  mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

  /// An integer in decimal, as `description` writes it.
  mutating func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    // The digits, last first, then turned round; the magnitude holds even
    // Int.min's.
    let start = bytes.count
    var rest = value.magnitude
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    bytes[start...].reverse()
  }

  /// A double as `JSONEncoder` writes it: its shortest round-tripping
  /// form (`description`) without a trailing `.0`, so `90000`, `0.1`,
  /// `1e+21`, `-0`; a non-finite one as the string `"Infinity"`,
  /// `"-Infinity"` or `"NaN"` (the exporter's non-conforming float
  /// strategy).
  mutating func number(_ value: Double) {
    guard value.isFinite else {
      if value == .infinity {
        append("\"Infinity\"")
      } else if value == -.infinity {
        append("\"-Infinity\"")
      } else {
        append("\"NaN\"")
      }
      return
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// A quoted string, escaped as `JSONEncoder` escapes it.
  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      // Copy runs of bytes that need no escape in one go.
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        if runStart < index { bytes.append(contentsOf: utf8[runStart..<index]) }
        runStart = index + 1
        appendEscape(of: byte)
      }
      if runStart < utf8.count { bytes.append(contentsOf: utf8[runStart...]) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  // MARK: Members

  /// `"name" : value`.
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
    key(name)
    value.write(to: &self)
  }

  /// `"name" : value`, or nothing when `value` is nil (as `encodeIfPresent`).
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
    guard let value else { return }
    member(name, value)
  }

  /// `"name" : value`, or `"name" : null` when `value` is nil (as `encode`
  /// of an optional).
  mutating func memberOrNull<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
    key(name)
    if let value { value.write(to: &self) } else { null() }
  }

  /// `"name" : [ … ]`, written even when empty.
  mutating func member<Element: JSONWritable>(_ name: StaticString, _ values: [Element]) {
    key(name)
    array(values)
  }

  /// `"name" : [ … ]`, or nothing when `values` is nil.
  mutating func member<Element: JSONWritable>(_ name: StaticString, _ values: [Element]?) {
    guard let values else { return }
    member(name, values)
  }

  /// `"name" : { … }` from a dictionary, its keys in the order of their
  /// UTF-8 bytes.
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ values: [String: Value]) {
    key(name)
    beginObject()
    // The keys alone are sorted (moving whole entries costs more), each
    // compared byte by byte.
    for key in values.keys.sorted(by: Self.utf8Precedes) {
      guard let value = values[key] else { continue }
      self.key(key)
      value.write(to: &self)
    }
    endObject()
  }

  /// Whether `a`'s UTF-8 bytes come before `b`'s, as `.sortedKeys` orders
  /// keys (not `<`, which compares Unicode-normalised characters).
  static func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] }
        return x.count < y.count
      }
    }
  }

  mutating func array<Element: JSONWritable>(_ values: [Element]) {
    beginArray()
    for value in values {
      element()
      value.write(to: &self)
    }
    endArray()
  }

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    bytes.append(UInt8(ascii: "\n"))
    depth += 1
    isFirstInContainer = true
  }

  private mutating func close(_ bracket: UInt8) {
    bytes.append(UInt8(ascii: "\n"))
    depth -= 1
    indent()
    bytes.append(bracket)
    isFirstInContainer = false
  }

  private mutating func startItem() {
    if isFirstInContainer {
      isFirstInContainer = false
    } else {
      bytes.append(UInt8(ascii: ","))
      bytes.append(UInt8(ascii: "\n"))
    }
    indent()
  }

  private mutating func indent() {
    for _ in 0..<depth {
      bytes.append(UInt8(ascii: " "))
      bytes.append(UInt8(ascii: " "))
    }
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func appendEscape(of byte: UInt8) {
    switch byte {
    case 0x22: append("\\\"")
    case 0x5C: append("\\\\")
    case 0x08: append("\\b")
    case 0x0C: append("\\f")
    case 0x0A: append("\\n")
    case 0x0D: append("\\r")
    case 0x09: append("\\t")
    default:
      append("\\u00")
      bytes.append(Self.hexDigit(byte >> 4))
      bytes.append(Self.hexDigit(byte & 0x0F))
    }
  }

  private static func hexDigit(_ n: UInt8) -> UInt8 {
    n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10
  }
}

/// A value that writes itself as JSON, as its `Encodable` conformance
/// would through `JSONEncoder`.
protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}

extension String: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Double: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.number(self) }
}

extension Int: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.integer(self) }
}

extension Bool: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.bool(self) }
}
