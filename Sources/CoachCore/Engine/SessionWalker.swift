/// A question the session can put to the person, in its context.
public struct QuestionSlot: Hashable, Sendable {
  public enum Role: Hashable, Sendable {
    case question
    /// "Would you like to add another?" after a group's round.
    case more(group: String)
    /// A SMART follow-up for a facet the goal's text lacks.
    case followUp(facet: String, goalKey: String)
    /// One more question after a still-vague answer for a
    /// goal's facet (see `SmartFollowUp`).
    case nudge(facet: String, goalKey: String)
  }

  public var key: String
  public var script: String
  public var question: Question
  /// The question's text with `{id}` filled in.
  public var text: String
  public var round: Int?
  public var role: Role

  public static func == (a: QuestionSlot, b: QuestionSlot) -> Bool { a.key == b.key }
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// One thing a walk through the scripts meets, in order.
public enum Slot: Sendable {
  case say(String, script: String)
  case question(QuestionSlot)
  case computed(key: String, value: Double, format: AnswerType, script: String, plan: String?)
}

/// Walks the session's scripts from the start over the current answers,
/// deciding which steps apply (`when`, jumps, group rounds, sub-scripts) and
/// what each question says.
///
/// The walk is the single source of truth for "what is asked": the next
/// question, resuming, `/back` and replay all read it, so they agree.
final class SessionWalker {
  let catalog: ScriptCatalog
  let answers: [String: AnswerEntry]
  private(set) var slots: [Slot] = []
  private var computed: [String: Double] = [:]
  private var ran: Set<String> = []
  /// SMART analyses of goals, by scope (`script` or `script#round`).
  private(set) var smart: [String: (key: String, analysis: SmartAnalysis)] = [:]

  /// Scripts the person jumped to: run even where a `when` leaves them out.
  let forced: Set<String>

  init(catalog: ScriptCatalog, answers: [String: AnswerEntry], forced: Set<String> = []) {
    self.catalog = catalog
    self.answers = answers
    self.forced = forced
  }

  /// Walks every root script in turn.
  func walk(roots: [String]) -> [Slot] {
    for root in roots { run(root) }
    return slots
  }

  private func run(_ scriptID: String) {
    guard !ran.contains(scriptID), let script = catalog.scripts[scriptID] else { return }
    ran.insert(scriptID)
    walkSteps(script.steps, script: script, group: nil, round: nil)
  }

  private func walkSteps(_ steps: [Step], script: Script, group: Group?, round: Int?) {
    var index = 0
    while index < steps.count {
      let step = steps[index]
      index += 1
      let env = WalkEnvironment(walker: self, script: script.id, group: group, round: round)
      if let when = step.when, !when.isTrue(in: env) {
        if case .run(let target) = step.kind, forced.contains(target) { run(target) }
        continue
      }
      switch step.kind {
      case .say(let t):
        slots.append(.say(render(t, env), script: script.id))
      case .ask(let q):
        ask(q, script: script, group: group, round: round, env: env, siblings: steps)
      case .compute(let c):
        let key = AnswerKey(script: script.id, step: c.id, round: round).description
        let value: Double
        switch c.expression.evaluate(in: env) {
        // A non-finite result (an overflow) counts as nothing computed.
        case .number(let n) where n.isFinite: value = c.format == .integer ? n.rounded() : n
        case .bool(let b): value = b ? 1 : 0
        default: value = 0
        }
        computed[key] = value
        slots.append(
          .computed(key: key, value: value, format: c.format, script: script.id, plan: c.plan))
        if let say = c.say { slots.append(.say(render(say, env), script: script.id)) }
      case .group(let g):
        walkGroup(g, script: script, env: env)
      case .goto(let target):
        if target == "end" { return }
        if let found = steps[index...].firstIndex(where: { $0.id == target }) { index = found }
      case .run(let target):
        run(target)
      }
    }
  }

