/// Reads event lines exactly as `FastEventEncoder` writes them, straight
/// from the transcript's buffer, before any line end is looked for.
///
/// A line coach wrote is one compact object, its members in key order,
/// ending in `}` and a line feed. Such a line is read here as a fixed
/// sequence of literals and plain runs: no member loop, no whitespace, no
/// escapes. Anything else (an escape, a byte that is not ASCII, a number
/// or a list as the value, another order, a moment in another form, a
/// missing line feed) gives nil, and the caller reads the line as before
/// (`FastEventDecoder`, then the general decoder), so a line reads the same
/// whichever way it goes (`CanonicalLineTests` checks that).
struct CanonicalLineReader {
  let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  /// Long texts already made: an answer's text repeats round after round.
  private var texts = TextInterner()
  /// The day and offset of the moment read last: a session's lines share
  /// them for hours.
  private var moments = MomentMemo()

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The event on the line that starts at `start`, with the place of its
  /// line feed; nil when the line is not exactly as coach writes it.
  /// With `askedText` false an `asked` event's key and text come back
  /// empty (see `TranscriptCodec.decode`).
  mutating func event(at start: Int, askedText: Bool) -> (event: TranscriptEvent, end: Int)? {
    i = start
    guard take(Literal.openAt), let at = moment() else { return nil }
    // The members in key order, each optional here; the type then says
    // which it must have had.
    var finished: Bool?
    if take(Literal.finished) {
      guard let b = boolean() else { return nil }
      finished = b
    }
    var key: Range<Int>?
    var name: Range<Int>?
    var script: Range<Int>?
    var text: Range<Int>?
    if take(Literal.key) { guard let r = plain() else { return nil }; key = r }
    if take(Literal.name) { guard let r = plain() else { return nil }; name = r }
    if take(Literal.script) { guard let r = plain() else { return nil }; script = r }
    if take(Literal.text) { guard let r = plain() else { return nil }; text = r }
    guard take(Literal.type), i < bytes.count else { return nil }
    let event: TranscriptEvent
    switch kind() {
    case .answered:
      guard let key, let text, name == nil, script == nil, finished == nil,
        take(Literal.value), let value = answer(text: text)
      else { return nil }
      event = .answered(key: string(key), text: value.text, value: value.value, at: at)
    case .asked:
      guard let key, let text, name == nil, script == nil, finished == nil else { return nil }
      event =
        askedText
        ? .asked(key: string(key), text: interned(text), at: at) : .asked(key: "", text: "", at: at)
    case .said:
      guard let text, key == nil, name == nil, script == nil, finished == nil else { return nil }
      event = .said(text: interned(text), at: at)
    case .skipped:
      guard let key, text == nil, name == nil, script == nil, finished == nil else { return nil }
      event = .skipped(key: string(key), at: at)
    case .revised:
      guard let key, text == nil, name == nil, script == nil, finished == nil else { return nil }
      event = .revised(key: string(key), at: at)
    case .jumped:
      guard let script, key == nil, text == nil, name == nil, finished == nil else { return nil }
      event = .jumped(script: string(script), at: at)
    case .command:
      guard let name, key == nil, text == nil, script == nil, finished == nil else { return nil }
      event = .command(name: string(name), at: at)
    case .ended:
      guard let finished, key == nil, text == nil, name == nil, script == nil else { return nil }
      event = .ended(finished: finished, at: at)
    case nil:
      return nil
    }
    guard take(Literal.close) else { return nil }
    return (event, i - 1)
  }

  /// An answer's `value` (a plain string or a boolean), and its text: the
  /// value's string is the text's when their bytes are the same, as
  /// `FastEventDecoder` shares them.
  private mutating func answer(text: Range<Int>) -> (text: String, value: AnswerValue)? {
    if let b = boolean() { return (interned(text), .bool(b)) }
    guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let written = plain(from: i + 1) else {
      return nil
    }
    let typed = interned(text)
    if same(text, written) { return (typed, .fromJSONString(typed)) }
    return (typed, .fromJSONString(interned(written)))
  }

