/// One offer (or the current job), with its total compensation worked out.
///
/// The answers (`salary`, `hourlyWage`, …) are as given; the figures
/// (`cash`, `employerContributions`, `total`, `effectiveHourly`,
/// `commuteSaved`) are worked out by `CompensationCalculator`, in whole
/// units of the offer's currency, and never negative.
public struct Offer: Codable, Hashable, Sendable {
  public var name: String
  public var isCurrent: Bool = false
  public var currency: String?
  /// Currencies other than `currency` that this offer's amounts were typed
  /// in; when there are any, its amounts are not added up.
  public var otherCurrencies: [String] = []
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
  /// Pay a year: the salary, or wage × hours × 52, plus the bonus.
  public var cash: Double?
  /// What the employer adds a year: retirement match plus health premium.
  public var employerContributions: Double?
  /// `cash + employerContributions`. Paid time off is never added: the pay
  /// already pays for those days.
  public var total: Double?
  /// The total per hour actually worked: paid days off are hours not
  /// worked, so more time off shows as a better rate.
  public var effectiveHourly: Double?
  /// The yearly value of the remote days (commute cost and time they save),
  /// shown apart from the total: remote work is not pay.
  public var commuteSaved: Double?
  /// The yearly cost of the office days' commute (cost and time), apart
  /// from the total too.
  public var commuteCost: Double?
  /// How the figures beside the total were worked out (effective hourly,
  /// commute), each with its amount.
  public var apart: [CompensationPart] = []
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
  /// The name of the offer with the highest total; `nil` when the offers'
  /// currencies differ (they are not compared then).
  public var best: String?
  /// What the person said about the offers beyond the numbers, and the
  /// offer it names, when it names one.
  public var preference: Sourced<String>?
  public var leaning: String?
  /// The comparison in plain words: the preference beside the numbers,
  /// the differences, or why the offers are not compared.
  public var summary: [String] = []

  public init() {}
}
