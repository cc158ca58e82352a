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
  // The state the walk reads and changes for every question is marked
  // `@exclusivity(unchecked)`: each access is a short read or an
  // in-place change inside this class, never held across a call that
  // could reach the same property (one thread walks; nothing here is
  // captured by a closure that outlives its access), so the runtime
  // check for overlapping accesses, about a fifth of the walk's cost,
  // has nothing to find.
  let catalog: ScriptCatalog
  /// The answers of the walk in progress; empty between walks, so the
  /// session's own dictionary stays the only reference to its storage.
  @exclusivity(unchecked) private var answers: [String: AnswerEntry] = [:]
  @exclusivity(unchecked) private(set) var slots: [Slot] = []
  private var computed: [String: Double] = [:]
  private var ran: Set<String> = []
  /// SMART analyses of goals, by scope (`script` or `script#round`).
  @exclusivity(unchecked) private(set) var smart: [String: (key: String, analysis: SmartAnalysis)] =
    [:]

  /// Scripts the person jumped to: run even where a `when` leaves them out.
  let forced: Set<String>

  /// For each slot, where it stands (`SlotPlace`): a question's place
  /// among its script's questions, and the round of a group it belongs
  /// to, so the slots of one goal's round are found by comparing
  /// integers, not by copying every slot near it and looking up its group.
  @exclusivity(unchecked) private(set) var places: [SlotPlace] = []
  /// Questions met so far, by script.
  func questionCount(of script: String) -> Int? {
    guard let index = scriptIndices[script], counted[index] > 0 else { return nil }
    return counted[index]
  }

  /// Questions met so far, by the script's place in `scriptIDs`.
  @exclusivity(unchecked) private var counted: [Int] = []
  /// The scripts the walk has met, each given a place (`scriptIndex`), so
  /// what is kept by script is kept in arrays, not looked up by its id.
  private var scriptIDs: [String] = []
  private var scriptIndices: [String: Int] = [:]
  /// The index of the first open question (no answer, no skip).
  @exclusivity(unchecked) private(set) var firstOpen: Int?
  /// The index of each script's first open question.
  private(set) var firstOpenByScript: [String: Int] = [:]
  /// The scripts that asked something, in the order they first did, and
  /// the index of each one's first question.
  private(set) var scriptsSeen: [String] = []
  private(set) var firstSlotOfScript: [String: Int] = [:]
  /// The indices of the slots that ask a goal (`goal.title`, the
  /// question itself), in order: a goal's number among the session's.
  @exclusivity(unchecked) private(set) var goalSlots: [Int] = []
  /// The indices of the slots that ask for the vision (`plan: vision`),
  /// which a goal's relevance is judged against.
  @exclusivity(unchecked) private(set) var visionSlots: [Int] = []
  /// Steps taken, over every walk and resumption (a test counts them).
  @exclusivity(unchecked) private(set) var stepsWalked = 0
  /// Walks and resumptions made (`proceed` calls), and changes made to
  /// `computed` (set or undone): what a text rendered once is valid for.
  private var walks = 0
  private var computedChanges = 0

  @exclusivity(unchecked) private var stack: [Frame] = []
  /// What the walk did since the checkpoint (before there is one: in the
  /// step being walked), to undo it in `resume`.
  @exclusivity(unchecked) private var undo: [Undo] = []
  /// Answer keys the walk has read so far, in order, and as a set: the
  /// set holds the first `readsInSet` of them, added only when `resume`
  /// asks, so a walk that is never resumed (a replay's) hashes none.
  @exclusivity(unchecked) private var readLog: [String] = []
  private var reads: Set<String> = []
  private var readsInSet = 0
  /// The highest round a question of a group has been met in, by the
  /// group's place in `groupKeys` (`script.group`): what `count(group)`
  /// reads.
  @exclusivity(unchecked) private var rounds: [Int] = []
  private var groupIndices: [String: Int] = [:]
  /// The question of each step met, by `script.step`, held once for all
  /// the slots (rounds) that ask it.
  private var heldQuestions: [String: HeldQuestion] = [:]
  /// Where the step being walked began.
  @exclusivity(unchecked) private var mark = (slots: 0, undo: 0, reads: 0)
  @exclusivity(unchecked) private var checkpoint: Checkpoint?

  /// Where a slot stands: for a question, its place among its script's
  /// questions (from 0), and the place of its script (`scriptIDs`), of the
  /// `script.group` it belongs to (`ScriptCatalog.group(of:)`, the places
  /// of `count(group)`) and its round; -1 for none, and all -1 for what is
  /// not a question.
  struct SlotPlace {
    var ordinal: Int32
    var script: Int32
    var group: Int32
    var round: Int32

    static let none = SlotPlace(ordinal: -1, script: -1, group: -1, round: -1)

    init(ordinal: Int32, script: Int32, group: Int32, round: Int32) {
      self.ordinal = ordinal
      self.script = script
      self.group = group
      self.round = round
    }

    /// A question's place; outside a round it belongs to no group, as
    /// `ScriptCatalog.group(of:)` has it.
    init(ordinal: Int, script: Int, group: Int?, round: Int?) {
      self.ordinal = Int32(truncatingIfNeeded: ordinal)
      self.script = Int32(truncatingIfNeeded: script)
      self.round = round.map { Int32(truncatingIfNeeded: $0) } ?? -1
      self.group = round == nil ? -1 : group.map { Int32(truncatingIfNeeded: $0) } ?? -1
    }

    /// Whether a slot here is of the same round of the same group of the
    /// same script as one at `other`.
    func sameRound(as other: SlotPlace) -> Bool {
      script == other.script && group == other.group && round == other.round
    }
  }

  /// A list of steps being walked (a script's, or a group's for all its
  /// rounds), held by reference: a frame copies one pointer, not the
  /// steps, the script and the group. What the walk works out once per
  /// step (see `AskedStep`) is kept here for every round, not made again.
  private final class StepList {
    let steps: [Step]
    let script: Script
    /// The script's place in the walker's `scriptIDs`.
    let scriptIndex: Int
    let group: Group?
    /// For each step, what `ask` kept of it the first time it asked it.
    var asked: [AskedStep?]
    /// For each step, how its `when:` is decided, worked out the first
    /// time it is visited.
    var conditions: [Condition?]
    /// `script` and `script#round`: the scope of a SMART analysis, by
    /// round.
    var scopes: RoundKeys

    init(steps: [Step], script: Script, scriptIndex: Int, group: Group?) {
      self.steps = steps
      self.script = script
      self.scriptIndex = scriptIndex
      self.group = group
      self.asked = Array(repeating: nil, count: steps.count)
      self.conditions = Array(repeating: nil, count: steps.count)
      self.scopes = RoundKeys(script.id)
    }
  }

  /// How a step's `when:` is decided.
  private enum Condition {
    /// `count(group) > 99` and the like, with the group's `script.group`:
    /// read from `rounds`, without a general evaluation.
    case rounds(RoundsComparison, group: Int)
    case general(ScriptExpression)
  }

  /// What a question's step gives every round alike: a function of the
  /// step and the catalog alone, never of the answers. A class, so the
  /// keys of its rounds are added in place as the walk meets them.
  private final class AskedStep {
    /// `script.step`, and `script.step#round` by round: the answer keys.
    var keys: RoundKeys
    var path: String { keys.base }
    let held: HeldQuestion
    /// The place in `groupKeys` of the `script.group` of a question inside
    /// a group (what `count(group)` counts the rounds of).
    let roundsGroup: Int?
    /// How the question's text is made in a round.
    let text: Text
    /// The SMART part the question asks for (`plan: goal.deadline`), if
    /// any.
    let facet: SmartFollowUp.Facet?
    /// The list of slots the question's slots go in, read from its
    /// `plan:`.
    let listed: Listed?
    let checksSmart: Bool
    let smartFollowUps: Bool

    enum Text {
      /// The prompt has no placeholder.
      case literal(String)
      /// Its only placeholder is `{round}`.
      case rounds(RoundTemplate)
      case resolved(ResolvedTemplate)
    }

    init(
      path: String, held: HeldQuestion, roundsGroup: Int?, text: Text,
      facet: SmartFollowUp.Facet?
    ) {
      self.keys = RoundKeys(path)
      self.held = held
      self.roundsGroup = roundsGroup
      self.text = text
      self.facet = facet
      let question = held.question
      switch question.plan {
      case "goal.title": listed = .goal
      case "vision": listed = .vision
      default: listed = nil
      }
      checksSmart = question.checksSmart
      smartFollowUps = question.smartFollowUps
    }
  }

  /// `base` and `base#round`, each round's made once: a walk that is
  /// resumed after every answer meets the same rounds again and again.
  /// `SessionState.key(base, round:)`, kept.
  struct RoundKeys {
    let base: String
    private var made: [String?] = []

    init(_ base: String) { self.base = base }

    mutating func key(round: Int?) -> String {
      guard let round else { return base }
      guard round >= 0 else { return SessionState.key(base, round: round) }
      if round < made.count, let known = made[round] { return known }
      let key = SessionWalker.roundKey(base, round: round)
      if round == made.count {
        // Rounds are met in order: the next one.
        made.append(key)
      } else {
        if round > made.count { made += repeatElement(nil, count: round + 1 - made.count) }
        made[round] = key
      }
      return key
    }
  }

  /// A group being walked, held by reference.
  private final class GroupState {
    let group: Group
    /// The group's steps, the list of every round.
    let list: StepList
    /// `script.group`.
    let key: String
    /// The "another?" question: the same for every round, so made once.
    var more: HeldQuestion?
    /// Its keys, `script.group#round`, by round.
    var moreKeys: RoundKeys
    /// Its text, with the keys of its placeholders found once.
    var moreText: ResolvedTemplate?
    /// Its text as rendered in the walk numbered `walk` (`walks`) after
    /// `computed` changes to the computed values, when it is the same in
    /// every round: the answers it reads do not change within a walk, and
    /// the first rendering noted the reads.
    var moreRendered: (walk: Int, computed: Int, text: String)?
    /// The place of `key` among the walker's groups, found once.
    var place: Int?

    init(group: Group, script: Script, scriptIndex: Int) {
      self.group = group
      self.list = StepList(
        steps: group.steps, script: script, scriptIndex: scriptIndex, group: group)
      self.key = script.id + "." + group.id
      self.moreKeys = RoundKeys(key)
    }
  }

  /// One level of the walk: a list and how far the walk is through it
  /// (the next root, the next step, or the rounds a group has had),
  /// advanced in place.
  private struct Frame {
    enum Kind {
      case roots([String])
      case steps(StepList, round: Int?)
      case group(GroupState)
    }

    let kind: Kind
    var index: Int
  }

  private enum Undo {
    case computed(String, Double?)
    case ran(String)
    case smart(String, (key: String, analysis: SmartAnalysis)?)
    case counted(Int)
    case rounds(Int, Int)
    case firstOpen(String)
  }

  /// The lists of slots (`goalSlots`, `visionSlots`) a script's own
  /// question goes in.
  private enum Listed {
    case goal
    case vision
  }

  /// The walk just before the step that met the first open question.
  private struct Checkpoint {
    let stack: [Frame]
    let slots: Int
    let undo: Int
    /// How many reads `readLog` held.
    let reads: Int
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
    stack = [Frame(kind: .roots(roots), index: 0)]
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
    places.removeSubrange(checkpoint.slots...)
    while let last = goalSlots.last, last >= checkpoint.slots { goalSlots.removeLast() }
    while let last = visionSlots.last, last >= checkpoint.slots { visionSlots.removeLast() }
    firstOpen = nil
    self.checkpoint = nil
    readLog.removeSubrange(checkpoint.reads...)
    if readsInSet < readLog.count {
      reads.formUnion(readLog[readsInSet...])
      readsInSet = readLog.count
    }
    guard reads.isDisjoint(with: changed) else { return false }
    stack = checkpoint.stack
    self.answers = answers
    proceed()
    self.answers = [:]
    return true
  }

  private func revert(_ entry: Undo) {
    switch entry {
    case .computed(let key, let old):
      computed[key] = old
      computedChanges += 1
    case .ran(let id): ran.remove(id)
    case .smart(let scope, let old): smart[scope] = old
    case .counted(let script):
      counted[script] -= 1
      // Undone last in, first out: a script's first question is the last
      // one seen when its count goes back to nothing.
      if counted[script] == 0 {
        scriptsSeen.removeLast()
        firstSlotOfScript[scriptIDs[script]] = nil
      }
    case .rounds(let group, let old): rounds[group] = old
    case .firstOpen(let script): firstOpenByScript[script] = nil
    }
  }

  // MARK: The walk

  private func proceed() {
    walks += 1
    while !stack.isEmpty {
      stepsWalked += 1
      // Before the checkpoint nothing is ever undone but the step being
      // walked (the one that may meet the first open question), and
      // `resume` undoes only what lies past the checkpoint's mark: the
      // log of earlier steps is emptied now and then, not at every step,
      // so a long walk keeps no log of its past.
      if checkpoint == nil, undo.count > 256 { undo.removeAll(keepingCapacity: true) }
      mark = (slots.count, undo.count, readLog.count)
      let top = stack.count - 1
      let index = stack[top].index
      switch stack[top].kind {
      case .roots(let roots):
        guard index < roots.count else {
          stack.removeLast()
          continue
        }
        stack[top].index = index + 1
        run(roots[index])
      case .steps(let list, let round):
        guard index < list.steps.count else {
          stack.removeLast()
          continue
        }
        stack[top].index = index + 1
        visit(index, of: list, round: round)
      case .group(let group):
        let g = group.group
        guard index < g.maxRounds else {
          stack.removeLast()
          continue
        }
        if index >= g.minRounds, !askMore(group, round: index) {
          stack.removeLast()
          continue
        }
        stack[top].index = index + 1
        stack.append(Frame(kind: .steps(group.list, round: index + 1), index: 0))
      }
    }
  }

  private func run(_ scriptID: String) {
    guard !ran.contains(scriptID), let script = catalog.scripts[scriptID] else { return }
    ran.insert(scriptID)
    undo.append(.ran(scriptID))
    let list = StepList(
      steps: script.steps, script: script, scriptIndex: scriptIndex(scriptID), group: nil)
    stack.append(Frame(kind: .steps(list, round: nil), index: 0))
  }

  /// The place of `script` in `scriptIDs`, given it the first time.
  private func scriptIndex(_ script: String) -> Int {
    if let known = scriptIndices[script] { return known }
    scriptIDs.append(script)
    counted.append(0)
    scriptIndices[script] = scriptIDs.count - 1
    return scriptIDs.count - 1
  }

  /// The place of the group `script.group` in `rounds`, given it the first
  /// time.
  private func groupIndex(_ key: String) -> Int {
    if let known = groupIndices[key] { return known }
    rounds.append(0)
    groupIndices[key] = rounds.count - 1
    return rounds.count - 1
  }

  /// The step at `index` of `list`; the list's frame, on top, is already
  /// past it.
  private func visit(_ index: Int, of list: StepList, round: Int?) {
    let script = list.script
    let env = WalkEnvironment(
      walker: self, script: script.id, groupSteps: list.group?.steps, round: round)
    // A question met before (in an earlier round) is asked from what was
    // kept of it, without copying the step out of its list.
    if let known = list.asked[index] {
      if list.steps[index].when != nil, !holds(index, of: list, env: env) { return }
      ask(known, at: index, of: list, round: round, env: env)
      return
    }
    let step = list.steps[index]
    if step.when != nil, !holds(index, of: list, env: env) {
      if case .run(let target) = step.kind, forced.contains(target) { run(target) }
      return
    }
    switch step.kind {
    case .say(let t):
      slots.append(.say(render(t, env), script: script.id))
      places.append(.none)
    case .ask(let q):
      ask(asked(q, at: index, of: list, env: env), at: index, of: list, round: round, env: env)
    case .compute(let c):
      let key = AnswerKey(script: script.id, step: c.id, round: round).description
      let value: Double
      switch c.expression.evaluate(in: env) {
      // A non-finite result (an overflow) counts as nothing computed.
      case .number(let n) where n.isFinite: value = c.format == .integer ? n.rounded() : n
      case .bool(let b): value = b ? 1 : 0
      default: value = 0
      }
      undo.append(.computed(key, computed[key]))
      computed[key] = value
      computedChanges += 1
      slots.append(
        .computed(key: key, value: value, format: c.format, script: script.id, plan: c.plan))
      places.append(.none)
      if let say = c.say {
        slots.append(.say(render(say, env), script: script.id))
        places.append(.none)
      }
    case .group(let g):
      let group = GroupState(group: g, script: script, scriptIndex: list.scriptIndex)
      stack.append(Frame(kind: .group(group), index: 0))
    case .goto(let target):
      if target == "end" {
        stack.removeLast()
        return
      }
      if let found = list.steps[(index + 1)...].firstIndex(where: { $0.id == target }) {
        stack[stack.count - 1].index = found
      }
    case .run(let target):
      run(target)
    }
  }

  /// Whether the `when:` of the step at `index` of `list` holds.
  private func holds(_ index: Int, of list: StepList, env: WalkEnvironment) -> Bool {
    let condition: Condition
    if let known = list.conditions[index] {
      condition = known
    } else {
      guard let when = list.steps[index].when else { return true }
      condition = self.condition(when, script: list.script.id)
      list.conditions[index] = condition
    }
    switch condition {
    case .rounds(let comparison, let group):
      return comparison.holds(rounds: rounds[group])
    case .general(let expression):
      return expression.isTrue(in: env)
    }
  }

  /// How `when` is decided in `script`: from a group's rounds when it
  /// compares the `count(…)` of a group (the group `WalkEnvironment`
  /// finds for the id) with a number.
  private func condition(_ when: ScriptExpression, script: String) -> Condition {
    guard let comparison = RoundsComparison(when),
      let groupKey = WalkEnvironment.groupKey(
        for: comparison.identifier, script: script, catalog: catalog)
    else { return .general(when) }
    return .rounds(comparison, group: groupIndex(groupKey))
  }

  /// Asks whether to go on with another round of `group`; true when the
  /// answer is yes, false while it is unanswered or no.
  private func askMore(_ group: GroupState, round: Int) -> Bool {
    let g = group.group
    let script = group.list.script.id
    let key = group.moreKeys.key(round: round)
    let q: HeldQuestion
    if let made = group.more {
      q = made
    } else {
      var made = Question(
        id: g.id, prompt: g.more, type: .yesno, position: TextPosition(line: 0, column: 0))
      made.why = "Each round adds one more to your plan; you can always add more later."
      q = HeldQuestion(made)
      group.more = q
    }
    let place = group.place ?? groupIndex(group.key)
    group.place = place
    let env = WalkEnvironment(walker: self, script: script, groupSteps: g.steps, round: round)
    let template: ResolvedTemplate
    if let made = group.moreText {
      template = made
    } else {
      template = ResolvedTemplate(g.more, env)
      group.moreText = template
    }
    let text: String
    if let made = group.moreRendered, made.walk == walks, made.computed == computedChanges {
      text = made.text
    } else {
      text = template.render(env)
      if template.isSameInEveryRound { group.moreRendered = (walks, computedChanges, text) }
    }
    let answer = emit(
      QuestionSlot(
        key: key, script: script, question: q, text: text, round: round,
        role: .more(group: g.id)), scriptIndex: group.list.scriptIndex, group: place)
    return answer?.value == .bool(true)
  }

  /// Adds a question to the walk, noting whether it is the first open one,
  /// and returns its answer. `scriptIndex` is the place of `slot.script`
  /// and `group` that of the `script.group` the question belongs to
  /// (`ScriptCatalog.group(of:)`), if any; for a script's own question,
  /// `roundsGroup` is the place of its `script.group` in a group and
  /// `listed` the list it goes in.
  @discardableResult
  private func emit(
    _ slot: consuming QuestionSlot, scriptIndex: Int, group: Int?, roundsGroup: Int? = nil,
    listed: Listed? = nil
  ) -> AnswerEntry? {
    let answer = entry(for: slot.key)
    if answer == nil {
      if firstOpen == nil {
        firstOpen = slots.count
        checkpoint = Checkpoint(
          stack: startOfStep(), slots: mark.slots, undo: mark.undo, reads: mark.reads)
      }
      if firstOpenByScript[slot.script] == nil {
        firstOpenByScript[slot.script] = slots.count
        undo.append(.firstOpen(slot.script))
      }
    }
    let count = self.count(scriptIndex)
    if let group = roundsGroup, let round = slot.round {
      let old = rounds[group]
      if round > old {
        undo.append(.rounds(group, old))
        rounds[group] = round
      }
    }
    // Only a script's own question has a plan of `goal.title` or
    // `vision`: the one of a follow-up or a nudge is its facet's.
    switch listed {
    case .goal?: goalSlots.append(slots.count)
    case .vision?: visionSlots.append(slots.count)
    case nil: break
    }
    places.append(SlotPlace(ordinal: count, script: scriptIndex, group: group, round: slot.round))
    slots.append(.question(slot))
    return answer
  }

  /// Counts a question of `script` (asked, or passed over as answered by
  /// a goal's words) and returns how many came before it.
  @discardableResult
  private func count(_ script: Int) -> Int {
    let count = counted[script]
    counted[script] = count + 1
    if count == 0 {
      scriptsSeen.append(scriptIDs[script])
      firstSlotOfScript[scriptIDs[script]] = slots.count
    }
    undo.append(.counted(script))
    return count
  }

  /// The stack as it was when the step being walked began: a list's frame
  /// one step back; a group's frame has not moved yet.
  private func startOfStep() -> [Frame] {
    var copy = stack
    if case .steps? = copy.last?.kind { copy[copy.count - 1].index -= 1 }
    return copy
  }

  /// What `ask` keeps of the step at `index` of `list`, made once.
  private func asked(_ q: Question, at index: Int, of list: StepList, env: WalkEnvironment)
    -> AskedStep
  {
    if let known = list.asked[index] { return known }
    let script = list.script.id
    let path = script + "." + q.id
    let held: HeldQuestion
    if let known = heldQuestions[path] {
      held = known
    } else {
      held = HeldQuestion(q)
      heldQuestions[path] = held
    }
    let literal = q.prompt.parts.allSatisfy {
      if case .literal = $0 { return true } else { return false }
    }
    let text: AskedStep.Text
    if literal {
      text = .literal(render(q.prompt, env))
    } else if env.round != nil, let rounds = RoundTemplate(q.prompt) {
      // A list's steps are walked with a round in every round or in none.
      text = .rounds(rounds)
    } else {
      text = .resolved(ResolvedTemplate(q.prompt, env))
    }
    let made = AskedStep(
      path: path, held: held,
      roundsGroup: catalog.groupOf[path].map { groupIndex(script + "." + $0) },
      text: text, facet: q.plan.flatMap(SmartFollowUp.facet(forPlan:)))
    list.asked[index] = made
    return made
  }

  private func ask(
    _ step: AskedStep, at index: Int, of list: StepList, round: Int?, env: WalkEnvironment
  ) {
    let script = list.script
    // `AnswerKey(script:step:round:).description`, made once a round.
    let key = step.keys.key(round: round)
    // A question that asks for a SMART part the goal's text already has is
    // passed over: follow-ups fill only what is missing.
    let goal = step.facet == nil ? nil : smart[list.scopes.key(round: round)]
    if let facet = step.facet, let goal, facet.isMet(in: goal.analysis.facets) {
      // Still counted, as answered by the goal's words: a script's total
      // of questions does not shrink when the goal turns out to say it.
      count(list.scriptIndex)
      return
    }
    let text: String
    switch step.text {
    case .literal(let literal): text = literal
    case .rounds(let template) where round != nil: text = template.text(round: round ?? 0)
    case .rounds: text = render(step.held.question.prompt, env)
    case .resolved(let template): text = template.render(env)
    }
    let answer = emit(
      QuestionSlot(
        key: key, script: script.id, question: step.held, text: text, round: round,
        role: .question), scriptIndex: list.scriptIndex, group: step.roundsGroup,
      roundsGroup: step.roundsGroup, listed: step.listed)
    // The script's own question for a goal's part is held to it like a
    // follow-up.
    if let facet = step.facet, let goal,
      let goalQuestion = catalog.questions[AnswerKey(goal.key)?.stepPath ?? ""],
      goalQuestion.smartFollowUps
    {
      nudge(
        facet, answered: key, goal: goalQuestion, goalKey: goal.key, script: list, round: round)
    }
    guard step.checksSmart, let answer, case .text(let goalText)? = answer.value else {
      return
    }
    let analysis = SmartAnalyzer.analysis(of: goalText, today: answer.at.day)
    let scope = list.scopes.key(round: round)
    undo.append(.smart(scope, smart[scope]))
    smart[scope] = (key, analysis)
    guard step.smartFollowUps else { return }
    let question = step.held.question
    let handled = Set(
      list.steps.compactMap { step -> String? in
        if case .ask(let s) = step.kind { return s.plan } else { return nil }
      })
    for facet in SmartFollowUp.facets
    where !facet.isMet(in: analysis.facets) && !handled.contains(facet.plan) {
      let follow = SmartFollowUp.question(facet, goal: question)
      let followKey = AnswerKey(script: script.id, step: question.id, facet: facet.id, round: round)
        .description
      emit(
        QuestionSlot(
          key: followKey, script: script.id, question: follow, text: facet.prompt,
          round: round, role: .followUp(facet: facet.id, goalKey: key)),
        scriptIndex: list.scriptIndex, group: step.roundsGroup)
      nudge(facet, answered: followKey, goal: question, goalKey: key, script: list, round: round)
    }
  }

  /// One more question after a still-vague answer for a goal's facet.
  private func nudge(
    _ facet: SmartFollowUp.Facet, answered key: String, goal: Question, goalKey: String,
    script list: StepList, round: Int?
  ) {
    guard SmartFollowUp.isVague(entry(for: key), facet: facet),
      let question = SmartFollowUp.nudge(facet, goal: goal),
      let nudgeKey = SmartFollowUp.nudgeKey(facet, goalKey: goalKey)
    else { return }
    emit(
      QuestionSlot(
        key: nudgeKey, script: list.script.id, question: question, text: facet.nudge ?? "",
        round: round, role: .nudge(facet: facet.id, goalKey: goalKey)),
      scriptIndex: list.scriptIndex,
      group: catalog.groupOf[list.script.id + "." + goal.id].map {
        groupIndex(list.script.id + "." + $0)
      })
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
  ///
  /// Only a read before the checkpoint is noted: `resume` undoes every one
  /// after it before it looks at what was read, so noting them would only
  /// add each to `reads` to take it out again.
  func entry(for key: String) -> AnswerEntry? {
    if checkpoint == nil { readLog.append(key) }
    return answers[key]
  }

  func computedValue(for key: String) -> Double? {
    // Most walks compute nothing: no key to hash then.
    computed.isEmpty ? nil : computed[key]
  }

  /// The highest round of a group (`script.group`) met so far:
  /// `count(group)`.
  func roundsAnswered(groupKey: String) -> Int {
    groupIndices[groupKey].map { rounds[$0] } ?? 0
  }
}