  // MARK: - Pieces

  private enum Kind {
    case said, asked, answered, skipped, revised, jumped, command, ended
  }

  /// The type's name and its closing quote, told apart by its first byte.
  private mutating func kind() -> Kind? {
    switch bytes[i] {
    case UInt8(ascii: "a"):
      if take(Literal.answered) { return .answered }
      return take(Literal.asked) ? .asked : nil
    case UInt8(ascii: "s"):
      if take(Literal.said) { return .said }
      return take(Literal.skipped) ? .skipped : nil
    case UInt8(ascii: "r"): return take(Literal.revised) ? .revised : nil
    case UInt8(ascii: "j"): return take(Literal.jumped) ? .jumped : nil
    case UInt8(ascii: "c"): return take(Literal.command) ? .command : nil
    case UInt8(ascii: "e"): return take(Literal.ended) ? .ended : nil
    default: return nil
    }
  }

  private mutating func boolean() -> Bool? {
    if take(Literal.true) { return true }
    if take(Literal.false) { return false }
    return nil
  }

  /// The moment after `{"at":"`, in the form coach writes, and its
  /// closing quote.
  private mutating func moment() -> Moment? {
    let quote = UInt8(ascii: "\"")
    let count: Int
    if i + 20 < bytes.count, bytes[i + 20] == quote {
      count = 20
    } else if i + 25 < bytes.count, bytes[i + 25] == quote {
      count = 25
    } else {
      return nil
    }
    guard let moment = moments.moment(UnsafeBufferPointer(rebasing: bytes[i..<(i + count)])) else {
      return nil
    }
    i += count + 1
    return moment
  }

  /// Reads a string's plain run and its closing quote, from `i`.
  private mutating func plain() -> Range<Int>? { plain(from: i) }

  /// The bytes from `start` to the next quote, read past it; nil, with
  /// nothing read, when a backslash, a control byte or a byte that is not
  /// ASCII comes first, or the buffer ends.
  private mutating func plain(from start: Int) -> Range<Int>? {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let raw = UnsafeRawBufferPointer(bytes)
    var j = start
    // Eight bytes at a time while none is a stop: a quote, a backslash or
    // a control byte (`JSONBytes.mayNeedEscape`), or one not ASCII.
    while j + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
      if word & highs != 0 || JSONBytes.mayNeedEscape(word) { break }
      j += 8
    }
    while j < bytes.count {
      let c = bytes[j]
      if c == UInt8(ascii: "\"") {
        i = j + 1
        return start..<j
      }
      guard c >= 0x20, c < 0x80, c != UInt8(ascii: "\\") else { return nil }
      j += 1
    }
    return nil
  }

  /// Reads past `literal` when the bytes at `i` are it.
  @inline(__always)
  private mutating func take(_ literal: Literal) -> Bool {
    guard literal.matches(bytes, at: i) else { return false }
    i += literal.count
    return true
  }

  /// Whether the bytes in `a` and in `b` are the same.
  private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    a.count == b.count && TextInterner.equal(bytes, a.lowerBound, b.lowerBound, a.count)
  }

  private func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The text in `range`, shared with an earlier one of the same bytes.
  private mutating func interned(_ range: Range<Int>) -> String {
    texts.text(bytes, range)
  }
}

/// A short run of ASCII (at most 16 bytes) matched as two masked words.
///
/// The literals a line is read with are spelt as numbers, so reading them
/// costs no lazy initialisation (`CanonicalLineTests` checks each number
/// against its text).
struct Literal: Equatable {
  let count: Int
  private let low: UInt64
  private let high: UInt64

  private init(count: Int, low: UInt64, high: UInt64) {
    self.count = count
    self.low = low
    self.high = high
  }

  /// The literal of `text`'s bytes, the first eight in `low`, little-endian.
  init(_ text: StaticString) {
    let utf8 = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    precondition(utf8.count <= 16)
    var low: UInt64 = 0
    var high: UInt64 = 0
    for (k, c) in utf8.enumerated() {
      if k < 8 { low |= UInt64(c) << (8 * k) } else { high |= UInt64(c) << (8 * (k - 8)) }
    }
    self.init(count: utf8.count, low: low, high: high)
  }

