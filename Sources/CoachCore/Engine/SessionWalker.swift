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
  public var question: Question {
    get { held.question }
    set { held = HeldQuestion(newValue) }
  }
  /// The question, by reference: a walk holds a slot for every question
  /// of the session, and the slots of one step share their question's
  /// many fields instead of each holding a copy.
  private var held: HeldQuestion
  /// The question's text with `{id}` filled in.
  public var text: String
  public var round: Int?
  public var role: Role

  init(
    key: String, script: String, question: HeldQuestion, text: String, round: Int?, role: Role
  ) {
    self.key = key
    self.script = script
    self.held = question
    self.text = text
    self.round = round
    self.role = role
  }

  init(key: String, script: String, question: Question, text: String, round: Int?, role: Role) {
    self.init(
      key: key, script: script, question: HeldQuestion(question), text: text, round: round,
      role: role)
  }

  public static func == (a: QuestionSlot, b: QuestionSlot) -> Bool { a.key == b.key }
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// A question held by reference (see `QuestionSlot.question`).
final class HeldQuestion: Sendable {
  let question: Question

  init(_ question: Question) { self.question = question }
}

/// One thing a walk through the scripts meets, in order.
public enum Slot: Sendable {
  case say(String, script: String)
  case question(QuestionSlot)
  case computed(key: String, value: Double, format: AnswerType, script: String, plan: String?)
}

/// Walks the session's scripts over the current answers, deciding which
/// steps apply (`when`, jumps, group rounds, sub-scripts) and what each
/// question says.
///
/// The walk is the single source of truth for "what is asked": the next
/// question, resuming, `/back` and replay all read it, so they agree.
///
/// It is resumable: the walk keeps its place as an explicit stack of frames
/// and remembers the point just before the first open question (a
/// checkpoint), with an undo log of everything it did after it. When only
/// answers change that nothing before the checkpoint read, `resume` undoes
/// the part after the checkpoint and walks on from there: the next question
/// costs the rest of the walk, not the whole session. Anything else (a
/// `/back`, a `/goto`, an answer an earlier `when:` or text read) is a new
/// walk from the start.
final class SessionWalker {
  let catalog: ScriptCatalog
  /// The answers of the walk in progress; empty between walks, so the
  /// session's own dictionary stays the only reference to its storage.
  private var answers: [String: AnswerEntry] = [:]
  private(set) var slots: [Slot] = []
  private var computed: [String: Double] = [:]
  private var ran: Set<String> = []
  /// SMART analyses of goals, by scope (`script` or `script#round`).
  private(set) var smart: [String: (key: String, analysis: SmartAnalysis)] = [:]

  /// Scripts the person jumped to: run even where a `when` leaves them out.
  let forced: Set<String>

  /// For each slot, a question's place among its script's questions (from
  /// 0); -1 for what is not a question.
  private(set) var ordinals: [Int] = []
  /// Questions met so far, by script.
  private(set) var questionCounts: [String: Int] = [:]
  /// The index of the first open question (no answer, no skip).
  private(set) var firstOpen: Int?
  /// The index of each script's first open question.
  private(set) var firstOpenByScript: [String: Int] = [:]
  /// The scripts that asked something, in the order they first did, and
  /// the index of each one's first question.
  private(set) var scriptsSeen: [String] = []
  private(set) var firstSlotOfScript: [String: Int] = [:]
  /// Steps taken, over every walk and resumption (a test counts them).
  private(set) var stepsWalked = 0

  private var stack: [Frame] = []
  /// What the walk did since the checkpoint (before there is one: in the
  /// step being walked), to undo it in `resume`.
  private var undo: [Undo] = []
  /// Answer keys the walk has read so far.
  private var reads: Set<String> = []
  /// The highest round a question of a group has been met in, by
  /// `script.group`: what `count(group)` reads.
  private var rounds: [String: Int] = [:]
  /// The "another?" question of each group met, by `script.group`: the
  /// same for every round, so made once.
  private var moreQuestions: [String: HeldQuestion] = [:]
  /// The question of each step met, by `script.step`, held once for all
  /// the slots (rounds) that ask it.
  private var heldQuestions: [String: HeldQuestion] = [:]
  /// Where the step being walked began.
  private var mark = (slots: 0, undo: 0)
  private var checkpoint: Checkpoint?

