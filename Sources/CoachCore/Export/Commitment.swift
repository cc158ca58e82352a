/// One thing the person committed to do, with its day when it has one.
///
/// The calendar and task exports (`ics`, `csv`, `taskwarrior`) all list the
/// same commitments, derived from the plan in one place (`all(in:)`), so a
/// milestone is never in the calendar but missing from the task list.
public struct Commitment: Hashable, Sendable {
  /// Where in the plan a commitment comes from.
  public enum Kind: String, CaseIterable, Sendable {
    /// A goal's deadline.
    case deadline
    case milestone
    /// A next action.
    case action
    /// A skill, education step or experience with a due day.
    case growth
    /// A networking commitment with a due day.
    case networking
    /// The answer to a `date` question that no other commitment covers.
    case date
  }

  public var kind: Kind
  /// What to do, on one line.
  public var title: String
  public var due: CalendarDay?
  /// The answer key that set it (`"goals.title#2"`).
  public var source: String
  /// What it belongs to, on one line: the goal, the question, the channel.
  public var context: String
  /// Unique within the plan: the kind, the source, and an occurrence number
  /// when several commitments share a source (a `goal.milestones` list).
  public var identity: String

  public init(
    kind: Kind, title: String, due: CalendarDay?, source: String, context: String,
    identity: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.due = due
    self.source = source
    self.context = context
    self.identity = identity ?? "\(kind.rawValue):\(source)"
  }

  /// 32 hex digits that stay the same across exports of the same session, so
  /// a calendar or task list updates an entry on re-import instead of adding
  /// a second one.
  public func stableID(sessionID: String) -> String {
    StableHash.hex128(sessionID + "\u{1F}" + identity)
  }

  /// `stableID` shaped as a version-5-style UUID (version nibble 5, RFC 4122
  /// variant), which Taskwarrior requires. It is not a real name-based UUID
  /// (that needs SHA-1), but it is just as stable.
  public func uuid(sessionID: String) -> String {
    var digits = Array(stableID(sessionID: sessionID))
    digits[12] = "5"
    let variant = (digits[16].hexDigitValue ?? 0) & 0x3 | 0x8
    digits[16] = Character(String(variant, radix: 16))
    let s = String(digits)
    func part(_ from: Int, _ to: Int) -> Substring {
      s.dropFirst(from).prefix(to - from)
    }
    return [part(0, 8), part(8, 12), part(12, 16), part(16, 20), part(20, 32)]
      .joined(separator: "-")
  }

  /// A line for descriptions: the context and the answer key.
  public var detail: String { "\(context) (from '\(source)')" }
}
