/// The session as a state machine: a pure fold over `TranscriptEvent`s.
///
/// Everything the machine reads lives in `state`, which only `apply` changes;
/// `handle` works out the events an input means, applies them through that
/// same `apply`, and returns effects that carry complete data. A resume or a
/// replay applies the recorded events and so reaches an equal machine: the
/// same answers, the same question next (a property test checks it after
/// every input).
public struct SessionMachine: Sendable {
  public let catalog: ScriptCatalog
  public let roots: [String]
  /// The session the machine runs, and the plan it builds: for the plan and
  /// exports an effect carries.
  public let identity: PlanIdentity
  /// How answers are read where the words leave it open (a numeric date's
  /// order, by the session's locale): the same live and in a replay, since
  /// both take it from the transcript's header.
  public let readings: DeadlineOptions
  public private(set) var state: SessionState
  /// `catalog.reachable(from: roots)`, worked out once: every prompt
  /// offers `/goto` to each.
  let reachableScripts: [String]
  /// What Tab offers at every prompt of the session, whatever the
  /// question: the commands, then `/goto` with each part and `/export`
  /// with each format. Made once; a prompt adds its question's own.
  let sessionCompletions: [String]

  /// Where the session stands, worked out from `state` alone.
  private enum Phase: Sendable {
    case asking(QuestionSlot)
    case finished
  }

  /// The question being asked, if any: the next open one of the walk.
  public var current: QuestionSlot? {
    if let known = memo.current { return known }
    let slot: QuestionSlot?
    if case .asking(let asked) = phase(in: walker()).phase { slot = asked } else { slot = nil }
    memo.current = .some(slot)
    return slot
  }

  /// The question worked out for the state as it is, so the walk that
  /// `advance` did is not done again to read the answer that follows. Not
  /// state: `apply` starts a new one, and a copy of the machine keeps the
  /// one of its own state.
  private(set) var memo = PhaseMemo()

  final class PhaseMemo: @unchecked Sendable {
    // Written and read only by the machine that owns it, on one thread.
    var current: QuestionSlot?? { didSet { holdsAny = true } }
    /// The plan built for the state as it is, with the day of the last
    /// activity it was built on: the one part of the state that changes
    /// without an answer (a command, the end) and that the plan reads
    /// (`updated`). A session's end builds the plan twice, for what the
    /// person leaves with and for plan.json; the second is this one.
    var plan: (plan: Plan, day: CalendarDay?)? { didSet { holdsAny = true } }
    /// Whether anything was ever memoised here: `apply` asks it for every
    /// answer, and reading `current` or `plan` to see would copy them.
    private(set) var holdsAny = false
  }

  /// The walk kept across answers, so the next question costs the rest of
  /// the walk and not the whole session (see `SessionWalker.resume`). Not
  /// state either: a function of it. A copy of the machine shares it until
  /// one of them applies an event; that one then starts a walk of its own.
  private var walks = WalkCache()

  /// Questions already found for keys in a round (see `question(for:)`):
  /// a function of the catalog, so shared by copies of the machine.
  private let questions = QuestionCache()

  private final class WalkCache: @unchecked Sendable {
    // Written and read only by the machine that owns it, on one thread.
    var walker: SessionWalker?
    /// Answers changed since the walker's last walk.
    var changed: Set<String> = []
    /// Steps of the walkers this cache has dropped (for `stepsWalked`).
    var droppedSteps = 0

    func drop() {
      droppedSteps += walker?.stepsWalked ?? 0
      walker = nil
      changed = []
    }
  }

  /// Steps the walks of this machine have taken so far: a test hook that
  /// shows the cost of a session growing linearly (or not).
  var stepsWalked: Int { walks.droppedSteps + (walks.walker?.stepsWalked ?? 0) }

  /// Lets the kept walk go (the next question walks from the start).
  func forgetWalk() { walks.drop() }

  /// Notes that `event` changes the answers the walk read.
  private mutating func invalidateWalk(for event: TranscriptEvent) {
    guard isKnownUniquelyReferenced(&walks) else {
      // Shared with a copy, whose state the walk still belongs to.
      let steps = walks.droppedSteps + (walks.walker?.stepsWalked ?? 0)
      walks = WalkCache()
      walks.droppedSteps = steps
      return
    }
    guard walks.walker != nil else { return }
    switch event {
    case .answered(let key, _, _, _), .skipped(let key, _):
      walks.changed.insert(key)
    default:
      walks.drop()
    }
  }

