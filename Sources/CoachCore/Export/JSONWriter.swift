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
///
/// Everything goes in as bytes, a run at a time where it can: a long plan
/// is megabytes of text, and a byte appended alone costs as much as a run
/// copied whole.
struct JSONWriter {
  /// The text so far.
  private(set) var bytes: [UInt8] = []
  /// The nesting depth: the indent of the next member or element.
  private var depth = 0
  /// Whether the container being written has no member or element yet.
  private var isFirstInContainer = true
  /// `,`, a line break, then the spaces of the deepest indent the table
  /// holds: what goes between items and before a closing bracket is one
  /// slice of it.
  private let layout = Self.layoutTable

  private static let layoutDepth = 32
  private static let layoutTable: [UInt8] =
    [UInt8(ascii: ","), UInt8(ascii: "\n")]
    + [UInt8](repeating: UInt8(ascii: " "), count: 2 * layoutDepth)

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
    append(name)
    append("\" : ")
  }

  /// Starts a member whose name is data (a dictionary's key): escaped.
  mutating func key(_ name: String) {
    startItem()
    string(name)
    append(" : ")
  }

  /// Starts an element of the array being written; its value comes next.
  mutating func element() { startItem() }

  /// A line break after the document, as a file of text ends.
  mutating func lineBreak() { bytes.append(UInt8(ascii: "\n")) }

  // MARK: Values

  mutating func null() { append("null") }

  mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

  /// An integer in decimal, as `description` writes it.
  mutating func integer(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    digits(of: value.magnitude)
  }

  /// A day as `CalendarDay.iso` writes it, quoted: the year, month and day
  /// in decimal, each with zeros in front up to four, two and two
  /// characters (a minus sign counting as one).
  mutating func day(_ value: CalendarDay) {
    bytes.append(UInt8(ascii: "\""))
    padded(value.year, to: 4)
    bytes.append(UInt8(ascii: "-"))
    padded(value.month, to: 2)
    bytes.append(UInt8(ascii: "-"))
    padded(value.day, to: 2)
    bytes.append(UInt8(ascii: "\""))
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
    text.withUTF8 { utf8 in
      let n = utf8.count
      let whole = n >= 2 && utf8[n - 2] == UInt8(ascii: ".") && utf8[n - 1] == UInt8(ascii: "0")
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<(whole ? n - 2 : n)]))
    }
  }

  /// A quoted string, escaped as `JSONEncoder` escapes it.
  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { string(utf8: $0) }
  }

  /// A quoted string from its UTF-8 bytes, escaped as `JSONEncoder`
  /// escapes it. Runs that need no escape are copied whole; eight bytes
  /// at a time are checked for one that does.
  mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    var i = 0
    let n = utf8.count
    if let base = utf8.baseAddress {
      while i + 8 <= n {
        if !Self.mayNeedEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
          i += 8
          continue
        }
        for j in i..<i + 8 where Self.needsEscape(utf8[j]) {
          if runStart < j {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<j]))
          }
          runStart = j + 1
          appendEscape(of: utf8[j])
        }
        i += 8
      }
    }
    while i < n {
      if Self.needsEscape(utf8[i]) {
        if runStart < i {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        }
        runStart = i + 1
        appendEscape(of: utf8[i])
      }
      i += 1
    }
    if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    bytes.append(UInt8(ascii: "\""))
  }

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
  ///
  /// The keys' bytes are copied once into one buffer and their places in
  /// it sorted, so no comparison touches a `String`; each value is then
  /// found by its dictionary index, not looked up by its key again.
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ values: [String: Value]) {
    key(name)
    beginObject()
    var sorter = JSONKeySorter(capacity: values.count)
    var indices: [Dictionary<String, Value>.Index] = []
    indices.reserveCapacity(values.count)
    for index in values.indices {
      sorter.add(values.keys[index])
      indices.append(index)
    }
    let order = sorter.sorted()
    sorter.text.withUnsafeBufferPointer { text in
      for item in order {
        let span = sorter.spans[item]
        startItem()
        string(utf8: UnsafeBufferPointer(rebasing: text[span.start..<span.end]))
        append(" : ")
        values.values[indices[item]].write(to: &self)
      }
    }
    endObject()
  }

  /// Whether `a`'s UTF-8 bytes come before `b`'s, as `.sortedKeys` orders
  /// keys (not `<`, which compares Unicode-normalised characters).
  static func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in JSONKeySorter.precedes(x, y) } }
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

  /// A line break, the indent of the container's own line, the bracket.
  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    layoutSlice(from: 1, indent: depth)
    bytes.append(bracket)
    isFirstInContainer = false
  }

  /// The indent, after `,` and a line break unless the item is the first.
  private mutating func startItem() {
    if isFirstInContainer {
      isFirstInContainer = false
      layoutSlice(from: 2, indent: depth)
    } else {
      layoutSlice(from: 0, indent: depth)
    }
  }

  /// `layout` from `start` to the end of `indent` levels of spaces.
  private mutating func layoutSlice(from start: Int, indent: Int) {
    let levels = min(indent, Self.layoutDepth)
    bytes.append(contentsOf: layout[start..<2 + 2 * levels])
    for _ in levels..<max(indent, levels) { append("  ") }
  }

  private mutating func append(_ text: StaticString) {
    bytes.append(
      contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// The decimal digits of `value`, most significant first.
  private mutating func digits(of value: UInt) {
    var width = 1
    var power: UInt = 10
    while width < 20, value >= power {
      width += 1
      power = power &* 10
    }
    let end = bytes.count + width
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width))
    var rest = value
    var index = end
    repeat {
      index -= 1
      bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    } while rest > 0
  }

  /// `value` in decimal with zeros in front up to `width` characters, as
  /// `CalendarDay.iso` pads: the zeros go before a minus sign.
  private mutating func padded(_ value: Int, to width: Int) {
    var length = value < 0 ? 2 : 1
    var rest = value.magnitude
    while rest >= 10 {
      length += 1
      rest /= 10
    }
    for _ in length..<max(width, length) { bytes.append(UInt8(ascii: "0")) }
    integer(value)
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
