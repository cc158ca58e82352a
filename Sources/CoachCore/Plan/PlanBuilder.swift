/// Builds the plan from a session: every answer the scripts still ask goes
/// where its step's `plan:` says, or into the notes.
public struct PlanBuilder {
  let engine: SessionMachine
  /// Part of the walk to build from (one goal's round), or `nil` for all.
  let only: [Slot]?

  public init(machine: SessionMachine) {
    self.engine = machine
    self.only = nil
  }

  /// A builder of the plan of `slots` alone, a part of `machine`'s walk:
  /// what one goal's round says, without the cost of the whole session.
  init(machine: SessionMachine, slots: [Slot]) {
    self.engine = machine
    self.only = slots
  }

  /// The plan of the machine's session.
  public func build() -> Plan {
    // The session's own walk: the one that found the question being asked.
    let slots = only ?? engine.walk()
    var plan = Plan()
    plan.sessionID = engine.identity.sessionID
    plan.planID = engine.identity.planID
    plan.updated = engine.state.lastActivity?.day
    var items = ItemIndex()
    var ratings: [RubricRating] = []
    var stage: String?
    var latest: Moment?
    var sections = ScriptSections(catalog: engine.catalog)

    for slot in slots {
      switch slot {
      case .say: continue
      case .computed(let key, let value, let format, let script, _):
        plan.computed[key] = value
        sections.add(computed: key, value: value, format: format, script: script)
      case .question(let q):
        // A question not reached yet is still to come, not open: only what
        // the person left open with /skip is an open question.
        guard let entry = engine.state.answers[q.key] else {
          sections.pending(q)
          continue
        }
        // A nudge asked once more after a vague answer: whatever it gets,
        // a still-vague result leaves the facet weak.
        if case .nudge(let facet, let goalKey) = q.role,
          entry.value == nil
            || SmartFollowUp.facet(named: facet).map({ SmartFollowUp.isVague(entry, facet: $0) })
              == true
        {
          items.weak[goalKey, default: []].append(facet)
        }
        guard let value = entry.value else {
          sections.unanswered(q)
          if case .more = q.role { continue }
          if case .nudge = q.role { continue }
          plan.openQuestions.append(OpenQuestion(key: q.key, question: q.text))
          continue
        }
        if case .more = q.role { continue }
        if latest.map({ entry.at.seconds > $0.seconds }) ?? true { latest = entry.at }
        // `answers` holds the scripts' own steps ("<script>.<step>"); a
        // SMART follow-up fills its goal's part, or a note.
        switch q.role {
        case .followUp, .nudge: break
        default:
          plan.answers[q.key] = AnswerRecord(text: entry.text, value: value)
        }
        if case .date(let day) = value {
          plan.dates.append(DatedAnswer(key: q.key, question: q.text, day: day))
        }
        if q.question.plan == "none" { continue }
        if let target = q.question.plan {
          // The scope only for an answer placed in an item: a note needs
          // none, and making it joins strings and looks up the group.
          let context = PlanContext(
            key: q.key, scope: itemScope(of: q), text: entry.text, value: value, question: q)
          place(
            context, target: target, into: &plan, items: &items, ratings: &ratings, stage: &stage)
        } else {
          let note = Note(
            key: q.key, script: q.script, question: q.text,
            answer: Self.display(value, type: q.question.type), due: value.day)
          plan.notes.append(note)
          sections.add(note)
        }
      }
    }
    plan.scriptSections = sections.sections
    plan.stillToCome = sections.stillToCome
    plan.updated = latest?.day ?? plan.updated
    finishGoals(&plan, items: items)
    analyzeOtherSmartAnswers(&plan, weak: items.weak)
    plan.assessment = CareerRubric.evaluate(ratings, stage: stage ?? plan.profile.stage?.value)
    plan.compensation = CompensationCalculator.compared(plan.compensation)
    plan.actions.sort { ($0.due ?? .distantFuture) < ($1.due ?? .distantFuture) }
    return plan
  }

  /// SMART facets for each goal: the analysis of its text, with confidence
  /// and the vision for achievable and relevant.
  private func finishGoals(_ plan: inout Plan, items: ItemIndex) {
    let vision = plan.vision?.value
    for (index, goal) in plan.goals.enumerated() {
      guard let record = plan.answers[goal.source],
        engine.catalog.questions[SessionState.split(goal.source).step]?.checksSmart == true
      else { continue }
      let today = engine.state.answers[goal.source]?.at.day ?? CalendarDay(dayNumber: 0)
      let confidence = items.confidence[goal.source]
      var analysis = SmartAnalyzer.analysis(
        of: record.text, today: today, confidence: confidence, vision: vision)
      var facets = analysis.facets
      // Follow-up answers fill what the goal's own words lacked.
      if goal.specific != nil { facets.specific = true }
      if goal.measure != nil { facets.measurable = true }
      if goal.deadline != nil { facets.timeBound = true }
      if let relevant = goal.relevant, !Self.isNegative(relevant) { facets.relevant = true }
      // Accepted after a nudge while still vague: answered, but not met.
      for facet in items.weak[goal.source] ?? [] {
        switch facet {
        case "specific": facets.specific = false
        case "measurable": facets.measurable = false
        default: continue
        }
        if !facets.weak.contains(facet) { facets.weak.append(facet) }
      }
      analysis.facets = facets
      // Titled by its SMART sentence, from the parts as answered; the
      // person's first words are kept beside it.
      plan.goals[index].inYourWords = record.text
      plan.goals[index].title = GoalSentence.sentence(
        words: record.text, specific: goal.specific, measure: goal.measure,
        deadline: goal.deadline ?? analysis.deadline, weakMeasure: !facets.measurable,
        weakSpecific: facets.weak.contains("specific"))
      // What the goal's own words already say fills its parts.
      if goal.specific == nil, analysis.facets.specific {
        plan.goals[index].specific = analysis.action ?? goal.title
      }
      if goal.measure == nil, let measure = analysis.measure { plan.goals[index].measure = measure }
      plan.goals[index].smart = facets
      if plan.goals[index].deadline == nil { plan.goals[index].deadline = analysis.deadline }
      if let deadline = plan.goals[index].deadline {
        Self.spreadMilestones(
          &plan.goals[index].milestones, from: today, to: deadline,
          all: items.spread[goal.source] == true)
      }
      plan.answers[goal.source]?.smart = facets
    }
  }