  /// A script held by reference, so a frame copies one pointer, not the
  /// script's fields.
  private final class ScriptBox {
    let script: Script
    init(_ script: Script) { self.script = script }
  }

  private struct StepsFrame {
    let steps: [Step]
    let box: ScriptBox
    var script: Script { box.script }
    let group: Group?
    let round: Int?
    var index: Int
  }

  private struct GroupFrame {
    let group: Group
    let box: ScriptBox
    var script: Script { box.script }
    var round: Int
  }

  private enum Frame {
    case roots([String], index: Int)
    case steps(StepsFrame)
    case group(GroupFrame)
  }

  private enum Undo {
    case computed(String, Double?)
    case ran(String)
    case smart(String, (key: String, analysis: SmartAnalysis)?)
    case read(String)
    case counted(String)
    case rounds(String, Int?)
    case firstOpen(String)
  }

  /// The walk just before the step that met the first open question.
  private struct Checkpoint {
    let stack: [Frame]
    let slots: Int
    let undo: Int
  }

  init(catalog: ScriptCatalog, forced: Set<String> = []) {
    self.catalog = catalog
    self.forced = forced
  }

  convenience init(catalog: ScriptCatalog, answers: [String: AnswerEntry], forced: Set<String> = [])
  {
    self.init(catalog: catalog, forced: forced)
    self.answers = answers
  }

  /// Walks every root script in turn, from the start.
  @discardableResult
  func walk(roots: [String]) -> [Slot] {
    stack = [.roots(roots, index: 0)]
    proceed()
    answers = [:]
    return slots
  }

  /// Walks `roots` over `answers` from the start.
  func walk(roots: [String], answers: [String: AnswerEntry]) {
    self.answers = answers
    walk(roots: roots)
  }

  /// Walks on from the checkpoint over `answers`, where only the answers of
  /// `changed` differ from the last walk. False (and the walker unusable)
  /// when the part before the checkpoint read one of them or there is no
  /// checkpoint: the caller walks from the start instead.
  func resume(answers: [String: AnswerEntry], changed: Set<String>) -> Bool {
    guard let checkpoint else { return false }
    while undo.count > checkpoint.undo { revert(undo.removeLast()) }
    slots.removeSubrange(checkpoint.slots...)
    ordinals.removeSubrange(checkpoint.slots...)
    firstOpen = nil
    self.checkpoint = nil
    guard reads.isDisjoint(with: changed) else { return false }
    stack = checkpoint.stack
    self.answers = answers
    proceed()
    self.answers = [:]
    return true
  }

  private func revert(_ entry: Undo) {
    switch entry {
    case .computed(let key, let old): computed[key] = old
    case .ran(let id): ran.remove(id)
    case .smart(let scope, let old): smart[scope] = old
    case .read(let key): reads.remove(key)
    case .counted(let script):
      questionCounts[script, default: 1] -= 1
      // Undone last in, first out: a script's first question is the last
      // one seen when its count goes back to nothing.
      if questionCounts[script] == 0 {
        questionCounts[script] = nil
        scriptsSeen.removeLast()
        firstSlotOfScript[script] = nil
      }
    case .rounds(let key, let old): rounds[key] = old
    case .firstOpen(let script): firstOpenByScript[script] = nil
    }
  }

  // MARK: The walk

