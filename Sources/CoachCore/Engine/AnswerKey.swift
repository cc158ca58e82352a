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
  public var stepPath: String { "\(script).\(step)" }

  /// The key without its round and item: `goals.title`, or
  /// `goals.goal:specific` for a follow-up.
  public var question: String { facet.map { "\(stepPath):\($0)" } ?? stepPath }

  /// The same key in another round.
  public func inRound(_ round: Int?) -> AnswerKey {
    var key = self
    key.round = round
    return key
  }

  public var description: String {
    var text = question
    if let round { text += "#\(round)" }
    if let item { text += "[\(item)]" }
    return text
  }
}
