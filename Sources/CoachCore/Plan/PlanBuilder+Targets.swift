/// Where each `plan:` target puts an answer.
extension PlanBuilder {
  /// Puts the answer where `target` says; `section` is
  /// `section(of: target)`.
  func place(
    _ c: PlanContext, target: String, section: String, into plan: inout Plan,
    items: inout ItemIndex, ratings: inout [RubricRating], stage: inout String?
  ) {
    switch section {
    case "profile": placeProfile(c, target, &plan)
    case "assessment":
      if target == "assessment.stage" {
        stage = c.display
        if plan.profile.stage == nil { plan.profile.stage = Sourced(c.display, source: c.key) }
        return
      }
      guard let n = c.number else { return }
      let (lo, hi) = c.question.question.ratingBounds
      ratings.append(
        RubricRating(
          feature: c.question.question.id, label: Self.featureLabel(c.question.question.id),
          side: target == "assessment.job" ? RubricRating.Side.job : .career, value: n, min: lo,
          max: hi))
    case "vision": plan.vision = Sourced(c.display, source: c.key)
    case "goal": placeGoal(c, target, &plan, &items)
    case "growth": placeGrowth(c, target, &plan, &items)
    case "networking": placeNetworking(c, target, &plan, &items)
    case "balance": placeBalance(c, target, &plan)
    case "offer": placeOffer(c, target, &plan, &items)
    case "action": placeAction(c, target, &plan, &items)
    default: break
    }
  }

  /// The part of a target before its first dot (what
  /// `split(separator: ".").first` gives), without an array.
  static func section(of target: String) -> String {
    let parts = target.drop { $0 == "." }
    return parts.isEmpty ? target : String(parts.prefix { $0 != "." })
  }

  /// The seed's names for the rubric's features, by the step ids scripts
  /// use; any other id reads as words ("team_spirit" is "Team spirit").
  static func featureLabel(_ id: String) -> String {
    let known = [
      "long_term": "Long-term focus", "specialisation": "Field specialisation",
      "specialization": "Field specialization", "continuous_growth": "Continuous growth",
      "short_term": "Short-term focus", "task_driven": "Task-driven",
      "income": "Income-oriented",
    ]
    return known[id] ?? words(id)
  }

  /// A step id in words: `yearly_cost` reads "Yearly cost".
  static func words(_ id: String) -> String {
    let words = id.map { $0 == "_" || $0 == "-" ? " " : $0 }
    return String(words.prefix(1)).uppercased() + String(words.dropFirst())
  }

  private func placeProfile(_ c: PlanContext, _ target: String, _ plan: inout Plan) {
    switch target {
    case "profile.name": plan.profile.name = Sourced(c.display, source: c.key)
    case "profile.role": plan.profile.role = Sourced(c.display, source: c.key)
    case "profile.field": plan.profile.field = Sourced(c.display, source: c.key)
    case "profile.stage": plan.profile.stage = Sourced(c.display, source: c.key)
    case "profile.years": if let n = c.number { plan.profile.years = Sourced(n, source: c.key) }
    case "profile.employment": plan.profile.employment = Sourced(c.display, source: c.key)
    case "profile.review": if let d = c.day { plan.profile.reviewDate = Sourced(d, source: c.key) }
    default: break
    }
  }

  /// The index of the item for this scope in `list`, made on first use.
  private func item<T>(
    _ table: inout ItemTable, _ scope: ItemScope, _ list: inout [T], make: () -> T
  ) -> Int {
    table.index(of: scope) {
      list.append(make())
      return list.count - 1
    }
  }

