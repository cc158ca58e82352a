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

  public init() {}
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

  public init(
    specific: Bool, measurable: Bool, achievable: Bool?, relevant: Bool?, timeBound: Bool
  ) {
    self.specific = specific
    self.measurable = measurable
    self.achievable = achievable
    self.relevant = relevant
    self.timeBound = timeBound
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
    case specific, measurable, achievable, relevant, timeBound
  }

  public func encode(to encoder: any Encoder) throws {
    // `achievable` and `relevant` are always present, as null when unknown.
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(specific, forKey: .specific)
    try c.encode(measurable, forKey: .measurable)
    try c.encode(achievable, forKey: .achievable)
    try c.encode(relevant, forKey: .relevant)
    try c.encode(timeBound, forKey: .timeBound)
  }
}

public struct Profile: Codable, Hashable, Sendable {
  public var name: Sourced<String>?
  public var role: Sourced<String>?
  public var field: Sourced<String>?
  public var stage: Sourced<String>?
  /// When the person means to look at the plan again.
  public var reviewDate: Sourced<CalendarDay>?

  public init() {}
}

/// The job-or-career self-assessment.
public struct Assessment: Codable, Hashable, Sendable {
  /// From -100 (all job) to 100 (all career).
  public var score: Int
  /// "a step in your career", "a job for now" or "somewhere in between".
  public var verdict: String
  /// Why, one line per feature, strongest first.
  public var reasons: [String]
  /// A gentle warning (every rating the same, and so on).
  public var warnings: [String]
  public var stage: String?

  public init(score: Int, verdict: String, reasons: [String], warnings: [String], stage: String?) {
    self.score = score
    self.verdict = verdict
    self.reasons = reasons
    self.warnings = warnings
    self.stage = stage
  }
}

public struct Goal: Codable, Hashable, Sendable {
  public var title: String
  public var specific: String?
  public var measure: String?
  /// Confidence or a note on why it is realistic.
  public var achievable: String?
  public var relevant: String?
  public var deadline: CalendarDay?
  public var milestones: [Milestone] = []
  public var smart: SmartFacets?
  public var source: String

  public init(title: String, source: String) {
    self.title = title
    self.source = source
  }
}

public struct Milestone: Codable, Hashable, Sendable {
  public var title: String
  public var due: CalendarDay?
  public var source: String

  public init(title: String, due: CalendarDay?, source: String) {
    self.title = title
    self.due = due
    self.source = source
  }
}

/// A growth item: a skill with how it will be learned, an education step, or
/// an experience to seek.
public struct GrowthItem: Codable, Hashable, Sendable {
  public var title: String
  /// How: "workshop", "online course", "mentorship", "on-the-job training",
  /// "degree", "certification", …
  public var method: String?
  public var due: CalendarDay?
  public var source: String

  public init(title: String, method: String? = nil, due: CalendarDay? = nil, source: String) {
    self.title = title
    self.method = method
    self.due = due
    self.source = source
  }
}

public struct Growth: Codable, Hashable, Sendable {
  public var skills: [GrowthItem] = []
  public var education: [GrowthItem] = []
  public var experience: [GrowthItem] = []

  public init() {}

  public var isEmpty: Bool { skills.isEmpty && education.isEmpty && experience.isEmpty }
}

/// A networking commitment: a channel (association, conference, LinkedIn,
/// mentor, …), what exactly, and how often.
public struct NetworkingItem: Codable, Hashable, Sendable {
  public var channel: String
  public var detail: String
  public var cadence: String?
  public var due: CalendarDay?
  public var source: String

  public init(
    channel: String, detail: String, cadence: String? = nil, due: CalendarDay? = nil,
    source: String
  ) {
    self.channel = channel
    self.detail = detail
    self.cadence = cadence
    self.due = due
    self.source = source
  }
}

public struct Networking: Codable, Hashable, Sendable {
  public var items: [NetworkingItem] = []
  /// The cadence the person commits to overall ("two events a quarter").
  public var cadence: Sourced<String>?

  public init() {}

  public var isEmpty: Bool { items.isEmpty && cadence == nil }
}

public struct Balance: Codable, Hashable, Sendable {
  public var priorities: [Sourced<String>] = []
  public var boundaries: [Sourced<String>] = []
  public var delegate: [Sourced<String>] = []
  public var timeManagement: [Sourced<String>] = []
  /// The balance rating now, and its scale.
  public var rating: Sourced<Double>?
  public var ratingMax: Double?
  public var reviewDate: Sourced<CalendarDay>?

  public init() {}

  public var isEmpty: Bool {
    priorities.isEmpty && boundaries.isEmpty && delegate.isEmpty && timeManagement.isEmpty
      && rating == nil && reviewDate == nil
  }
}

/// One offer (or the current job), with the parts of its total compensation.
public struct Offer: Codable, Hashable, Sendable {
  public var name: String
  public var isCurrent: Bool = false
  public var currency: String?
  public var salary: Double?
  public var hourlyWage: Double?
  public var hoursPerWeek: Double?
  public var bonus: Double?
  /// Employer retirement match, in percent of salary, and its cap in percent.
  public var matchRate: Double?
  public var matchCap: Double?
  public var healthPremium: Double?
  public var ptoDays: Double?
  public var sickDays: Double?
  public var remoteDaysPerWeek: Double?
  public var commuteMinutesPerDay: Double?
  public var commuteCostPerDay: Double?
  /// The parts of the total, in order, each with its amount per year.
  public var breakdown: [CompensationPart] = []
  public var total: Double?
  public var source: String

  public init(name: String, source: String) {
    self.name = name
    self.source = source
  }
}

public struct CompensationPart: Codable, Hashable, Sendable {
  public var label: String
  public var amount: Double
  /// How it was worked out ("6% of $90,000, capped at 4%").
  public var explanation: String

  public init(label: String, amount: Double, explanation: String) {
    self.label = label
    self.amount = amount
    self.explanation = explanation
  }
}

public struct Compensation: Codable, Hashable, Sendable {
  public var offers: [Offer] = []
  /// The name of the offer with the highest total.
  public var best: String?

  public init() {}
}

/// A next action with its due day.
public struct Action: Codable, Hashable, Sendable {
  public var title: String
  public var due: CalendarDay?
  /// What it serves ("Goal 1: Get the AWS certification").
  public var context: String?
  public var source: String

  public init(title: String, due: CalendarDay?, context: String? = nil, source: String) {
    self.title = title
    self.due = due
    self.context = context
    self.source = source
  }
}

/// A question that was skipped or not reached.
public struct OpenQuestion: Codable, Hashable, Sendable {
  public var key: String
  public var question: String

  public init(key: String, question: String) {
    self.key = key
    self.question = question
  }
}

/// An answer of a custom script that names no place in the plan.
public struct Note: Codable, Hashable, Sendable {
  public var key: String
  public var script: String
  public var question: String
  public var answer: String
  /// Set for `date` answers, so exporters can list them as commitments.
  public var due: CalendarDay?

  public init(key: String, script: String, question: String, answer: String, due: CalendarDay?) {
    self.key = key
    self.script = script
    self.question = question
    self.answer = answer
    self.due = due
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
