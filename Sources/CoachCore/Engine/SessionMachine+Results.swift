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
    let plan = slot.question.plan ?? ""
    // The verdict, after the last rating of the script.
    if plan.hasPrefix("assessment."), plan != "assessment.stage",
      done(
        in: slots, { $0.script == slot.script && ($0.question.plan ?? "").hasPrefix("assessment.") }
      )
    {
      return PlanBuilder(machine: self).build().assessment.map(Self.verdictLines) ?? []
    }
    // A goal, once every question of its round is answered. Only the
    // round's own slots are looked at: an answer in a long session costs
    // its round, not the session.
    if let round = slot.round, !slot.isMore,
      case let part = roundSlots(of: slot, round: round, in: slots),
      let goal = goalOfRound(slot, round: round, in: part),
      done(in: part, { $0.script == slot.script && $0.round == round && !$0.isMore })
    {
      // Its number among the session's goals, and the vision its relevance
      // is judged against, which lies outside the round: both as the walk
      // noted them, so a goal costs its round, not the session. The goal
      // just finished is nearly always the last one asked.
      let walker = walker()
      let goals = walker.goalSlots
      let number =
        goals.lastIndex {
          if case .question(let q) = slots[$0] { return q.key == goal } else { return false }
        }.map { $0 + 1 } ?? goals.count
      let vision = walker.visionSlots.map { slots[$0] }
      let built = PlanBuilder(machine: self, slots: vision + part).build()
      guard let made = built.goals.first(where: { $0.source == goal }) else { return [] }
      return Self.goalLines(made, number: max(number, 1))
    }
    // The offers, once the script that asks them has nothing left to ask.
    if plan.hasPrefix("offer."), done(in: slots, { $0.script == slot.script }) {
      return Self.offerLines(PlanBuilder(machine: self).build().compensation)
    }
    return []
  }

  /// Whether every question of `slots` that `filter` picks is answered.
  private func done(in slots: [Slot], _ filter: (QuestionSlot) -> Bool) -> Bool {
    slots.allSatisfy { s in
      guard case .question(let q) = s, filter(q) else { return true }
      return state.answers[q.key] != nil
    }
  }

  /// The questions of `slot`'s round, found around it in the walk: from
  /// the slot outwards until a question of the same script in another
  /// round. (A round's steps are walked together; a sub-script run inside
  /// it is stepped over.)
  ///
  /// Read from the walk's `places`, integers: only the slots of the
  /// round are copied. `scannedRoundSlots` is the same search over the
  /// slots themselves, for slots that are not the walk's.
  func roundSlots(of slot: QuestionSlot, round: Int, in slots: [Slot]) -> [Slot] {
    let walker = walker()
    let places = walker.places
    // The places are the walk's: only slots that are the walk's own (the
    // same storage, not just as many) are read by them.
    func storage(_ slots: [Slot]) -> UnsafeRawPointer? {
      slots.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
    guard places.count == slots.count, !slots.isEmpty, storage(slots) == storage(walker.slots)
    else {
      return scannedRoundSlots(of: slot, round: round, in: slots)
    }
    let wanted = Int32(truncatingIfNeeded: round)
    func isSlot(_ i: Int) -> Bool {
      guard places[i].round == wanted, case .question(let q) = slots[i] else { return false }
      return q.key == slot.key
    }
    // The answered slot sits just before the first open one, as a rule.
    let from = walker.firstOpen ?? slots.count - 1
    guard
      let at = stride(from: min(from, slots.count - 1), through: 0, by: -1).first(where: isSlot)
        ?? slots.indices.first(where: isSlot)
    else { return [] }
    let place = places[at]
    // A slot of another script (or none) is stepped over; one of the same
    // script ends the round unless it is of the round.
    func continues(_ i: Int) -> Bool {
      places[i].script != place.script || places[i].sameRound(as: place)
    }
    var lower = at
    while lower > 0, continues(lower - 1) { lower -= 1 }
    var upper = at
    while upper + 1 < slots.count, continues(upper + 1) { upper += 1 }
    var part: [Slot] = []
    for i in lower...upper where places[i].sameRound(as: place) { part.append(slots[i]) }
    return part
  }

  /// `roundSlots(of:round:in:)` found by looking at every slot near the
  /// answered one and the group of each.
  func scannedRoundSlots(of slot: QuestionSlot, round: Int, in slots: [Slot]) -> [Slot] {
    func isSlot(_ i: Int) -> Bool {
      if case .question(let q) = slots[i] { return q.key == slot.key }
      return false
    }
    // The answered slot sits just before the first open one, as a rule.
    let from = walker().firstOpen ?? slots.count - 1
    guard
      let at = stride(from: min(from, slots.count - 1), through: 0, by: -1).first(where: isSlot)
        ?? slots.indices.first(where: isSlot)
    else { return [] }
    // Two groups of one script have rounds of the same numbers: a round is
    // its group's.
    let group = catalog.group(of: slot)
    func isOfRound(_ q: QuestionSlot) -> Bool {
      q.round == round && catalog.group(of: q) == group
    }
    func sameRound(_ i: Int) -> Bool? {
      guard case .question(let q) = slots[i] else { return nil }
      if q.script != slot.script { return nil }
      return isOfRound(q)
    }
    var lower = at
    while lower > 0, sameRound(lower - 1) != false { lower -= 1 }
    var upper = at
    while upper + 1 < slots.count, sameRound(upper + 1) != false { upper += 1 }
    return slots[lower...upper].filter { s in
      if case .question(let q) = s { return q.script == slot.script && isOfRound(q) }
      return false
    }
  }

  /// The key of the goal asked in `slot`'s round, if that round asks one
  /// (`goal.title` with `check: smart`).
  private func goalOfRound(_ slot: QuestionSlot, round: Int, in part: [Slot]) -> String? {
    for case .question(let q) in part
    where q.script == slot.script && q.round == round && q.role == .question
      && q.question.plan == "goal.title" && q.question.checksSmart
    {
      return q.key
    }
    return nil
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
    // Totals only: the pay itself was a private answer. A total that is
    // the pay alone (nothing added) would say it, so it is not said.
    let ranked = priced.sorted(by: { ($0.total ?? 0) > ($1.total ?? 0) })
    for offer in ranked {
      let total = MoneyFormatter.format(offer.total ?? 0, currency: offer.currency)
      lines.append("  \(offer.name): \(offer.totalIsPayAlone ? "your pay alone (private)" : total)")
    }
    let tellsPay = priced.contains(where: \.totalIsPayAlone)
    if c.best != nil, ranked.count > 1, let top = priced.first(where: { $0.name == c.best }) {
      let gap = (ranked[0].total ?? 0) - (ranked[1].total ?? 0)
      lines.append(
        tellsPay
          ? "\(top.name) is ahead on the numbers."
          : "\(top.name) is ahead by \(MoneyFormatter.format(gap, currency: top.currency)) a year.")
    }
    if let said = c.preference?.value {
      lines.append("Beside the numbers, you said: “\(said)”")
    }
    // "You lean to X; it pays $8,000 less in cash" says how the private pay
    // differs: only the currency notes are said.
    lines += c.summary.filter { $0.contains("currenc") }
    return [lines.joined(separator: "\n")]
  }
}

extension Offer {
  /// Whether the total is the pay and nothing else (no bonus, no employer
  /// contribution): saying it would say a private answer.
  var totalIsPayAlone: Bool {
    (bonus ?? 0) == 0 && (employerContributions ?? 0) == 0
  }
}

extension QuestionSlot {
  /// A group's "add another?" question.
  var isMore: Bool {
    if case .more = role { return true } else { return false }
  }
}
