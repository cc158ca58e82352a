/// The career plan: a typed document built from a session's answers.
///
/// Every export is a pure function of a `Plan`, so the export of a replayed
/// transcript equals the export of the live session. Each item remembers the
/// answer key (`"goals.title#2"`) that set it, in `source`.
public struct Plan: Codable, Hashable, Sendable {
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int = Plan.currentSchemaVersion
  /// The session the plan comes from.
  public var sessionID: String = ""
  /// The plan's own id, which later sessions continuing or reviewing it
  /// keep; commitment ids derive from it. The session id when the plan
  /// was started in that session.
  public var planID: String = ""
  /// The day the plan was last built from an answer (the latest answer's day).
  public var updated: CalendarDay?
  public var profile = Profile()
  public var assessment: Assessment?
  public var vision: Sourced<String>?
  public var goals: [Goal] = []
  public var growth = Growth()
  public var networking = Networking()
  public var balance = Balance()
  public var compensation = Compensation()
  public var actions: [Action] = []
  public var openQuestions: [OpenQuestion] = []
  public var notes: [Note] = []
  /// Every answer, keyed `"<script>.<step>"` or `"<script>.<step>#<round>"`.
  public var answers: [String: AnswerRecord] = [:]
  /// Values the scripts computed (`compute:` steps), keyed like answers.
  public var computed: [String: Double] = [:]
  /// The answer to every `date` question of any script, in the order asked,
  /// with its question: each is a commitment for the calendar exports.
  public var dates: [DatedAnswer] = []
  /// The answers and computed values of each custom script (one with no
  /// `plan:` target), under the script's title (its answers are in `notes`
  /// too).
  /// Absent from the JSON when there is none.
  public var scriptSections: [ScriptSection]?
  /// What the session has not reached yet, part by part. Absent from the
  /// JSON when nothing is left.
  public var stillToCome: [PendingPart]?

  public init() {}
}

/// A custom script (one with no `plan:` target), as its own section of the
/// plan.
public struct ScriptSection: Codable, Hashable, Sendable {
  /// One answer or computed value, labelled.
  public struct Entry: Codable, Hashable, Sendable {
    /// The answer key, or the computed value's key.
    public var key: String
    /// The question, or the computed step's id in words ("Total pay").
    public var label: String
    /// The answer as the plan shows it, or the computed value formatted.
    public var value: String
    /// Whether the entry is a `compute:` value rather than an answer.
    public var isComputed: Bool
    public var due: CalendarDay?

    public init(key: String, label: String, value: String, isComputed: Bool, due: CalendarDay?) {
      self.key = key
      self.label = label
      self.value = value
      self.isComputed = isComputed
      self.due = due
    }
  }

  public var script: String
  public var title: String
  public var entries: [Entry]

  public init(script: String, title: String, entries: [Entry]) {
    self.script = script
    self.title = title
    self.entries = entries
  }
}

/// A part of the session not reached yet: how many of its questions are
/// still to come, and the first of them.
public struct PendingPart: Codable, Hashable, Sendable {
  public var script: String
  public var title: String
  public var count: Int
  public var first: String

  public init(script: String, title: String, count: Int, first: String) {
    self.script = script
    self.title = title
    self.count = count
    self.first = first
  }
}

/// A value and the answer key it came from.
public struct Sourced<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
  public var value: Value
  public var source: String

  public init(_ value: Value, source: String) {
    self.value = value
    self.source = source
  }
}

/// One answer as the plan's `answers` object holds it.
public struct AnswerRecord: Codable, Hashable, Sendable {
  /// What was typed (after sanitising).
  public var text: String
  /// The typed value.
  public var value: AnswerValue
  /// The SMART analysis, for steps with `check: smart`.
  public var smart: SmartFacets?

  public init(text: String, value: AnswerValue, smart: SmartFacets? = nil) {
    self.text = text
    self.value = value
    self.smart = smart
  }
}

/// The five SMART facets of a goal. `achievable` and `relevant` are `nil`
/// when nothing was asked that could tell.
public struct SmartFacets: Codable, Hashable, Sendable {
  public var specific: Bool
  public var measurable: Bool
  public var achievable: Bool?
  public var relevant: Bool?
  public var timeBound: Bool
  /// Facets answered but accepted while still vague, after one nudge
  /// (`specific`, `measurable`): each is `false` above. An extension of
  /// the contract's object, written only when not empty (`docs/smart.md`).
  public var weak: [String]

  public init(
    specific: Bool, measurable: Bool, achievable: Bool?, relevant: Bool?, timeBound: Bool,
    weak: [String] = []
  ) {
    self.specific = specific
    self.measurable = measurable
    self.achievable = achievable
    self.relevant = relevant
    self.timeBound = timeBound
    self.weak = weak
  }

  /// The facets that are known to be missing, in SMART order.
  public var missing: [String] {
    var names: [String] = []
    if !specific { names.append("specific") }
    if !measurable { names.append("measurable") }
    if achievable == false { names.append("achievable") }
    if relevant == false { names.append("relevant") }
    if !timeBound { names.append("time-bound") }
    return names
  }

  /// Whether all five facets hold (unknown ones count as not holding).
  public var isComplete: Bool {
    specific && measurable && achievable == true && relevant == true && timeBound
  }

  enum CodingKeys: String, CodingKey {
    case specific, measurable, achievable, relevant, timeBound, weak
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    specific = try c.decode(Bool.self, forKey: .specific)
    measurable = try c.decode(Bool.self, forKey: .measurable)
    achievable = try c.decodeIfPresent(Bool.self, forKey: .achievable)
    relevant = try c.decodeIfPresent(Bool.self, forKey: .relevant)
    timeBound = try c.decode(Bool.self, forKey: .timeBound)
    weak = try c.decodeIfPresent([String].self, forKey: .weak) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    // `achievable` and `relevant` are always present, as null when unknown.
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(specific, forKey: .specific)
    try c.encode(measurable, forKey: .measurable)
    try c.encode(achievable, forKey: .achievable)
    try c.encode(relevant, forKey: .relevant)
    try c.encode(timeBound, forKey: .timeBound)
    if !weak.isEmpty { try c.encode(weak, forKey: .weak) }
  }
}

/// The answer to a `date` question.
public struct DatedAnswer: Codable, Hashable, Sendable {
  public var key: String
  public var question: String
  public var day: CalendarDay

  public init(key: String, question: String, day: CalendarDay) {
    self.key = key
    self.question = question
    self.day = day
  }
}