  private func walkGroup(_ g: Group, script: Script, env: WalkEnvironment) {
    var round = 0
    while round < g.maxRounds {
      if round >= g.minRounds {
        // Ask whether to go on; stop here while it is unanswered.
        let key = "\(script.id).\(g.id)#\(round)"
        var q = Question(
          id: g.id, prompt: g.more, type: .yesno, position: TextPosition(line: 0, column: 0))
        q.why = "Each round adds one more to your plan; you can always add more later."
        let text = render(
          g.more, WalkEnvironment(walker: self, script: script.id, group: g, round: round))
        slots.append(
          .question(
            QuestionSlot(
              key: key, script: script.id, question: q, text: text, round: round,
              role: .more(group: g.id))))
        guard let entry = answers[key], entry.value == .bool(true) else { return }
      }
      round += 1
      walkSteps(g.steps, script: script, group: g, round: round)
    }
  }

  private func ask(
    _ q: Question, script: Script, group: Group?, round: Int?, env: WalkEnvironment,
    siblings: [Step]
  ) {
    let key = AnswerKey(script: script.id, step: q.id, round: round).description
    let scope = SessionState.key(script.id, round: round)
    // A question that asks for a SMART part the goal's text already has is
    // passed over: follow-ups fill only what is missing.
    if let plan = q.plan, let goal = smart[scope], let facet = SmartFollowUp.facet(forPlan: plan),
      facet.isMet(in: goal.analysis.facets)
    {
      return
    }
    slots.append(
      .question(
        QuestionSlot(
          key: key, script: script.id, question: q, text: render(q.prompt, env), round: round,
          role: .question)))
    // The script's own question for a goal's part is held to it like a
    // follow-up.
    if let plan = q.plan, let goal = smart[scope], let facet = SmartFollowUp.facet(forPlan: plan),
      let goalQuestion = catalog.questions[AnswerKey(goal.key)?.stepPath ?? ""],
      goalQuestion.smartFollowUps
    {
      nudge(
        facet, answered: key, goal: goalQuestion, goalKey: goal.key, script: script.id, round: round
      )
    }
    guard q.checksSmart, let entry = answers[key], case .text(let goalText)? = entry.value else {
      return
    }
    let analysis = SmartAnalyzer.analysis(of: goalText, today: entry.at.day)
    smart[scope] = (key, analysis)
    guard q.smartFollowUps else { return }
    let handled = Set(
      siblings.compactMap { step -> String? in
        if case .ask(let s) = step.kind { return s.plan } else { return nil }
      })
    for facet in SmartFollowUp.facets
    where !facet.isMet(in: analysis.facets) && !handled.contains(facet.plan) {
      let follow = SmartFollowUp.question(facet, goal: q)
      let followKey = AnswerKey(script: script.id, step: q.id, facet: facet.id, round: round)
        .description
      slots.append(
        .question(
          QuestionSlot(
            key: followKey, script: script.id, question: follow, text: facet.prompt,
            round: round, role: .followUp(facet: facet.id, goalKey: key))))
      nudge(facet, answered: followKey, goal: q, goalKey: key, script: script.id, round: round)
    }
  }

  /// One more question after a still-vague answer for a goal's facet.
  private func nudge(
    _ facet: SmartFollowUp.Facet, answered key: String, goal: Question, goalKey: String,
    script: String, round: Int?
  ) {
    guard SmartFollowUp.isVague(answers[key], facet: facet),
      let question = SmartFollowUp.nudge(facet, goal: goal),
      let nudgeKey = SmartFollowUp.nudgeKey(facet, goalKey: goalKey)
    else { return }
    slots.append(
      .question(
        QuestionSlot(
          key: nudgeKey, script: script, question: question, text: facet.nudge ?? "",
          round: round, role: .nudge(facet: facet.id, goalKey: goalKey))))
  }

  func render(_ t: Template, _ env: WalkEnvironment) -> String {
    var out = ""
    for part in t.parts {
      switch part {
      case .literal(let s): out += s
      case .placeholder("round") where env.round != nil: out += String(env.round ?? 0)
      case .placeholder(let name): out += env.display(name)
      }
    }
    return Sanitizer.clean(out)
  }

  // MARK: Values for expressions and text

  func entry(for key: String) -> AnswerEntry? { answers[key] }
  func computedValue(for key: String) -> Double? { computed[key] }

  func roundsAnswered(script: String, group: String) -> Int {
    var rounds = 0
    for slot in slots {
      if case .question(let q) = slot, q.script == script, q.role == .question,
        let round = q.round, catalog.groupOf["\(script).\(q.question.id)"] == group
      {
        rounds = max(rounds, round)
      }
    }
    return rounds
  }
}
