/// The sections of a plan as every readable format shows them, in order:
/// one id, one title, one place. The Markdown, HTML and terminal renderings
/// walk these with a `PlanVisitor`, so a new section is one case here, its
/// `isEmpty`, its line in `accept`, and one method per format: the
/// compiler lists each format that lacks it.
public enum PlanSection: String, CaseIterable, Hashable, Sendable {
  case profile, assessment, vision, goals, growth, networking, balance, offers, actions
  case timeline
  /// One section per custom script (no `plan:` target), each titled by
  /// its script.
  case scripts
  case openQuestions = "questions"
  case stillToCome = "upcoming"
  case notes

  /// The section's id: the HTML `id`, stable across versions.
  public var id: String { rawValue }

  /// The section's heading. `scripts` has none of its own: each script
  /// section is headed by its script's title.
  public var title: String {
    switch self {
    case .profile: return "Profile"
    case .assessment: return "Job or career?"
    case .vision: return "Vision"
    case .goals: return "SMART goals"
    case .growth: return "Growth"
    case .networking: return "Networking"
    case .balance: return "Work-life balance"
    case .offers: return "Offers compared"
    case .actions: return "Next actions"
    case .timeline: return "Timeline"
    case .scripts: return ""
    case .openQuestions: return "Open questions"
    case .stillToCome: return "Still to come"
    case .notes: return "Notes"
    }
  }

  /// Whether the section brings its own headings rather than one under
  /// `title`: `scripts`, one heading per script.
  public var hasOwnHeadings: Bool { self == .scripts }

  /// Where the section comes, from 0.
  public var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// Whether `plan` has nothing to show in this section.
  public func isEmpty(in plan: Plan) -> Bool {
    switch self {
    case .profile: return plan.profile.isEmpty
    case .assessment: return plan.assessment == nil
    case .vision: return plan.vision == nil
    case .goals: return plan.goals.isEmpty
    case .growth: return plan.growth.isEmpty
    case .networking: return plan.networking.isEmpty
    case .balance: return plan.balance.isEmpty
    case .offers: return plan.compensation.offers.isEmpty
    case .actions: return plan.actions.isEmpty
    case .timeline: return Self.timeline(of: plan).isEmpty
    case .scripts: return (plan.scriptSections ?? []).isEmpty
    case .openQuestions: return plan.openQuestions.isEmpty
    case .stillToCome: return (plan.stillToCome ?? []).isEmpty
    case .notes: return Self.notes(of: plan).isEmpty
    }
  }

  /// The sections `plan` has something for, in order.
  public static func present(in plan: Plan) -> [PlanSection] {
    allCases.filter { !$0.isEmpty(in: plan) }
  }

  /// Hands this section of `plan` to the visitor's method for it.
  public func accept<V: PlanVisitor>(_ visitor: inout V, _ plan: Plan) -> V.Output {
    switch self {
    case .profile: return visitor.visitProfile(plan.profile, plan)
    case .assessment:
      guard let assessment = plan.assessment else { return visitor.empty }
      return visitor.visitAssessment(assessment, plan)
    case .vision:
      guard let vision = plan.vision else { return visitor.empty }
      return visitor.visitVision(vision.value, plan)
    case .goals: return visitor.visitGoals(plan.goals, plan)
    case .growth: return visitor.visitGrowth(plan.growth, plan)
    case .networking: return visitor.visitNetworking(plan.networking, plan)
    case .balance: return visitor.visitBalance(plan.balance, plan)
    case .offers: return visitor.visitOffers(plan.compensation, plan)
    case .actions: return visitor.visitActions(Self.byDueDay(plan.actions), plan)
    case .timeline: return visitor.visitTimeline(Self.timeline(of: plan), plan)
    case .scripts: return visitor.visitScripts(plan.scriptSections ?? [], plan)
    case .openQuestions: return visitor.visitOpenQuestions(plan.openQuestions, plan)
    case .stillToCome: return visitor.visitStillToCome(plan.stillToCome ?? [], plan)
    case .notes: return visitor.visitNotes(Self.notes(of: plan), plan)
    }
  }

  /// Every dated commitment of `plan`, earliest first.
  public static func timeline(of plan: Plan) -> [Commitment] {
    Commitment.all(in: plan).filter { $0.due != nil }
  }

  /// The notes not already shown in a script's own section.
  public static func notes(of plan: Plan) -> [Note] {
    let shown = Set((plan.scriptSections ?? []).map(\.script))
    return plan.notes.filter { !shown.contains($0.script) }
  }