  /// The plan item the answer to `q` fills: `script`, `script#round` for a
  /// round, and `script.group#round` inside a group, so that two groups of
  /// one script that fill the same list (two groups of goals, say) make an
  /// item for each round of each instead of sharing one per round number.
  private func itemScope(of q: QuestionSlot) -> String {
    guard let round = q.round else { return q.script }
    guard let group = engine.catalog.group(of: q) else {
      return SessionState.key(q.script, round: round)
    }
    return q.script + "." + group + "#" + String(round)
  }

  /// `check: smart` answers that are not a plan goal still get their facets
  /// in `answers`.
  private func analyzeOtherSmartAnswers(_ plan: inout Plan, weak: [String: [String]]) {
    let vision = plan.vision?.value
    // Set after the loop: writing into `plan.answers` while it is being
    // read would copy the whole dictionary.
    var analysed: [(key: String, facets: SmartFacets)] = []
    defer { for (key, facets) in analysed { plan.answers[key]?.smart = facets } }
    for (key, record) in plan.answers where record.smart == nil {
      let step = SessionState.split(key).step
      guard engine.catalog.questions[step]?.checksSmart == true,
        let at = engine.state.answers[key]?.at
      else { continue }
      var facets = SmartAnalyzer.analysis(of: record.text, today: at.day, vision: vision)
        .facets
      // Follow-up answers fill what the goal's own words lacked.
      let (base, round) = SessionState.split(key)
      func answered(_ facet: String) -> Bool {
        engine.state.answers[SessionState.key("\(base):\(facet)", round: round)]?.value != nil
      }
      if answered("specific") { facets.specific = true }
      if answered("measurable") { facets.measurable = true }
      if answered("timeBound") { facets.timeBound = true }
      for facet in weak[key] ?? [] {
        if facet == "specific" { facets.specific = false }
        if facet == "measurable" { facets.measurable = false }
        if !facets.weak.contains(facet) { facets.weak.append(facet) }
      }
      analysed.append((key, facets))
    }
  }

  /// Dates every milestone up to the deadline: all of them evenly from
  /// `today` when the person agreed (`all`), else those after the last
  /// dated one, evenly from its day. None falls after the deadline.
  static func spreadMilestones(
    _ milestones: inout [Milestone], from today: CalendarDay, to deadline: CalendarDay, all: Bool
  ) {
    let first = all ? 0 : (milestones.lastIndex(where: { $0.due != nil }).map { $0 + 1 } ?? 0)
    guard first < milestones.count else { return }
    let start = all || first == 0 ? today : (milestones[first - 1].due ?? today)
    let span = deadline.dayNumber - start.dayNumber
    guard span > 0 else { return }
    let count = milestones.count - first
    for k in 0..<count {
      let offset = span * (k + 1) / (count + 1)
      milestones[first + k].due = CalendarDay(dayNumber: start.dayNumber + offset)
    }
  }

  /// `AnswerParser.display`, a day's `iso` text made from its bytes
  /// (`iso` joins four strings, and a long plan has thousands of days).
  static func display(_ value: AnswerValue, type: AnswerType?) -> String {
    if case .date(let day) = value { return JSONBytes.iso(day) }
    return AnswerParser.display(value, type: type)
  }

  static func isNegative(_ text: String) -> Bool {
    let t = text.lowercased().trimmingSpaces
    return ["no", "not really", "none", "n/a", "nothing", "not sure", "no idea"].contains(t)
  }
}

/// One answer on its way into the plan.
struct PlanContext {
  var key: String
  /// `script`, `script#round` or `script.group#round`: answers of one
  /// scope make one item.
  var scope: String
  var text: String
  var value: AnswerValue
  var question: QuestionSlot

  var display: String { PlanBuilder.display(value, type: question.question.type) }
  var number: Double? { value.number }
  var day: CalendarDay? { value.day }
}

/// Which goal, offer or growth item each scope fills.
struct ItemIndex {
  var goals: [String: Int] = [:]
  var offers: [String: Int] = [:]
  var skills: [String: Int] = [:]
  var education: [String: Int] = [:]
  var experience: [String: Int] = [:]
  var networking: [String: Int] = [:]
  var actions: [String: Int] = [:]
  /// Goal source key → confidence from 0 to 1.
  var confidence: [String: Double] = [:]
  /// Goal answer key → whether the person agreed to spread its milestones.
  var spread: [String: Bool] = [:]
  /// Goal answer key → the facets accepted while still vague.
  var weak: [String: [String]] = [:]
}

extension CalendarDay {
  /// Sorts after every real deadline.
  static let distantFuture = CalendarDay(dayNumber: 10_000_000)
}