  private func proceed() {
    while let top = stack.last {
      stepsWalked += 1
      // Before the checkpoint nothing is ever undone but the step being
      // walked (the one that may meet the first open question): the log
      // holds that step only, so a long walk keeps no log of its past.
      if checkpoint == nil { undo.removeAll(keepingCapacity: true) }
      mark = (slots.count, undo.count)
      switch top {
      case .roots(let roots, let index):
        guard index < roots.count else {
          stack.removeLast()
          continue
        }
        stack[stack.count - 1] = .roots(roots, index: index + 1)
        run(roots[index])
      case .steps(var frame):
        guard frame.index < frame.steps.count else {
          stack.removeLast()
          continue
        }
        let step = frame.steps[frame.index]
        frame.index += 1
        stack[stack.count - 1] = .steps(frame)
        visit(step, in: frame)
      case .group(var frame):
        let g = frame.group
        guard frame.round < g.maxRounds else {
          stack.removeLast()
          continue
        }
        if frame.round >= g.minRounds, !askMore(g, script: frame.script, round: frame.round) {
          stack.removeLast()
          continue
        }
        frame.round += 1
        stack[stack.count - 1] = .group(frame)
        stack.append(
          .steps(
            StepsFrame(
              steps: g.steps, box: frame.box, group: g, round: frame.round, index: 0)))
      }
    }
  }

  private func run(_ scriptID: String) {
    guard !ran.contains(scriptID), let script = catalog.scripts[scriptID] else { return }
    ran.insert(scriptID)
    undo.append(.ran(scriptID))
    stack.append(
      .steps(
        StepsFrame(steps: script.steps, box: ScriptBox(script), group: nil, round: nil, index: 0)))
  }

  /// One step of a list; the frame is the list's, already past the step.
  private func visit(_ step: Step, in frame: StepsFrame) {
    let script = frame.box.script
    let env = WalkEnvironment(
      walker: self, script: script.id, group: frame.group, round: frame.round)
    if let when = step.when, !when.isTrue(in: env) {
      if case .run(let target) = step.kind, forced.contains(target) { run(target) }
      return
    }
    switch step.kind {
    case .say(let t):
      slots.append(.say(render(t, env), script: script.id))
      ordinals.append(-1)
    case .ask(let q):
      ask(
        q, script: script, group: frame.group, round: frame.round, env: env, siblings: frame.steps)
    case .compute(let c):
      let key = AnswerKey(script: script.id, step: c.id, round: frame.round).description
      let value: Double
      switch c.expression.evaluate(in: env) {
      // A non-finite result (an overflow) counts as nothing computed.
      case .number(let n) where n.isFinite: value = c.format == .integer ? n.rounded() : n
      case .bool(let b): value = b ? 1 : 0
      default: value = 0
      }
      undo.append(.computed(key, computed[key]))
      computed[key] = value
      slots.append(
        .computed(key: key, value: value, format: c.format, script: script.id, plan: c.plan))
      ordinals.append(-1)
      if let say = c.say {
        slots.append(.say(render(say, env), script: script.id))
        ordinals.append(-1)
      }
    case .group(let g):
      stack.append(.group(GroupFrame(group: g, box: frame.box, round: 0)))
    case .goto(let target):
      if target == "end" {
        stack.removeLast()
        return
      }
      if let found = frame.steps[frame.index...].firstIndex(where: { $0.id == target }) {
        var moved = frame
        moved.index = found
        stack[stack.count - 1] = .steps(moved)
      }
    case .run(let target):
      run(target)
    }
  }

  /// Asks whether to go on with another round of `g`; true when the answer
  /// is yes, false while it is unanswered or no.
  private func askMore(_ g: Group, script: Script, round: Int) -> Bool {
    let group = script.id + "." + g.id
    let key = group + "#" + String(round)
    let q: HeldQuestion
    if let made = moreQuestions[group] {
      q = made
    } else {
      var made = Question(
        id: g.id, prompt: g.more, type: .yesno, position: TextPosition(line: 0, column: 0))
      made.why = "Each round adds one more to your plan; you can always add more later."
      q = HeldQuestion(made)
      moreQuestions[group] = q
    }
    let text = render(
      g.more, WalkEnvironment(walker: self, script: script.id, group: g, round: round))
    emit(
      QuestionSlot(
        key: key, script: script.id, question: q, text: text, round: round,
        role: .more(group: g.id)))
    return entry(for: key)?.value == .bool(true)
  }

