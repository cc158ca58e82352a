/// The key of one answer: which script and step asked it, for a SMART
/// follow-up which facet, in a repeating group which round, and for an
/// item of a list answer which item.
///
/// It is written as the plan's `answers` keys are (`goals.title#2`,
/// `goals.goal:specific#1`, `goals.milestones#1[2]`), and this type is the
/// one place that text is made and read.
public struct AnswerKey: Hashable, Sendable, CustomStringConvertible {
  public var script: String
  public var step: String
  /// The SMART facet a follow-up asks for (`specific`, `measurable`,
  /// `timeBound`).
  public var facet: String?
  /// The round of a repeating group, from 1 (0 for a group's first "more?").
  public var round: Int?
  /// The item of a list answer, from 1.
  public var item: Int?

  public init(
    script: String, step: String, facet: String? = nil, round: Int? = nil, item: Int? = nil
  ) {
    self.script = script
    self.step = step
    self.facet = facet
    self.round = round
    self.item = item
  }

  /// Reads a key as written; `nil` when it has no `script.step`.
  public init?(_ text: String) {
    // Keys are ASCII (script and step ids): read as bytes, the same parts
    // as the general reading below finds, at a fraction of its cost (a
    // replay reads a key per answer, and the plan more).
    // (`withUTF8` reads a short key's bytes too, where
    // `withContiguousStorageIfAvailable` would give none.)
    let read: AnswerKey?
    var bytes = text
    switch bytes.withUTF8({ Self.ascii($0) }) {
    case .some(.some(let asBytes)): read = asBytes
    default: read = AnswerKey(characters: text)
    }
    guard let read else { return nil }
    self = read
  }

  /// Reads a key of ASCII bytes; `.some(nil)` when it has no
  /// `script.step`, `nil` when a byte is not ASCII (then the key is read
  /// as characters). In ASCII every character is one byte but "\r\n",
  /// which none of the separators below is part of, so both readings agree.
  private static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> AnswerKey?? {
    guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    func last(_ byte: UInt8, before end: Int) -> Int? {
      var i = end
      while i > 0 {
        i -= 1
        if bytes[i] == byte { return i }
      }
      return nil
    }
    var end = bytes.count
    var item: Int?
    var round: Int?
    var facet: String?
    if end > 0, bytes[end - 1] == UInt8(ascii: "]"),
      let open = last(UInt8(ascii: "["), before: end),
      let n = integer(bytes, open + 1..<end - 1)
    {
      item = n
      end = open
    }
    if let hash = last(UInt8(ascii: "#"), before: end), let n = integer(bytes, hash + 1..<end) {
      round = n
      end = hash
    }
    if let colon = last(UInt8(ascii: ":"), before: end) {
      facet = text(colon + 1..<end)
      end = colon
    }
    guard let dot = bytes[..<end].firstIndex(of: UInt8(ascii: ".")), dot != 0, dot + 1 != end
    else { return .some(nil) }
    return AnswerKey(
      script: text(0..<dot), step: text(dot + 1..<end), facet: facet, round: round, item: item)
  }

  /// `Int(_:)` of the bytes in `range`: an optional sign, then one or more
  /// decimal digits, `nil` on overflow.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var i = range.lowerBound
    var negative = false
    if i < range.upperBound, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
      negative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    guard i < range.upperBound else { return nil }
    var n = 0
    while i < range.upperBound {
      let digit = Int(bytes[i]) - Int(UInt8(ascii: "0"))
      guard (0...9).contains(digit) else { return nil }
      let (times, o1) = n.multipliedReportingOverflow(by: 10)
      let (sum, o2) =
        negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !o1, !o2 else { return nil }
      n = sum
      i += 1
    }
    return n
  }

  /// Reads a key character by character (any text): what the byte reading
  /// must agree with (`AnswerKeyTests`).
  init?(characters text: String) {
    var rest = Substring(text)
    if rest.hasSuffix("]"), let open = rest.lastIndex(of: "["),
      let n = Int(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
    {
      item = n
      rest = rest[..<open]
    }
    if let hash = rest.lastIndex(of: "#"), let n = Int(rest[rest.index(after: hash)...]) {
      round = n
      rest = rest[..<hash]
    }
    if let colon = rest.lastIndex(of: ":") {
      facet = String(rest[rest.index(after: colon)...])
      rest = rest[..<colon]
    }
    guard let dot = rest.firstIndex(of: "."), dot != rest.startIndex,
      rest.index(after: dot) != rest.endIndex
    else { return nil }
    script = String(rest[..<dot])
    step = String(rest[rest.index(after: dot)...])
  }

  /// `script.step`: the question the key answers, whatever its round.
  public var stepPath: String { script + "." + step }

  /// The key without its round and item: `goals.title`, or
  /// `goals.goal:specific` for a follow-up.
  public var question: String { facet.map { stepPath + ":" + $0 } ?? stepPath }

  /// The same key in another round.
  public func inRound(_ round: Int?) -> AnswerKey {
    var key = self
    key.round = round
    return key
  }

  public var description: String {
    // Joined piece by piece, not interpolated: the walk makes a key for
    // every question it meets.
    var text = question
    if let round { text += "#" + String(round) }
    if let item { text += "[" + String(item) + "]" }
    return text
  }
}