  /// The walk over the current answers: resumed from where the last one
  /// stood when only answers after its checkpoint changed, else from the
  /// start.
  func walker() -> SessionWalker {
    let cache = walks
    if let walker = cache.walker {
      if cache.changed.isEmpty { return walker }
      if walker.resume(answers: state.answers, changed: cache.changed) {
        cache.changed = []
        return walker
      }
      cache.drop()
    }
    let walker = SessionWalker(catalog: catalog, forced: Set(state.jumped))
    walker.walk(roots: roots, answers: state.answers)
    cache.walker = walker
    cache.changed = []
    return walker
  }

  /// Whether every question the scripts ask has an answer or a skip.
  public var isFinished: Bool { current == nil }

  public static let commands: [(command: String, summary: String)] = [
    ("/help", "show these commands"),
    ("/why", "why this question matters"),
    ("/back", "revise your previous answer"),
    ("/skip", "leave this question open (it stays in your plan as an open question)"),
    ("/plan", "show the plan so far"),
    ("/export FORMAT [FILE]", "export the plan: markdown, json, html, ics, csv, taskwarrior"),
    ("/scripts", "list the parts of this session"),
    ("/goto SCRIPT", "jump to another part"),
    ("/save", "save now and show where"),
    ("/quit", "save and leave; `coach resume` picks up here"),
  ]

  /// The commands' names ("/help", "/goto"), made once: every prompt
  /// offers them.
  static let commandNames: [String] = commands.map {
    String($0.command.split(separator: " ")[0])
  }

  /// Whether `line` is one of the session's commands (not an answer that
  /// happens to start with a slash, nor a mistyped command): only these may
  /// be remembered at a private question.
  public static func isCommand(_ line: String) -> Bool {
    let first = line.trimmingSpaces.split(separator: " ").first.map(String.init) ?? ""
    return commandNames.contains(first.lowercased()) || first.lowercased() == "/exit"
  }

  /// - Parameters:
  ///   - catalog: The scripts the session runs over.
  ///   - roots: The scripts the session was started with, in order.
  ///   - identity: The plan's id and the ids of its commitments.
  ///   - locale: The session's locale (`en_US.UTF-8`), for how a numeric
  ///     date is read: month first in the United States, day first
  ///     elsewhere.
  ///   - state: What earlier events built (empty for a new session).
  public init(
    catalog: ScriptCatalog, roots: [String], identity: PlanIdentity = PlanIdentity(),
    locale: String = "C", state: SessionState = SessionState()
  ) {
    self.catalog = catalog
    self.roots = roots
    self.identity = identity
    self.readings = DeadlineOptions(numericOrder: NumericDateOrder(locale: locale))
    self.state = state
    self.reachableScripts = catalog.reachable(from: roots)
    self.sessionCompletions = Self.sessionCompletions(reachable: reachableScripts)
  }

  /// The completions every prompt offers (see `sessionCompletions`).
  static func sessionCompletions(reachable: [String]) -> [String] {
    var completions = Self.commandNames
    // Arguments of the commands that take one, whole: "/goto goals".
    completions += reachable.map { "/goto \($0)" }
    completions += ExportFormat.allCases.map { "/export \($0.rawValue)" }
    return completions
  }

  // MARK: Applying events

  /// Applies a journal event: the one way answers change.
  @discardableResult
  public mutating func apply(_ event: TranscriptEvent) -> ReplayWarning? {
    apply(event, parsed: nil)
  }

  /// Applies `event`; `parsed` is the value of its answer when the caller
  /// has just parsed the same text for the same question (a live answer),
  /// so an answer is parsed once.
  @discardableResult
  mutating func apply(_ event: TranscriptEvent, parsed: AnswerValue?) -> ReplayWarning? {
    if event.changesAnswers {
      // A memo of the machine's own that holds nothing yet is as good as
      // a new one: a load applies thousands of answers, asking nothing.
      if !isKnownUniquelyReferenced(&memo) || memo.holdsAny {
        memo = PhaseMemo()
      }
      invalidateWalk(for: event)
    }
    switch event {
    case .answered(let key, let text, _, let at):
      guard let found = found(for: key) else {
        // Kept out of the answers and of /back's order: the scripts no
        // longer ask it.
        state.lastActivity = at
        return .unknownStep(key)
      }
      if let parsed {
        state.record(key, text: text, value: parsed, at: at)
        return nil
      }
      switch found.parse(text, today: at.day, options: readings) {
      case .success(let value):
        state.record(key, text: text, value: value, at: at)
        return nil
      case .failure(let rejection):
        return .answerNoLongerFits(key, rejection.message)
      }
    case .skipped(let key, let at):
      state.record(key, text: "", value: nil, at: at)
    case .revised(let key, let at):
      state.revise(key, catalog: catalog, at: at)
      state.revising = key
    case .jumped(let script, let at):
      state.jumped.removeAll { $0 == script }
      state.jumped.append(script)
      state.lastActivity = at
    case .said, .asked, .command, .ended:
      state.lastActivity = event.moment
    }
    return nil
  }