  /// Adds a question to the walk, noting whether it is the first open one.
  /// `path` is the `script.step` of a script's own question.
  private func emit(_ slot: QuestionSlot, path: String? = nil) {
    if entry(for: slot.key) == nil {
      if firstOpen == nil {
        firstOpen = slots.count
        checkpoint = Checkpoint(stack: startOfStep(), slots: mark.slots, undo: mark.undo)
      }
      if firstOpenByScript[slot.script] == nil {
        firstOpenByScript[slot.script] = slots.count
        undo.append(.firstOpen(slot.script))
      }
    }
    let count = self.count(slot.script)
    if let path, let round = slot.round, let group = catalog.groupOf[path] {
      let key = slot.script + "." + group
      let old = rounds[key]
      if round > old ?? 0 {
        undo.append(.rounds(key, old))
        rounds[key] = round
      }
    }
    slots.append(.question(slot))
    ordinals.append(count)
  }

  /// Counts a question of `script` (asked, or passed over as answered by
  /// a goal's words) and returns how many came before it.
  @discardableResult
  private func count(_ script: String) -> Int {
    let count = questionCounts[script, default: 0]
    questionCounts[script] = count + 1
    if count == 0 {
      scriptsSeen.append(script)
      firstSlotOfScript[script] = slots.count
    }
    undo.append(.counted(script))
    return count
  }

  /// The stack as it was when the step being walked began: a list's frame
  /// one step back; a group's frame has not moved yet.
  private func startOfStep() -> [Frame] {
    var copy = stack
    if case .steps(var frame) = copy.last {
      frame.index -= 1
      copy[copy.count - 1] = .steps(frame)
    }
    return copy
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
      // Still counted, as answered by the goal's words: a script's total
      // of questions does not shrink when the goal turns out to say it.
      count(script.id)
      return
    }
    let path = script.id + "." + q.id
    let held: HeldQuestion
    if let known = heldQuestions[path] {
      held = known
    } else {
      held = HeldQuestion(q)
      heldQuestions[path] = held
    }
    emit(
      QuestionSlot(
        key: key, script: script.id, question: held, text: render(q.prompt, env), round: round,
        role: .question), path: path)
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
    guard q.checksSmart, let entry = entry(for: key), case .text(let goalText)? = entry.value
    else {
      return
    }
    let analysis = SmartAnalyzer.analysis(of: goalText, today: entry.at.day)
    undo.append(.smart(scope, smart[scope]))
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
      emit(
        QuestionSlot(
          key: followKey, script: script.id, question: follow, text: facet.prompt,
          round: round, role: .followUp(facet: facet.id, goalKey: key)))
      nudge(facet, answered: followKey, goal: q, goalKey: key, script: script.id, round: round)
    }
  }

  /// One more question after a still-vague answer for a goal's facet.
  private func nudge(
    _ facet: SmartFollowUp.Facet, answered key: String, goal: Question, goalKey: String,
    script: String, round: Int?
  ) {
    guard SmartFollowUp.isVague(entry(for: key), facet: facet),
      let question = SmartFollowUp.nudge(facet, goal: goal),
      let nudgeKey = SmartFollowUp.nudgeKey(facet, goalKey: goalKey)
    else { return }
    emit(
      QuestionSlot(
        key: nudgeKey, script: script, question: question, text: facet.nudge ?? "",
        round: round, role: .nudge(facet: facet.id, goalKey: goalKey)))
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

  /// The answer to `key`, noted as read: a later change to it means the
  /// walk from here on may differ.
  func entry(for key: String) -> AnswerEntry? {
    if reads.insert(key).inserted { undo.append(.read(key)) }
    return answers[key]
  }

  func computedValue(for key: String) -> Double? { computed[key] }

  /// The highest round of a group (`script.group`) met so far:
  /// `count(group)`.
  func roundsAnswered(groupKey: String) -> Int {
    rounds[groupKey] ?? 0
  }
}