  private func placeGoal(
    _ c: PlanContext, _ target: String, _ plan: inout Plan, _ items: inout ItemIndex
  ) {
    let i = item(&items.goals, c.scope, &plan.goals) { Goal(title: c.display, source: c.key) }
    // A new goal's source is this answer.
    if i == items.goalAnswers.count { items.goalAnswers.append(c.answer) }
    switch target {
    case "goal.title":
      plan.goals[i].title = c.display
      plan.goals[i].source = c.key
      items.goalAnswers[i] = c.answer
    case "goal.specific": plan.goals[i].specific = c.display
    case "goal.measure": plan.goals[i].measure = c.display
    case "goal.relevant": plan.goals[i].relevant = c.display
    case "goal.achievable":
      plan.goals[i].achievable = c.display
      if let n = c.number {
        let q = c.question.question
        let (lo, hi) = q.ratingBounds
        let confidence = hi > lo ? (n - lo) / (hi - lo) : 1
        items.confidence[plan.goals[i].source] = confidence
        let level = confidence >= 0.5 ? "good" : "low"
        plan.goals[i].achievable =
          "\(level) (\(MoneyFormatter.formatNumber(n)) of \(MoneyFormatter.formatNumber(hi)))"
      }
    case "goal.support":
      // An action is a next action for the goal; anything else is what
      // would make the goal more within reach, kept with it.
      if SmartWords(c.text).isConcreteAction {
        plan.actions.append(
          Action(title: c.display, due: nil, context: "Goal \(i + 1)", source: c.key))
      } else {
        let confidence = plan.goals[i].achievable.map { "\($0); " } ?? ""
        plan.goals[i].achievable = confidence + "within reach with " + c.display.lowercasedFirst
      }
    case "goal.deadline": plan.goals[i].deadline = c.day
    case "goal.milestone":
      plan.goals[i].milestones.append(Milestone(title: c.display, due: nil, source: c.key))
    case "goal.milestones":
      for (n, title) in (c.value.list ?? [c.display]).enumerated() {
        plan.goals[i].milestones.append(
          Milestone(title: title, due: nil, source: "\(c.key)[\(n + 1)]"))
      }
    case "goal.milestones.spread":
      items.spread[plan.goals[i].source] = c.value.bool ?? false
    case "goal.milestone.due":
      if let m = plan.goals[i].milestones.firstIndex(where: { $0.due == nil }) {
        plan.goals[i].milestones[m].due = c.day
      } else {
        plan.goals[i].milestones.append(
          Milestone(title: "The first milestone", due: c.day, source: c.key))
      }
    default: break
    }
  }

  private func placeGrowth(
    _ c: PlanContext, _ target: String, _ plan: inout Plan, _ items: inout ItemIndex
  ) {
    let parts = target.split(separator: ".").map(String.init)
    guard parts.count >= 2 else { return }
    func apply(_ list: inout [GrowthItem], _ index: inout ItemTable) {
      let i = item(&index, c.scope, &list) { GrowthItem(title: c.display, source: c.key) }
      switch parts.count == 3 ? parts[2] : "title" {
      case "method": list[i].method = c.display
      case "due": list[i].due = c.day
      default:
        list[i].title = c.display
        list[i].source = c.key
      }
    }
    switch parts[1] {
    case "skill": apply(&plan.growth.skills, &items.skills)
    case "education": apply(&plan.growth.education, &items.education)
    default: apply(&plan.growth.experience, &items.experience)
    }
  }

  private func placeNetworking(
    _ c: PlanContext, _ target: String, _ plan: inout Plan, _ items: inout ItemIndex
  ) {
    if target == "networking.overall" {
      plan.networking.cadence = Sourced(c.display, source: c.key)
      return
    }
    let i = item(&items.networking, c.scope, &plan.networking.items) {
      NetworkingItem(channel: "", detail: "", source: c.key)
    }
    switch target {
    case "networking.channel": plan.networking.items[i].channel = c.display
    case "networking.detail": plan.networking.items[i].detail = c.display
    case "networking.cadence": plan.networking.items[i].cadence = c.display
    case "networking.due": plan.networking.items[i].due = c.day
    default: break
    }
  }

