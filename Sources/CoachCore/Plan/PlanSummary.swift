/// The few lines the coach says when a session is done: what the person
/// leaves with, in the order they will need it.
public enum PlanSummary {
  /// The closing summary of `plan`: the verdict, each goal and its
  /// deadline, the next action and its day, the review date and the best
  /// offer, as far as the plan has them.
  public static func lines(_ plan: Plan) -> [String] {
    var lines: [String] = []
    if let assessment = plan.assessment {
      lines.append("Your role reads as \(assessment.verdict) (score \(assessment.score)).")
    }
    for (number, goal) in plan.goals.enumerated() {
      // A goal titled by its SMART sentence names its deadline already.
      let due =
        goal.inYourWords != nil && goal.deadline != nil
        ? "" : goal.deadline.map { " — by \($0.inWords)" } ?? " — no deadline yet"
      lines.append("Goal \(number + 1): \(goal.title)\(due).")
    }
    if let next = plan.actions.first {
      let due = next.due.map { ", by \($0.inWords)" } ?? ""
      lines.append("Next action: \(next.title)\(due).")
    }
    if let review = plan.profile.reviewDate?.value ?? plan.balance.reviewDate?.value {
      lines.append("Review your plan on \(review.inWords).")
    }
    if let best = plan.compensation.best,
      let offer = plan.compensation.offers.first(where: { $0.name == best }),
      let total = offer.total
    {
      // A total that is the pay alone would say a private answer.
      let amount =
        offer.totalIsPayAlone
        ? "" : ", \(MoneyFormatter.format(total, currency: offer.currency)) a year in total"
      lines.append("Best offer on the numbers: \(best)\(amount).")
    }
    return lines
  }
}
