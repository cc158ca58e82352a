public struct Profile: Codable, Hashable, Sendable {
  public var name: Sourced<String>?
  public var role: Sourced<String>?
  public var field: Sourced<String>?
  public var stage: Sourced<String>?
  /// Years worked, all jobs counted.
  public var years: Sourced<Double>?
  /// How the person is employed now ("permanent", "contract", …).
  public var employment: Sourced<String>?
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
  /// The goal as one SMART sentence for a `check: smart` goal
  /// (`GoalSentence`), else its words.
  public var title: String
  /// What the person first typed, when the title is their goal put as a
  /// SMART sentence (an extension: `docs/plan.md`, `docs/smart.md`).
  public var inYourWords: String?
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