  private func placeBalance(_ c: PlanContext, _ target: String, _ plan: inout Plan) {
    let entries = (c.value.list ?? [c.display]).map { Sourced($0, source: c.key) }
    switch target {
    case "balance.priorities": plan.balance.priorities += entries
    case "balance.boundaries": plan.balance.boundaries += entries
    case "balance.delegate": plan.balance.delegate += entries
    case "balance.time": plan.balance.timeManagement += entries
    case "balance.rating":
      if let n = c.number {
        plan.balance.rating = Sourced(n, source: c.key)
        plan.balance.ratingMax =
          c.question.question.type == .scale
          ? c.question.question.scaleBounds.max : c.question.question.max
      }
    case "balance.review": if let d = c.day { plan.balance.reviewDate = Sourced(d, source: c.key) }
    default: break
    }
  }

  private func placeOffer(
    _ c: PlanContext, _ target: String, _ plan: inout Plan, _ items: inout ItemIndex
  ) {
    // What the person says about the offers, asked once after them all.
    if target == "offer.preference" {
      plan.compensation.preference = Sourced(c.display, source: c.key)
      return
    }
    let name = "Offer \(plan.compensation.offers.count + 1)"
    let i = item(&items.offers, c.scope, &plan.compensation.offers) {
      Offer(name: name, source: c.key)
    }
    let n = c.number
    // Every amount's currency: a second one means the offer's amounts
    // cannot be added up.
    if c.question.question.type == .money, let code = MoneyParser.parse(c.text)?.currency {
      if plan.compensation.offers[i].currency == nil {
        plan.compensation.offers[i].currency = code
      } else if plan.compensation.offers[i].currency != code,
        !plan.compensation.offers[i].otherCurrencies.contains(code)
      {
        plan.compensation.offers[i].otherCurrencies.append(code)
      }
    }
    switch target {
    case "offer.name":
      plan.compensation.offers[i].name = c.display
      plan.compensation.offers[i].source = c.key
    case "offer.current": plan.compensation.offers[i].isCurrent = c.value.bool ?? false
    case "offer.salary": plan.compensation.offers[i].salary = n
    case "offer.hourly": plan.compensation.offers[i].hourlyWage = n
    case "offer.hours": plan.compensation.offers[i].hoursPerWeek = n
    case "offer.bonus": plan.compensation.offers[i].bonus = n
    case "offer.match": plan.compensation.offers[i].matchRate = n
    case "offer.matchCap": plan.compensation.offers[i].matchCap = n
    case "offer.health": plan.compensation.offers[i].healthPremium = n
    case "offer.pto": plan.compensation.offers[i].ptoDays = n
    case "offer.sick": plan.compensation.offers[i].sickDays = n
    case "offer.remoteDays": plan.compensation.offers[i].remoteDaysPerWeek = n
    case "offer.commuteMinutes": plan.compensation.offers[i].commuteMinutesPerDay = n
    case "offer.commuteCost": plan.compensation.offers[i].commuteCostPerDay = n
    default: break
    }
  }

  private func placeAction(
    _ c: PlanContext, _ target: String, _ plan: inout Plan, _ items: inout ItemIndex
  ) {
    let i = item(&items.actions, c.scope, &plan.actions) {
      Action(title: c.display, due: nil, source: c.key)
    }
    if target == "action.due" {
      plan.actions[i].due = c.day
    } else {
      plan.actions[i].title = c.display
      plan.actions[i].source = c.key
    }
  }
}

extension String {
  /// The text with its first letter in lower case, unless the first word
  /// is all capitals ("ANCC"): "More time" reads "more time" inside a
  /// sentence.
  var lowercasedFirst: String {
    let first = prefix(while: { $0 != " " })
    guard let letter = first.first,
      first.count == 1 || first.dropFirst().contains(where: \.isLowercase)
    else { return self }
    return letter.lowercased() + dropFirst()
  }
}
