/// Where a step's answer goes in the plan (`plan: offer.salary`), and the
/// answers it can hold.
///
/// `coach check` rejects a target on a question whose answers it cannot
/// hold (a salary asked as free text would vanish from the plan), so a
/// script either fills the plan or says why not.
public struct PlanTarget: Hashable, Sendable {
  /// What kind of answer a target holds.
  public enum Holds: Hashable, Sendable {
    /// Words: a name, a title, items.
    case text
    /// A calendar day.
    case date
    /// A rating on a scale.
    case rating
    /// An amount of money.
    case money
    /// A count or a number of hours or days.
    case amount
    /// A percentage.
    case rate
    /// Yes or no.
    case yesno
    /// Any answer (`achievable` takes a confidence or words; `none`).
    case anything

    /// The question types whose answers fit.
    public var types: Set<AnswerType> {
      switch self {
      case .text: return [.text, .long, .choice, .multi, .list]
      case .date: return [.date]
      case .rating: return [.scale, .integer, .number]
      case .money: return [.money, .number, .integer]
      case .amount: return [.integer, .number, .scale]
      case .rate: return [.percent, .number]
      case .yesno: return [.yesno]
      case .anything: return Set(AnswerType.allCases)
      }
    }

    /// Whether `types` holds `type`, without making the set: `coach check`
    /// asks it of every question with a `plan:`.
    func accepts(_ type: AnswerType) -> Bool {
      switch (self, type) {
      case (.anything, _): true
      case (.text, .text), (.text, .long), (.text, .choice), (.text, .multi), (.text, .list): true
      case (.date, .date): true
      case (.rating, .scale), (.rating, .integer), (.rating, .number): true
      case (.money, .money), (.money, .number), (.money, .integer): true
      case (.amount, .integer), (.amount, .number), (.amount, .scale): true
      case (.rate, .percent), (.rate, .number): true
      case (.yesno, .yesno): true
      default: false
      }
    }

    /// The type a script author should use, for messages.
    var preferred: AnswerType {
      switch self {
      case .text, .anything: return .text
      case .date: return .date
      case .rating: return .scale
      case .money: return .money
      case .amount: return .number
      case .rate: return .percent
      case .yesno: return .yesno
      }
    }
  }

  /// The name scripts use: `goal.deadline`.
  public let name: String
  public let holds: Holds

  init(_ name: String, _ holds: Holds) {
    self.name = name
    self.holds = holds
  }

  /// Whether an answer to a question of `type` can go here.
  public func accepts(_ type: AnswerType) -> Bool { holds.accepts(type) }

  /// Why a question of `type` cannot fill this target, or `nil` when it can.
  public func problem(with type: AnswerType) -> String? {
    guard !accepts(type) else { return nil }
    return "plan target '\(name)' needs a '\(holds.preferred.rawValue)' question, "
      + "not '\(type.rawValue)'"
  }

  /// The target called `name`, if there is one.
  public static func named(_ name: String) -> PlanTarget? { byName[name] }

  private static let byName = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

  /// Every target, in the order the plan shows them.
  public static let all: [PlanTarget] = [
    .init("profile.name", .text), .init("profile.role", .text), .init("profile.field", .text),
    .init("profile.stage", .text), .init("profile.review", .date),
    .init("profile.years", .amount), .init("profile.employment", .text),
    .init("assessment.career", .rating), .init("assessment.job", .rating),
    .init("assessment.stage", .text), .init("vision", .text),
    .init("goal.title", .text), .init("goal.specific", .text), .init("goal.measure", .text),
    .init("goal.achievable", .anything), .init("goal.support", .text),
    .init("goal.relevant", .text),
    .init("goal.deadline", .date), .init("goal.milestone", .text),
    .init("goal.milestone.due", .date), .init("goal.milestones", .text),
    .init("goal.milestones.spread", .anything),
    .init("growth.skill", .text), .init("growth.skill.method", .text),
    .init("growth.skill.due", .date),
    .init("growth.education", .text), .init("growth.education.method", .text),
    .init("growth.education.due", .date),
    .init("growth.experience", .text), .init("growth.experience.method", .text),
    .init("growth.experience.due", .date),
    .init("networking.channel", .text), .init("networking.detail", .text),
    .init("networking.cadence", .text), .init("networking.due", .date),
    .init("networking.overall", .text),
    .init("balance.priorities", .text), .init("balance.boundaries", .text),
    .init("balance.delegate", .text), .init("balance.time", .text),
    .init("balance.rating", .rating), .init("balance.review", .date),
    .init("offer.name", .text), .init("offer.current", .yesno), .init("offer.salary", .money),
    .init("offer.hourly", .money), .init("offer.hours", .amount), .init("offer.bonus", .money),
    .init("offer.match", .rate), .init("offer.matchCap", .rate), .init("offer.health", .money),
    .init("offer.pto", .amount), .init("offer.sick", .amount),
    .init("offer.remoteDays", .amount), .init("offer.commuteMinutes", .amount),
    .init("offer.commuteCost", .money), .init("offer.preference", .text),
    .init("action", .text), .init("action.due", .date), .init("none", .anything),
  ]
}
