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
/// Everything is written through a pointer into a buffer made big enough
/// first (`write(atMost:_:)`), a run at a time where it can: a long plan
/// is megabytes of text, and each append to an array checks its capacity
/// and that it is not shared, which cost more than the copying.
struct JSONWriter {
  /// The text so far, then zeros to the buffer's end.
  private var storage: [UInt8]
  /// How many bytes of `storage` are text.
  private(set) var count = 0
  /// The nesting depth: the indent of the next member or element.
  private var depth = 0
  /// Whether the container being written has no member or element yet.
  private var isFirstInContainer = true

  init(reservingCapacity capacity: Int = 0) {
    storage = [UInt8](repeating: 0, count: max(capacity, 64))
  }

  /// The text as a `String`.
  var text: String {
    storage.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[..<count]), as: UTF8.self)
    }
  }

  /// The text as bytes, the buffer itself cut to the text; the writer is
  /// empty after.
  mutating func takeBytes() -> [UInt8] {
    storage.removeSubrange(count...)
    defer {
      storage = []
      count = 0
    }
    return storage
  }

  // MARK: Containers

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the object being written: `"name" : `; its value
  /// comes next. `name` is written as it is, so it must need no escaping.
  mutating func key(_ name: StaticString) {
    let separated = startsItem()
    let spaces = 2 * depth
    write(atMost: spaces + 2 + name.utf8CodeUnitCount + 5) { p in
      let n = Self.itemStart(at: p, separated: separated, spaces: spaces)
      return n + Self.key(name, at: p + n)
    }
  }

  /// A member whose value is a string: `"name" : "value"`, written at once
  /// when the value is short enough (as `key(name)` then `string(value)`).
  mutating func member(_ name: StaticString, _ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      guard utf8.count <= Self.piece else {
        key(name)
        string(utf8: utf8)
        return
      }
      let separated = startsItem()
      let spaces = 2 * depth
      write(atMost: spaces + 2 + name.utf8CodeUnitCount + 5 + 6 * utf8.count + 2) { p in
        var n = Self.itemStart(at: p, separated: separated, spaces: spaces)
        n += Self.key(name, at: p + n)
        return n + Self.quoted(utf8, at: p + n)
      }
    }
  }

  /// `"name" : value`, or nothing when `value` is nil.
  mutating func member(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    member(name, value)
  }

  /// Writes `"name" : ` at `p`; returns how many bytes.
  private static func key(_ name: StaticString, at p: UnsafeMutablePointer<UInt8>) -> Int {
    let length = name.utf8CodeUnitCount
    p[0] = UInt8(ascii: "\"")
    (p + 1).update(from: name.utf8Start, count: length)
    (p + 1 + length).update(from: colon.utf8Start, count: 4)
    return length + 5
  }

  private static let colon: StaticString = "\" : "

  /// The longest text escaped in one piece: a longer one goes in pieces,
  /// so the room made for the worst (six bytes a byte) stays small.
  private static let piece = 4096

  /// Starts a member whose name is data (a dictionary's key): escaped.
  mutating func key(_ name: String) {
    startItem()
    string(name)
    append(" : ")
  }

  /// Starts a member whose name is data, from its UTF-8 bytes: escaped.
  mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
    startItem()
    string(utf8: name)
    append(" : ")
  }

  /// Starts an element of the array being written; its value comes next.
  mutating func element() { startItem() }

  /// A line break after the document, as a file of text ends.
  mutating func lineBreak() { append("\n") }

  // MARK: Values

  mutating func null() { append("null") }

  mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

  /// An integer in decimal, as `description` writes it.
  mutating func integer(_ value: Int) {
    write(atMost: 20) { JSONBytes.decimal(value, width: 0, at: $0) }
  }

  /// A day as `CalendarDay.iso` writes it, quoted: the year, month and day
  /// in decimal, each with zeros in front up to four, two and two
  /// characters (a minus sign counting as one).
  mutating func day(_ value: CalendarDay) {
    write(atMost: 66) { p in
      p[0] = UInt8(ascii: "\"")
      let n = 1 + JSONBytes.iso(value, at: p + 1)
      p[n] = UInt8(ascii: "\"")
      return n + 1
    }
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
      append(UnsafeBufferPointer(rebasing: utf8[..<(whole ? n - 2 : n)]))
    }
  }

  /// A quoted string, escaped as `JSONEncoder` escapes it.
  mutating func string(_ value: String) {
    var value = value
    value.withUTF8 { string(utf8: $0) }
  }

  /// A quoted string from its UTF-8 bytes, escaped as `JSONEncoder`
  /// escapes it: runs that need no escape are copied whole, and eight
  /// bytes at a time are checked for one that does. A long text goes in
  /// pieces, so the room made for the worst (six bytes a byte) stays small.
  mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    if utf8.count <= Self.piece {
      write(atMost: 6 * utf8.count + 2) { Self.quoted(utf8, at: $0) }
      return
    }
    append("\"")
    var start = 0
    while start < utf8.count {
      let piece = UnsafeBufferPointer(rebasing: utf8[start..<min(utf8.count, start + Self.piece)])
      write(atMost: 6 * piece.count) { JSONBytes.escaped(piece, at: $0) }
      start += piece.count
    }
    append("\"")
  }

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    write(atMost: 2) { p in
      p[0] = bracket
      p[1] = UInt8(ascii: "\n")
      return 2
    }
    depth += 1
    isFirstInContainer = true
  }

  /// A line break, the indent of the container's own line, the bracket.
  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    let spaces = 2 * depth
    write(atMost: spaces + 2) { p in
      p[0] = UInt8(ascii: "\n")
      (p + 1).update(repeating: UInt8(ascii: " "), count: spaces)
      p[spaces + 1] = bracket
      return spaces + 2
    }
    isFirstInContainer = false
  }

  /// The indent, after `,` and a line break unless the item is the first.
  private mutating func startItem() {
    let separated = startsItem()
    let spaces = 2 * depth
    write(atMost: spaces + 2) { Self.itemStart(at: $0, separated: separated, spaces: spaces) }
  }

  /// Starts an item of the container: whether one came before it.
  private mutating func startsItem() -> Bool {
    defer { isFirstInContainer = false }
    return !isFirstInContainer
  }

  /// Writes `,` and a line break when `separated`, then `spaces` spaces;
  /// returns how many bytes.
  private static func itemStart(
    at p: UnsafeMutablePointer<UInt8>, separated: Bool, spaces: Int
  ) -> Int {
    var n = 0
    if separated {
      p[0] = UInt8(ascii: ",")
      p[1] = UInt8(ascii: "\n")
      n = 2
    }
    (p + n).update(repeating: UInt8(ascii: " "), count: spaces)
    return n + spaces
  }

  /// Writes `utf8` quoted and escaped at `p`, which has room for six
  /// bytes a byte and two; returns how many bytes.
  private static func quoted(_ utf8: UnsafeBufferPointer<UInt8>, at p: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    p[0] = UInt8(ascii: "\"")
    let n = 1 + JSONBytes.escaped(utf8, at: p + 1)
    p[n] = UInt8(ascii: "\"")
    return n + 1
  }

  // MARK: Bytes

  /// Makes room for `limit` more bytes, then lets `body` write them at
  /// the end of the text and say how many it wrote.
  @inline(__always)
  private mutating func write(
    atMost limit: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
  ) {
    if storage.count - count < limit { grow(limit) }
    let at = count
    count += storage.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      return body(base + at)
    }
  }

  /// Grows the buffer by half, or more when `limit` needs it (a copy holds
  /// the old buffer and the new at once, so a smaller step peaks lower).
  @inline(never)
  private mutating func grow(_ limit: Int) {
    storage.append(contentsOf: repeatElement(0, count: max(storage.count / 2, limit)))
  }

  private mutating func append(_ text: StaticString) {
    let length = text.utf8CodeUnitCount
    write(atMost: length) { p in
      p.update(from: text.utf8Start, count: length)
      return length
    }
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    write(atMost: bytes.count) { p in
      p.update(from: source, count: bytes.count)
      return bytes.count
    }
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
