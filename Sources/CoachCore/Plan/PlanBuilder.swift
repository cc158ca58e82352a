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
    // The answers in walk order, put into `plan.answers` once their SMART
    // facets are known: the dictionary is made once, at its size, and the
    // facets are set by place, not looked up by key.
    var answers = PlacedAnswers(capacity: slots.count)
    var memo = BuildMemo()

    for index in slots.indices {
      switch slots[index] {
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
        let question = q.question
        var placed: Int?
        switch q.role {
        case .followUp, .nudge: break
        default:
          placed = answers.append(
            key: q.key, AnswerRecord(text: entry.text, value: value), at: entry.at,
            checksSmart: question.checksSmart)
        }
        if case .date(let day) = value {
          plan.dates.append(DatedAnswer(key: q.key, question: q.text, day: day))
        }
        guard let target = question.plan else {
          let note = Note(
            key: q.key, script: q.script, question: q.text,
            answer: Self.display(value, type: question.type), due: value.day)
          sections.add(note)
          // Last: the note moves into the list.
          plan.notes.append(note)
          continue
        }
        if target == "none" { continue }
        // The scope only for an answer placed in an item: a note needs
        // none, and finding it looks up the group.
        let context = PlanContext(
          key: q.key, scope: itemScope(of: q, memo: &memo), text: entry.text, value: value,
          question: q, answer: placed)
        place(
          context, target: target, section: memo.section(of: target), into: &plan,
          items: &items, ratings: &ratings, stage: &stage)
      }
    }
    plan.scriptSections = sections.sections
    plan.stillToCome = sections.stillToCome
    plan.updated = latest?.day ?? plan.updated
    finishGoals(&plan, items: items, answers: &answers)
    analyzeOtherSmartAnswers(&answers, vision: plan.vision?.value, weak: items.weak)
    plan.answers = answers.dictionary()
    plan.assessment = CareerRubric.evaluate(ratings, stage: stage ?? plan.profile.stage?.value)
    plan.compensation = CompensationCalculator.compared(plan.compensation)
    plan.actions.sort { ($0.due ?? .distantFuture) < ($1.due ?? .distantFuture) }
    return plan
  }

  /// SMART facets for each goal: the analysis of its text, with confidence
  /// and the vision for achievable and relevant.
  ///
  /// A goal's answer is found by its place in `answers` (`goalAnswers`),
  /// not by its key; whether it checks SMART is its slot's question's
  /// `check: smart`, the catalog's question for the key's step (a walk
  /// holds the catalog's questions, and step ids are unique in a script).
  private func finishGoals(_ plan: inout Plan, items: ItemIndex, answers: inout PlacedAnswers) {
    let vision = plan.vision?.value
    // By index: iterating `plan.goals` while setting its goals would copy
    // the whole list.
    for index in plan.goals.indices {
      guard let placed = items.goalAnswers[index], answers.entries[placed].checksSmart
      else { continue }
      let goal = plan.goals[index]
      let text = answers.entries[placed].record.text
      let today = answers.entries[placed].at.day
      let confidence = items.confidence[goal.source]
      var analysis = SmartAnalyzer.analysis(
        of: text, today: today, confidence: confidence, vision: vision)
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
      plan.goals[index].inYourWords = text
      plan.goals[index].title = GoalSentence.sentence(
        words: text, specific: goal.specific, measure: goal.measure,
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
      answers.setSmart(facets, at: placed)
    }
  }

  /// The plan item the answer to `q` fills: its script, the script and
  /// round for a round, and the script, group and round inside a group, so
  /// that two groups of one script that fill the same list (two groups of
  /// goals, say) make an item for each round of each instead of sharing
  /// one per round number.
  private func itemScope(of q: QuestionSlot, memo: inout BuildMemo) -> ItemScope {
    guard let round = q.round else { return ItemScope(script: q.script, group: nil, round: nil) }
    return ItemScope(script: q.script, group: memo.group(of: q, in: engine.catalog), round: round)
  }

  /// `check: smart` answers that are not a plan goal still get their facets
  /// in `answers`. Only answers whose question checks SMART are looked at
  /// (see `finishGoals`); the catalog still has the last word.
  private func analyzeOtherSmartAnswers(
    _ answers: inout PlacedAnswers, vision: String?, weak: [String: [String]]
  ) {
    for placed in answers.entries.indices
    where answers.entries[placed].checksSmart && answers.entries[placed].record.smart == nil {
      let entry = answers.entries[placed]
      let (base, round) = SessionState.split(entry.key)
      guard engine.catalog.questions[base]?.checksSmart == true else { continue }
      var facets = SmartAnalyzer.analysis(
        of: entry.record.text, today: entry.at.day, vision: vision
      ).facets
      // Follow-up answers fill what the goal's own words lacked.
      func answered(_ facet: String) -> Bool {
        engine.state.answers[SessionState.key("\(base):\(facet)", round: round)]?.value != nil
      }
      if answered("specific") { facets.specific = true }
      if answered("measurable") { facets.measurable = true }
      if answered("timeBound") { facets.timeBound = true }
      for facet in weak[entry.key] ?? [] {
        if facet == "specific" { facets.specific = false }
        if facet == "measurable" { facets.measurable = false }
        if !facets.weak.contains(facet) { facets.weak.append(facet) }
      }
      answers.setSmart(facets, at: placed)
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
  /// Answers of one scope make one item.
  var scope: ItemScope
  var text: String
  var value: AnswerValue
  var question: QuestionSlot
  /// Its place in the builder's `PlacedAnswers`, when it is one of the
  /// plan's `answers` (a follow-up is not).
  var answer: Int?

  var display: String { PlanBuilder.display(value, type: question.question.type) }
  var number: Double? { value.number }
  var day: CalendarDay? { value.day }
}

/// Which goal, offer or growth item each scope fills.
struct ItemIndex {
  var goals = ItemTable()
  /// For each goal, the place in `PlacedAnswers` of the answer its
  /// `source` names, when that is one of the plan's answers.
  var goalAnswers: [Int?] = []
  var offers = ItemTable()
  var skills = ItemTable()
  var education = ItemTable()
  var experience = ItemTable()
  var networking = ItemTable()
  var actions = ItemTable()
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
