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