  /// Whether `bytes` hold this literal at `i`.
  @inline(__always)
  func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    // Whole words where the buffer has them; near its end, byte by byte.
    guard i >= 0, i + 16 <= bytes.count else { return matchesByBytes(bytes, at: i) }
    let raw = UnsafeRawBufferPointer(bytes)
    let lowMask: UInt64 = count >= 8 ? ~0 : (1 &<< UInt64(8 &* count)) &- 1
    let highMask: UInt64 = count <= 8 ? 0 : (1 &<< UInt64(8 &* (count &- 8))) &- 1
    return raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & lowMask == low
      && raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self) & highMask == high
  }

  private func matchesByBytes(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i >= 0, i + count <= bytes.count else { return false }
    for k in 0..<count {
      let byte = UInt8(truncatingIfNeeded: k < 8 ? low >> (8 * k) : high >> (8 * (k - 8)))
      guard bytes[i + k] == byte else { return false }
    }
    return true
  }

  /// `{"at":"`
  static let openAt = Literal(count: 7, low: 0x0022_3A22_7461_227B, high: 0x0000_0000_0000_0000)
  /// `,"finished":`
  static let finished = Literal(count: 12, low: 0x6873_696E_6966_222C, high: 0x0000_0000_3A22_6465)
  /// `,"key":"`
  static let key = Literal(count: 8, low: 0x223A_2279_656B_222C, high: 0x0000_0000_0000_0000)
  /// `,"name":"`
  static let name = Literal(count: 9, low: 0x3A22_656D_616E_222C, high: 0x0000_0000_0000_0022)
  /// `,"script":"`
  static let script = Literal(count: 11, low: 0x7470_6972_6373_222C, high: 0x0000_0000_0022_3A22)
  /// `,"text":"`
  static let text = Literal(count: 9, low: 0x3A22_7478_6574_222C, high: 0x0000_0000_0000_0022)
  /// `,"type":"`
  static let type = Literal(count: 9, low: 0x3A22_6570_7974_222C, high: 0x0000_0000_0000_0022)
  /// `,"value":`
  static let value = Literal(count: 9, low: 0x2265_756C_6176_222C, high: 0x0000_0000_0000_003A)
  /// `true`
  static let `true` = Literal(count: 4, low: 0x0000_0000_6575_7274, high: 0x0000_0000_0000_0000)
  /// `false`
  static let `false` = Literal(count: 5, low: 0x0000_0065_736C_6166, high: 0x0000_0000_0000_0000)
  /// `}\n`
  static let close = Literal(count: 2, low: 0x0000_0000_0000_0A7D, high: 0x0000_0000_0000_0000)
  /// `answered"`
  static let answered = Literal(count: 9, low: 0x6465_7265_7773_6E61, high: 0x0000_0000_0000_0022)
  /// `asked"`
  static let asked = Literal(count: 6, low: 0x0000_2264_656B_7361, high: 0x0000_0000_0000_0000)
  /// `said"`
  static let said = Literal(count: 5, low: 0x0000_0022_6469_6173, high: 0x0000_0000_0000_0000)
  /// `skipped"`
  static let skipped = Literal(count: 8, low: 0x2264_6570_7069_6B73, high: 0x0000_0000_0000_0000)
  /// `revised"`
  static let revised = Literal(count: 8, low: 0x2264_6573_6976_6572, high: 0x0000_0000_0000_0000)
  /// `jumped"`
  static let jumped = Literal(count: 7, low: 0x0022_6465_706D_756A, high: 0x0000_0000_0000_0000)
  /// `command"`
  static let command = Literal(count: 8, low: 0x2264_6E61_6D6D_6F63, high: 0x0000_0000_0000_0000)
  /// `ended"`
  static let ended = Literal(count: 6, low: 0x0000_2264_6564_6E65, high: 0x0000_0000_0000_0000)
}