  /// Makes room for `count` answers (see `SessionState.reserveCapacity`).
  mutating func reserveCapacity(answers count: Int) {
    state.reserveCapacity(answers: count)
  }

  /// The question an answer key belongs to, including group "more" questions
  /// and SMART follow-ups, which have no step of their own.
  ///
  /// A key in a round (`goals.title#3`) is looked up once per step: every
  /// round of it belongs to the same question.
  func question(for key: String) -> Question? {
    found(for: key)?.question
  }

  /// `question(for:)`, held in a box the answer reads it from in place.
  private func found(for key: String) -> QuestionCache.Found? {
    var bytes = key
    let cached = bytes.withUTF8 { utf8 -> QuestionCache.Found?? in
      guard let step = QuestionCache.step(of: utf8) else { return nil }
      return .some(questions.found(utf8, step: step) { uncachedQuestion(for: key) })
    }
    if let cached { return cached }
    return uncachedQuestion(for: key).map(QuestionCache.Found.init)
  }

  /// `question(for:)` without the cache: what the cache must agree with.
  func uncachedQuestion(for key: String) -> Question? {
    guard let parsed = AnswerKey(key) else { return nil }
    if parsed.facet != nil { return SmartFollowUp.question(for: parsed, in: catalog) }
    if let q = catalog.questions[parsed.stepPath] { return q }
    if let script = catalog.scripts[parsed.script],
      script.steps.contains(where: {
        if case .group(let g) = $0.kind { return g.id == parsed.step } else { return false }
      })
    {
      return Question(
        id: parsed.step, prompt: ScriptParser.template(""), type: .yesno,
        position: TextPosition(line: 0, column: 0))
    }
    return nil
  }

  /// Whether the answer to `key` is private (never echoed or remembered).
  public func isPrivate(_ key: String) -> Bool {
    question(for: key)?.isPrivate ?? false
  }

  // MARK: The walk

  /// Walks the scripts over the current answers.
  func walk() -> [Slot] {
    walker().slots
  }

  /// Index of the next question to ask.
  ///
  /// After a `/goto`, the first open question of that script; when it has
  /// none left, the first open question from the start, so the questions
  /// the jump passed over come next, before anything later in the path.
  static func nextOpen(in slots: [Slot], answers: [String: AnswerEntry], from script: String?)
    -> Int?
  {
    func isOpen(_ slot: Slot) -> Bool {
      if case .question(let q) = slot { return answers[q.key] == nil }
      return false
    }
    if let script,
      let found = slots.firstIndex(where: {
        if case .question(let q) = $0 { return q.script == script && answers[q.key] == nil }
        return false
      })
    {
      return found
    }
    return slots.firstIndex(where: isOpen)
  }

  /// The next question: an answer `/back` took back comes first, wherever
  /// the person was; then the jumped-to script's; then the first open one.
  /// With the index of its slot.
  private func phase(in walker: SessionWalker) -> (phase: Phase, index: Int?) {
    let slots = walker.slots
    let index: Int?
    if let key = state.revising {
      let revisited = slots.firstIndex {
        if case .question(let q) = $0 { return q.key == key && state.answers[key] == nil }
        return false
      }
      index = revisited ?? Self.nextOpen(in: slots, answers: state.answers, from: state.jumpedTo)
    } else {
      // What `nextOpen` finds, as the walk noted it on the way.
      index = state.jumpedTo.flatMap { walker.firstOpenByScript[$0] } ?? walker.firstOpen
    }
    guard let index, case .question(let slot) = slots[index] else { return (.finished, nil) }
    return (.asking(slot), index)
  }

