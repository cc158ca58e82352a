/// Results said as soon as they are known: the job-or-career verdict after
/// the last rating, each goal as one SMART sentence once its questions are
/// done, and the offers side by side after the last of them.
///
/// They are said (and recorded as `.said`, so `replay --show` has them)
/// right after the answer that completed them, before the next question.
extension SessionMachine {
  /// The lines to say now that `slot` has been answered or skipped, over
  /// the walk `slots` of the state after it.
  func results(after slot: QuestionSlot, in slots: [Slot]) -> [String] {
    let questions = slots.compactMap { s -> QuestionSlot? in
      if case .question(let q) = s { return q } else { return nil }
    }
    func done(_ filter: (QuestionSlot) -> Bool) -> Bool {
      questions.filter(filter).allSatisfy { state.answers[$0.key] != nil }
    }
    let plan = slot.question.plan ?? ""
    // The verdict, after the last rating of the script.
    if plan.hasPrefix("assessment."), plan != "assessment.stage",
      done({ $0.script == slot.script && ($0.question.plan ?? "").hasPrefix("assessment.") })
    {
      return PlanBuilder(machine: self).build().assessment.map(Self.verdictLines) ?? []
    }
    // A goal, once every question of its round is answered.
    if let round = slot.round, !slot.isMore,
      let goal = goalOfRound(slot, round: round, questions: questions),
      done({ $0.script == slot.script && $0.round == round && !$0.isMore })
    {
      // Built from the round alone: a goal per round would otherwise build
      // the whole plan each time, and the session would grow quadratic.
      let built = roundPlan(script: slot.script, round: round, in: slots)
      guard let made = built.goals.first(where: { $0.source == goal }) else { return [] }
      let number = questions.filter { $0.question.plan == "goal.title" && $0.role == .question }
        .firstIndex { $0.key == goal }
      return Self.goalLines(made, number: (number ?? 0) + 1)
    }
    // The offers, once the script that asks them has nothing left to ask.
    if plan.hasPrefix("offer."), done({ $0.script == slot.script }) {
      return Self.offerLines(PlanBuilder(machine: self).build().compensation)
    }
    return []
  }

  /// The plan of one round of `script`: its goal, from the walk's slots of
  /// that round alone.
  func roundPlan(script: String, round: Int, in slots: [Slot]) -> Plan {
    let part = slots.filter { slot in
      switch slot {
      case .question(let q): return q.script == script && q.round == round
      case .say, .computed: return false
      }
    }
    return PlanBuilder(machine: self, slots: part).build()
  }

  /// The key of the goal asked in `slot`'s round, if that round asks one
  /// (`goal.title` with `check: smart`).
  private func goalOfRound(_ slot: QuestionSlot, round: Int, questions: [QuestionSlot])
    -> String?
  {
    questions.first {
      $0.script == slot.script && $0.round == round && $0.role == .question
        && $0.question.plan == "goal.title" && $0.question.checksSmart
    }?.key
  }

  static func verdictLines(_ a: Assessment) -> [String] {
    let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    let count = a.reasons.count
    let ratings =
      count == 1
      ? "your rating" : "your \(count <= words.count ? words[count - 1] : String(count)) ratings"
    var lines = [
      "From \(ratings), your role reads as \(a.verdict) (score \(a.score), from -100 for all job to 100 for all career)."
    ]
    let strongest = a.reasons.prefix(2)
    if !strongest.isEmpty {
      lines.append("The strongest signs: " + strongest.joined(separator: "; ") + ".")
    }
    lines += a.warnings
    switch a.verdict {
    case CareerRubric.careerVerdict:
      lines.append(
        "That suggests building on it: the goals we set next can use the growth this role already gives you."
      )
    case CareerRubric.jobVerdict:
      lines.append(
        "That suggests the direction has to come from you: the goals we set next can point to a role that builds toward it, while this one pays the bills."
      )
    default:
      lines.append(
        "That suggests deciding what this role should give you: goals next, for the part it doesn't."
      )
    }
    return [lines.joined(separator: "\n")]
  }

  static func goalLines(_ goal: Goal, number: Int) -> [String] {
    var text = "Goal \(number), put together: \(goal.title)."
    let dated = goal.milestones.filter { $0.due != nil }
    if !dated.isEmpty {
      text +=
        "\nMilestones: "
        + dated.map { "\($0.title) by \($0.due?.short ?? "")" }.joined(separator: "; ") + "."
    }
    if let weak = GoalSentence.weakness(goal.smart) {
      text += "\n\(weak) You can come back to it with /back or in a review."
    }
    return [text]
  }

  static func offerLines(_ c: Compensation) -> [String] {
    let priced = c.offers.filter { $0.total != nil }
    guard !priced.isEmpty else { return [] }
    var lines = ["Your offers, by total compensation a year:"]
    for offer in priced.sorted(by: { ($0.total ?? 0) > ($1.total ?? 0) }) {
      let total = MoneyFormatter.format(offer.total ?? 0, currency: offer.currency)
      // Totals only: the pay itself was a private answer.
      lines.append("  \(offer.name): \(total)")
    }
    let sorted = priced.compactMap(\.total).sorted(by: >)
    if c.best != nil, sorted.count > 1, let top = priced.first(where: { $0.name == c.best }) {
      let gap = MoneyFormatter.format(sorted[0] - sorted[1], currency: top.currency)
      lines.append("\(top.name) is ahead by \(gap) a year.")
    }
    if let said = c.preference?.value {
      lines.append("Beside the numbers, you said: “\(said)”")
    }
    lines += c.summary.filter { $0.hasPrefix("You lean") || $0.contains("currenc") }
    return [lines.joined(separator: "\n")]
  }
}

extension QuestionSlot {
  /// A group's "add another?" question.
  var isMore: Bool {
    if case .more = role { return true } else { return false }
  }
}
