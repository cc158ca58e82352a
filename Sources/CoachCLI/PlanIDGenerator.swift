import FoundationEssentials

/// Makes the id of a new plan: random, so two plans started in the same
/// second (or on two machines) never share one, and with it the ids of
/// their commitments.
enum PlanIDGenerator {
  static func make() -> String {
    UUID().uuidString.lowercased()
  }
}