  /// What comes next, as effects: the words leading into the next question
  /// and the question, or the closing words.
  ///
  /// - Parameter now: When the answer that led here was given.
  /// - Returns: The effects, in the order the runner performs them.
  func advance(at now: Moment) -> [SessionEffect] {
    let walker = walker()
    let slots = walker.slots
    var effects: [SessionEffect] = []
    guard case (.asking(let slot), let index?) = phase(in: walker) else {
      // Everything is answered: the closing words, what the person leaves
      // with, then done.
      let lastQuestion = slots.lastIndex(where: { if case .question = $0 { true } else { false } })
      for slot in slots[((lastQuestion ?? -1) + 1)...] {
        if case .say(let text, _) = slot {
          effects += [.record(.said(text: text, at: now)), .say(text)]
        }
      }
      let summary = PlanSummary.lines(plan()).joined(separator: "\n")
      if !summary.isEmpty {
        let text = "Here is what you leave with:\n" + summary
        effects += [.record(.said(text: text, at: now)), .say(text)]
      }
      effects += [.record(.ended(finished: true, at: now)), .finished]
      memo.current = .some(nil)
      return effects
    }
    // The words since the previous question lead into this one.
    var start = index
    while start > 0 {
      if case .question = slots[start - 1] { break }
      start -= 1
    }
    // A part's closing words are said only once it is done: a `/goto`
    // out of a part says nothing of the part it leaves.
    // (A script with an open question has its first one noted by the walk.)
    for case .say(let text, let script) in slots[start..<index]
    where script == slot.script || walker.firstOpenByScript[script] == nil {
      effects += [.record(.said(text: text, at: now)), .say(text)]
    }
    effects.append(.record(.asked(key: slot.key, text: slot.text, at: now)))
    effects.append(
      .ask(prompt(for: slot, at: index, in: walker)))
    memo.current = .some(slot)
    return effects
  }

  /// The prompt of `slot`, the slot at `index` of the walk `walker` made.
  func prompt(for slot: QuestionSlot, at index: Int, in walker: SessionWalker) -> Prompt {
    let q = slot.question
    let own = q.type.completions(for: q)
    // The session's, shared (not copied) when the question adds none.
    let completions = own.isEmpty ? sessionCompletions : sessionCompletions + own
    return Prompt(
      key: slot.key, text: slot.text,
      progress: progress(of: slot, at: index, in: walker),
      completions: completions, options: q.type.takesOptions ? q.options : [],
      hint: q.type.hint(for: q), defaultAnswer: q.defaultAnswer, isPrivate: q.isPrivate,
      type: q.type)
  }

  /// Where the person is in the session: `part 2 of 6 · goals 3/9`.
  ///
  /// The question's place in its script, `goals 3/9`, as PRODUCT.md shows
  /// it; inside a path of parts, the part first: `part 2 of 6 · goals 3/9`.
  /// A question the goal's own words answered still counts (as answered),
  /// so a script's total does not shrink when it is passed over; it grows
  /// as follow-ups and rounds are added.
  ///
  /// The walk notes the order in which scripts first ask and how many
  /// questions each has, so this costs the number of scripts, not of
  /// questions.
  func progress(of slot: QuestionSlot, at index: Int, in walker: SessionWalker) -> String {
    let position = Int(walker.places[index].ordinal) + 1
    let total = max(walker.questionCount(of: slot.script) ?? position, position)
    let here = "\(slot.script) \(position)/\(total)"
    // The parts are the scripts seen that are not roots: counted in place,
    // with the place of this one among them.
    var parts = 0
    var k: Int?
    for script in walker.scriptsSeen where !roots.contains(script) {
      if k == nil, script == slot.script { k = parts }
      parts += 1
    }
    guard let k else { return here }
    return "part \(k + 1) of \(parts) · \(here)"
  }
}

/// Something a replay or resume noticed about a transcript made with other
/// scripts.
public enum ReplayWarning: Hashable, Sendable, CustomStringConvertible {
  case unknownStep(String)
  case answerNoLongerFits(String, String)
  case neverAnswered(String)

  public var description: String {
    switch self {
    case .unknownStep(let key):
      return "the transcript answers '\(key)', which the scripts no longer ask"
    case .answerNoLongerFits(let key, let why):
      return "the answer to '\(key)' no longer fits its question: \(why)"
    case .neverAnswered(let key):
      return "the scripts now ask '\(key)', which the transcript never answered"
    }
  }
}
