/// Writes JSON text as UTF-8 bytes, laid out exactly as Foundation's
/// `JSONEncoder` lays it out with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`.
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
/// The text goes into a buffer of bytes the writer owns, written through a
/// pointer after one check that there is room (an append to an array
/// checks its capacity and that it is not shared, which cost more than the
/// copying). The buffer is never filled with zeros first: a long plan is
/// tens of megabytes, and zeroing them cost a page fault a page before a
/// byte of text was written. A writer made with a `sink` hands its text
/// over a chunk at a time and reuses the one buffer, so a file is written
/// without the whole text ever being held.
struct JSONWriter: ~Copyable {
  /// The text not yet handed to the sink; past `capacity`, `slack` bytes
  /// more, so that a word stored at the end may run over.
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// How many bytes from `base` are text.
  private var count = 0
  /// The nesting depth: the indent of the next member or element.
  private var depth = 0
  /// Whether the container being written has no member or element yet.
  private var isFirstInContainer = true
  /// Where a full buffer goes; `nil` to grow it instead.
  private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?

  /// The bytes past `capacity` a word store may write: runs of spaces and
  /// escaped text are written eight bytes at a time.
  private static let slack = 16

  /// A writer that keeps all its text, in a buffer that starts with room
  /// for `capacity` bytes.
  init(reservingCapacity capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity + Self.slack)
    sink = nil
  }

  /// A writer that hands its text to `sink` whenever `chunkSize` bytes
  /// are full, and the rest at `flush()`; each chunk is valid only during
  /// the call.
  init(chunkSize: Int, sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    capacity = max(chunkSize, Self.largestWrite)
    base = .allocate(capacity: capacity + Self.slack)
    self.sink = sink
  }

  deinit { base.deallocate() }

  /// The text as a `String`.
  var text: String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  /// The text as bytes.
  consuming func takeBytes() -> [UInt8] {
    let count = count
    let base = base
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if let target = buffer.baseAddress { target.initialize(from: base, count: count) }
      initialized = count
    }
  }

  /// Hands the text so far to the sink.
  mutating func flush() {
    guard let sink, count > 0 else { return }
    sink(UnsafeBufferPointer(start: base, count: count))
    count = 0
  }

  // MARK: Containers

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts a member of the object being written: `"name" : `; its value
  /// comes next. `name` is written as it is, so it must need no escaping.
  @inline(__always)
  mutating func key(_ name: StaticString) {
    let p = reserve(keyRoom(name))
    var n = itemStart(at: p)
    n &+= Self.key(name, at: p + n)
    count &+= n
  }

  /// A member whose value is a string: `"name" : "value"`.
  ///
  /// The key is written inline where a type writes its members, so that
  /// its length is known there and its bytes are copied as a few words,
  /// not by a call to `memmove`; the value, by a call.
  @inline(__always)
  mutating func member(_ name: StaticString, _ value: String) {
    key(name)
    string(value)
  }

  /// The most `itemStart` and `key(name, at:)` write.
  @inline(__always)
  private func keyRoom(_ name: StaticString) -> Int {
    2 &* depth &+ name.utf8CodeUnitCount &+ 7
  }

  /// `"name" : value`, or nothing when `value` is nil.
  @inline(__always)
  mutating func member(_ name: StaticString, _ value: String?) {
    guard let value else { return }
    member(name, value)
  }

  /// `"name" : "YYYY-MM-DD"`, a day as `day(_:)` writes it.
  @inline(__always)
  mutating func member(_ name: StaticString, _ value: CalendarDay) {
    let p = reserve(keyRoom(name) &+ 66)
    var n = itemStart(at: p)
    n &+= Self.key(name, at: p + n)
    count &+= n &+ Self.quotedDay(value, at: p + n)
  }

  /// `"name" : "YYYY-MM-DD"`, or nothing when `value` is nil.
  @inline(__always)
  mutating func member(_ name: StaticString, _ value: CalendarDay?) {
    guard let value else { return }
    member(name, value)
  }

  /// Writes `"name" : ` at `p`; returns how many bytes.
  @inline(__always)
  private static func key(_ name: StaticString, at p: UnsafeMutablePointer<UInt8>) -> Int {
    let length = name.utf8CodeUnitCount
    p[0] = UInt8(ascii: "\"")
    (p + 1).update(from: name.utf8Start, count: length)
    let q = p + 1 + length
    q[0] = UInt8(ascii: "\"")
    q[1] = UInt8(ascii: " ")
    q[2] = UInt8(ascii: ":")
    q[3] = UInt8(ascii: " ")
    return length &+ 5
  }

  /// The longest text escaped in one piece: a longer one goes in pieces,
  /// so the room made for the worst (six bytes a byte) stays small.
  private static let piece = 4096

  /// The most one write asks room for: a piece escaped, with an indent
  /// and a key; a sink's chunk is never smaller.
  private static let largestWrite = 1 << 16

  /// Starts a member whose name is data (a dictionary's key): escaped.
  mutating func key(_ name: String) {
    var name = name
    name.withUTF8 { key(utf8: $0) }
  }

  /// Starts a member whose name is data, from its UTF-8 bytes: escaped.
  @inline(never)
  mutating func key(utf8 name: UnsafeBufferPointer<UInt8>) {
    guard name.count <= Self.piece else {
      startItem()
      string(utf8: name)
      append(" : ")
      return
    }
    let p = reserve(2 * depth + 2 + 6 * name.count + 2 + 3)
    var n = itemStart(at: p)
    n += Self.quoted(name, at: p + n)
    p[n] = UInt8(ascii: " ")
    p[n + 1] = UInt8(ascii: ":")
    p[n + 2] = UInt8(ascii: " ")
    count += n + 3
  }

  /// Starts an element of the array being written; its value comes next.
  mutating func element() { startItem() }

  /// A line break after the document, as a file of text ends.
  mutating func lineBreak() { append("\n") }

  // MARK: Values

  @inline(__always)
  mutating func null() { word(0x6C6C_756E, length: 4) }

  /// `true` or `false`, stored as one word (the bytes little end first).
  @inline(__always)
  mutating func bool(_ value: Bool) {
    if value { word(0x6575_7274, length: 4) } else { word(0x65_736C_6166, length: 5) }
  }

  /// An integer in decimal, as `description` writes it.
  mutating func integer(_ value: Int) {
    let p = reserve(20)
    count += JSONBytes.decimal(value, width: 0, at: p)
  }

  /// A day as `CalendarDay.iso` writes it, quoted: the year, month and day
  /// in decimal, each with zeros in front up to four, two and two
  /// characters (a minus sign counting as one).
  mutating func day(_ value: CalendarDay) {
    let p = reserve(66)
    count += Self.quotedDay(value, at: p)
  }

  @inline(__always)
  private static func quotedDay(_ value: CalendarDay, at p: UnsafeMutablePointer<UInt8>) -> Int {
    p[0] = UInt8(ascii: "\"")
    let n = 1 &+ JSONBytes.iso(value, at: p + 1)
    p[n] = UInt8(ascii: "\"")
    return n &+ 1
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
  @inline(never)
  mutating func string(_ value: String) {
    if value.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) != nil { return }
    var value = value
    value.withUTF8 { string(utf8: $0) }
  }

  /// A quoted string from its UTF-8 bytes, escaped as `JSONEncoder`
  /// escapes it (see `JSONBytes.escaped`). A long text goes in pieces,
  /// so the room made for the worst (six bytes a byte) stays small.
  @inline(__always)
  mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
    if utf8.count <= Self.piece {
      let p = reserve(6 &* utf8.count &+ 2)
      count &+= Self.quoted(utf8, at: p)
      return
    }
    longString(utf8: utf8)
  }

  /// `string(utf8:)` of a text longer than a piece.
  @inline(never)
  private mutating func longString(utf8: UnsafeBufferPointer<UInt8>) {
    append("\"")
    var start = 0
    while start < utf8.count {
      let piece = UnsafeBufferPointer(rebasing: utf8[start..<min(utf8.count, start + Self.piece)])
      let p = reserve(6 * piece.count)
      count += JSONBytes.escaped(piece, at: p)
      start += piece.count
    }
    append("\"")
  }

  // MARK: Layout

  private mutating func open(_ bracket: UInt8) {
    let p = reserve(2)
    p[0] = bracket
    p[1] = UInt8(ascii: "\n")
    count &+= 2
    depth &+= 1
    isFirstInContainer = true
  }

  /// A line break, the indent of the container's own line, the bracket.
  private mutating func close(_ bracket: UInt8) {
    depth &-= 1
    let spaces = 2 &* depth
    let p = reserve(spaces &+ 2)
    p[0] = UInt8(ascii: "\n")
    JSONBytes.spaces(spaces, at: p + 1)
    p[spaces &+ 1] = bracket
    count &+= spaces &+ 2
    isFirstInContainer = false
  }

  /// The indent, after `,` and a line break unless the item is the first.
  private mutating func startItem() {
    let p = reserve(2 &* depth &+ 2)
    count &+= itemStart(at: p)
  }

  /// Writes `,` and a line break unless the item is the first of its
  /// container, then the indent; returns how many bytes.
  @inline(__always)
  private mutating func itemStart(at p: UnsafeMutablePointer<UInt8>) -> Int {
    var n = 0
    if !isFirstInContainer {
      p[0] = UInt8(ascii: ",")
      p[1] = UInt8(ascii: "\n")
      n = 2
    }
    isFirstInContainer = false
    let spaces = 2 &* depth
    JSONBytes.spaces(spaces, at: p + n)
    return n &+ spaces
  }

  /// Writes `utf8` quoted and escaped at `p`, which has room for six
  /// bytes a byte and two; returns how many bytes.
  @inline(__always)
  private static func quoted(_ utf8: UnsafeBufferPointer<UInt8>, at p: UnsafeMutablePointer<UInt8>)
    -> Int
  {
    p[0] = UInt8(ascii: "\"")
    let n = 1 &+ JSONBytes.escaped(utf8, at: p + 1)
    p[n] = UInt8(ascii: "\"")
    return n &+ 1
  }

  // MARK: Bytes

  /// Makes room for `limit` more bytes; returns where they go. The caller
  /// adds to `count` what it wrote.
  @inline(__always)
  private mutating func reserve(_ limit: Int) -> UnsafeMutablePointer<UInt8> {
    if capacity &- count < limit { makeRoom(limit) }
    return base + count
  }

  /// Hands the text to the sink, or grows the buffer by half (or more when
  /// `limit` needs it: a copy holds the old buffer and the new at once, so
  /// a smaller step peaks lower).
  @inline(never)
  private mutating func makeRoom(_ limit: Int) {
    if sink != nil {
      flush()
      if capacity >= limit { return }
    }
    let grown = max(capacity + capacity / 2, count + limit)
    let new = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Self.slack)
    new.initialize(from: base, count: count)
    base.deallocate()
    base = new
    capacity = grown
  }

  /// Writes the first `length` bytes of `bytes`, the first in its lowest
  /// eight bits, as one store.
  @inline(__always)
  private mutating func word(_ bytes: UInt64, length: Int) {
    let p = reserve(8)
    UnsafeMutableRawPointer(p).storeBytes(of: bytes.littleEndian, as: UInt64.self)
    count &+= length
  }

  private mutating func append(_ text: StaticString) {
    let length = text.utf8CodeUnitCount
    let p = reserve(length)
    p.update(from: text.utf8Start, count: length)
    count += length
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    let p = reserve(bytes.count)
    p.update(from: source, count: bytes.count)
    count += bytes.count
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
