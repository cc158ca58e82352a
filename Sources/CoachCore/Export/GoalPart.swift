/// One of the five SMART parts of a goal as the readable exports show it:
/// the answer that fills it and whether the SMART check found it.
struct GoalPart: Sendable {
  enum Status: Sendable {
    /// Answered, and weak: a confidence below half, a vague follow-up.
    case met, weak, missing, unknown

    /// A mark that reads the same on screen and on paper.
    var mark: String {
      switch self {
      case .met: return "✓ yes"
      case .weak: return "⚠ weak"
      case .missing: return "⚠ missing"
      case .unknown: return "? not known"
      }
    }
  }

  var label: String
  var text: String?
  var status: Status

  /// The five parts in SMART order. The SMART analysis decides the status
  /// when there is one; otherwise a part is met when it was answered.
  static func parts(of goal: Goal) -> [GoalPart] {
    let smart = goal.smart
    func status(_ facet: Bool?, _ text: String?) -> Status {
      guard smart != nil else { return text == nil ? .missing : .met }
      guard let facet else { return .unknown }
      if facet { return .met }
      return text == nil ? .missing : .weak
    }
    return [
      GoalPart(
        label: "Specific", text: goal.specific, status: status(smart?.specific, goal.specific)),
      GoalPart(
        label: "Measurable", text: goal.measure, status: status(smart?.measurable, goal.measure)),
      GoalPart(
        label: "Achievable", text: goal.achievable,
        status: status(smart?.achievable ?? nil, goal.achievable)),
      GoalPart(
        label: "Relevant", text: goal.relevant,
        status: status(smart?.relevant ?? nil, goal.relevant)),
      GoalPart(
        label: "Time-bound", text: goal.deadline?.iso,
        status: status(smart?.timeBound, goal.deadline?.iso)),
    ]
  }

  /// The labels of the parts known to be missing, lower case.
  static func missing(in goal: Goal) -> [String] {
    parts(of: goal).filter { $0.status == .missing }.map { $0.label.lowercased() }
  }
}