  /// Actions by due day, undated last, ties in plan order.
  public static func byDueDay(_ actions: [Action]) -> [Action] {
    actions.enumerated().sorted { a, b in
      let x = a.element.due.map(\.dayNumber) ?? Int.max
      let y = b.element.due.map(\.dayNumber) ?? Int.max
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }
}

/// A rendering of the plan, one method per section, in the manner of
/// swift-markdown's `MarkupVisitor`. There are no defaults: a format that
/// leaves a section out must say so by returning `empty`.
public protocol PlanVisitor {
  /// What one section renders to.
  associatedtype Output
  /// The rendering of nothing.
  var empty: Output { get }
  mutating func visitProfile(_ profile: Profile, _ plan: Plan) -> Output
  mutating func visitAssessment(_ assessment: Assessment, _ plan: Plan) -> Output
  mutating func visitVision(_ vision: String, _ plan: Plan) -> Output
  mutating func visitGoals(_ goals: [Goal], _ plan: Plan) -> Output
  mutating func visitGrowth(_ growth: Growth, _ plan: Plan) -> Output
  mutating func visitNetworking(_ networking: Networking, _ plan: Plan) -> Output
  mutating func visitBalance(_ balance: Balance, _ plan: Plan) -> Output
  mutating func visitOffers(_ compensation: Compensation, _ plan: Plan) -> Output
  /// The next actions, by due day.
  mutating func visitActions(_ actions: [Action], _ plan: Plan) -> Output
  /// Every dated commitment, earliest first.
  mutating func visitTimeline(_ commitments: [Commitment], _ plan: Plan) -> Output
  /// The custom scripts, each with its own heading.
  mutating func visitScripts(_ sections: [ScriptSection], _ plan: Plan) -> Output
  mutating func visitOpenQuestions(_ questions: [OpenQuestion], _ plan: Plan) -> Output
  mutating func visitStillToCome(_ parts: [PendingPart], _ plan: Plan) -> Output
  /// The notes no script section shows.
  mutating func visitNotes(_ notes: [Note], _ plan: Plan) -> Output
}

/// A labelled value of the plan as the readable formats show it: text, or
/// a day each format writes its own way.
public enum FieldValue: Hashable, Sendable {
  case text(String)
  case day(CalendarDay)

  /// The value as plain text (a day as ISO 8601).
  public var plain: String {
    switch self {
    case .text(let text): return text
    case .day(let day): return day.iso
    }
  }
}

extension Profile {
  /// Whether no field is set.
  public var isEmpty: Bool { fields.isEmpty }

  /// The profile's fields in the order the plan shows them, labelled.
  public var fields: [(label: String, value: FieldValue)] {
    let years = years.map { y in
      MoneyFormatter.formatNumber(y.value) + (y.value == 1 ? " year" : " years")
    }
    let all: [(String, FieldValue?)] = [
      ("Name", name.map { .text($0.value) }), ("Role", role.map { .text($0.value) }),
      ("Field", field.map { .text($0.value) }), ("Career stage", stage.map { .text($0.value) }),
      ("Years worked", years.map { .text($0) }),
      ("Employment", employment.map { .text($0.value) }),
      ("Review this plan on", reviewDate.map { .day($0.value) }),
    ]
    return all.compactMap { label, value in value.map { (label, $0) } }
  }
}

extension Assessment {
  /// What the verdict suggests for the next step, in plain words, given
  /// the career stage when it is known.
  public var nextStep: String {
    let stage = stage?.lowercased()
    switch verdict {
    case CareerRubric.careerVerdict:
      switch stage {
      case "early":
        return "This role is building your career: stay and learn its fundamentals well, "
          + "and ask for work that stretches you."
      case "senior":
        return "This role is building your career: widen your influence from here, "
          + "through strategy, mentoring and the decisions that shape your field."
      default:
        return "This role is building your career: grow within it, "
          + "by leading a project or mentoring someone, before you look elsewhere."
      }
    case CareerRubric.jobVerdict:
      return "This role is a job for now, and that can be exactly what you need. "
        + "Take from it what serves the career you want (a skill, a contact, a reference), "
        + "and make your next step a role that builds toward it."
    default:
      return "This role is partly a job and partly a step in your career. "
        + "Make it more of the second: ask for the work that builds toward where you want "
        + "to be, and notice whether it comes."
    }
  }
}

extension Growth {
  /// The three kinds of growth item with their headings, the empty ones
  /// left out.
  public var groups: [(label: String, items: [GrowthItem])] {
    [("Skills", skills), ("Education", education), ("Experience", experience)]
      .filter { !$0.1.isEmpty }
  }
}

extension Balance {
  /// The rating and when to rate again, labelled, the unknown left out.
  public var facts: [(label: String, value: FieldValue)] {
    var facts: [(String, FieldValue)] = []
    if let rating {
      let scale = ratingMax.map { " of " + MoneyFormatter.formatNumber($0) } ?? ""
      facts.append(("Balance now", .text(MoneyFormatter.formatNumber(rating.value) + scale)))
    }
    if let reviewDate { facts.append(("Rate it again on", .day(reviewDate.value))) }
    return facts
  }

  /// The four lists with their headings, the empty ones left out.
  public var lists: [(label: String, items: [Sourced<String>])] {
    [
      ("Priorities", priorities), ("Boundaries", boundaries), ("Delegate", delegate),
      ("Time management", timeManagement),
    ].filter { !$0.1.isEmpty }
  }
}

extension PendingPart {
  /// "1 question", "12 questions".
  public var questions: String { count == 1 ? "1 question" : "\(count) questions" }

  /// "Goals: 12 questions, starting with “What is one goal …?”".
  public static func summary(_ part: PendingPart) -> String {
    "\(part.title): \(part.questions), starting with “\(part.first)”"
  }
}
