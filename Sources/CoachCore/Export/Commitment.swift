/// One thing the person committed to do, with its day when it has one.
///
/// The calendar and task exports (`ics`, `csv`, `taskwarrior`, `org`,
/// `todotxt`) all list the same commitments, derived from the plan in one
/// place (`all(in:)`), so a milestone is never in the calendar but missing
/// from the task list.
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

    /// What the kind reads as on a timeline.
    public var label: String {
      switch self {
      case .deadline: return "Deadline"
      case .milestone: return "Milestone"
      case .action: return "Next action"
      case .growth: return "Growth"
      case .networking: return "Networking"
      case .date: return "Reminder"
      }
    }
  }

  public var kind: Kind
  /// What to do, on one line, in plain words.
  public var title: String
  public var due: CalendarDay?
  /// The answer key that set it (`"goals.title#2"`).
  public var source: String
  /// What it belongs to, on one line and in plain words: the goal, the
  /// question, the channel. Never an answer key.
  public var context: String
  /// Unique within the plan: the kind, the source, and an occurrence number
  /// when several commitments share a source (a `goal.milestones` list).
  public var identity: String
  /// The identity of the commitment this one leads to: a milestone's goal
  /// deadline.
  public var parent: String?
  /// How often it comes round again, when the plan says.
  public var recurrence: Recurrence?

  public init(
    kind: Kind, title: String, due: CalendarDay?, source: String, context: String,
    identity: String? = nil, parent: String? = nil, recurrence: Recurrence? = nil
  ) {
    self.kind = kind
    self.title = title
    self.due = due
    self.source = source
    self.context = context
    self.identity = identity ?? "\(kind.rawValue):\(source)"
    self.parent = parent
    self.recurrence = recurrence
  }

  /// The commitment's id: the version 5 (SHA-1, name-based) UUID of
  /// `<planID> U+001F <identity>` in `NameUUID.commitmentNamespace`. It is
  /// the same in every export of the plan and in later sessions that carry
  /// the plan on, so a calendar or task list updates an entry on re-import
  /// instead of adding a second one.
  public func uuid(planID: String) -> String {
    Self.uuid(planID: planID, identity: identity)
  }

  static func uuid(planID: String, identity: String) -> String {
    CommitmentID.uuid(planID: planID, identity: identity)
  }

  /// The id of a commitment of `plan` (the plan's `planID`, or its session
  /// id for a plan made before plans had their own id).
  public func uuid(in plan: Plan) -> String { uuid(planID: Self.planID(of: plan)) }

  /// The id of this commitment's parent in `plan`, when it has one.
  public func parentUUID(in plan: Plan) -> String? {
    parent.map { Self.uuid(planID: Self.planID(of: plan), identity: $0) }
  }

  static func planID(of plan: Plan) -> String {
    plan.planID.isEmpty ? plan.sessionID : plan.planID
  }
}

/// How often a commitment repeats: every `count` days, weeks or months.
public struct Recurrence: Hashable, Sendable {
  public enum Unit: String, Sendable {
    case day, week, month
  }

  public var count: Int
  public var unit: Unit

  public init(count: Int, unit: Unit) {
    self.count = max(1, count)
    self.unit = unit
  }

  /// The RFC 5545 `RRULE` value: `FREQ=MONTHLY;INTERVAL=3`.
  public var rrule: String {
    let freq: String
    var interval = count
    switch unit {
    case .day: freq = "DAILY"
    case .week: freq = "WEEKLY"
    case .month where count % 12 == 0:
      freq = "YEARLY"
      interval = count / 12
    case .month: freq = "MONTHLY"
    }
    return interval == 1 ? "FREQ=\(freq)" : "FREQ=\(freq);INTERVAL=\(interval)"
  }

  /// Taskwarrior's `recur` value: `weekly`, `monthly`, `quarterly`, `2mo`, …
  public var taskwarrior: String {
    switch (unit, count) {
    case (.day, 1): return "daily"
    case (.week, 1): return "weekly"
    case (.week, 2): return "biweekly"
    case (.month, 1): return "monthly"
    case (.month, 3): return "quarterly"
    case (.month, 6): return "semiannual"
    case (.month, 12): return "yearly"
    case (.day, let n): return "\(n)d"
    case (.week, let n): return "\(n)w"
    case (.month, let n) where n % 12 == 0: return "\(n / 12)y"
    case (.month, let n): return "\(n)mo"
    }
  }

  /// In words: "every month", "every 3 months".
  public var words: String {
    let name: String
    switch unit {
    case .day: name = "day"
    case .week: name = "week"
    case .month where count % 12 == 0:
      return count == 12 ? "every year" : "every \(count / 12) years"
    case .month: name = "month"
    }
    return count == 1 ? "every \(name)" : "every \(count) \(name)s"
  }

  /// Reads how often from what people type for a cadence: "monthly",
  /// "once a quarter", "every two weeks", "weekly 1:1s". `nil` when it
  /// names one regular rhythm ("when I can", "two events a year": twice
  /// in a period is not a rhythm a calendar repeats).
  public static func parse(_ text: String) -> Recurrence? {
    let t = " " + text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " } + " "
    func has(_ words: String...) -> Bool { words.contains { t.contains(" \($0) ") } }
    let counts = [
      "other": 2, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "six": 6, "6": 6,
    ]
    for (word, n) in counts where has("every \(word)") {
      if has("every \(word) weeks", "every \(word) week") { return .init(count: n, unit: .week) }
      if has("every \(word) months", "every \(word) month") {
        return .init(count: n, unit: .month)
      }
    }
    if has("daily", "every day", "each day", "once a day") {
      return .init(count: 1, unit: .day)
    }
    if has("fortnightly", "biweekly", "bi weekly") { return .init(count: 2, unit: .week) }
    if has("weekly", "every week", "each week", "once a week") {
      return .init(count: 1, unit: .week)
    }
    if has("monthly", "every month", "each month", "once a month") {
      return .init(count: 1, unit: .month)
    }
    if has("quarterly", "every quarter", "each quarter", "once a quarter") {
      return .init(count: 3, unit: .month)
    }
    if has("yearly", "annually", "every year", "each year", "once a year") {
      return .init(count: 12, unit: .month)
    }
    return nil
  }
}
