/// What reaches the machine from the person.
public enum SessionInput: Hashable, Sendable {
  /// A line typed at the prompt (an answer or a `/command`).
  case line(String)
  /// The input ended (Ctrl-D, a closed pipe, SIGTERM, SIGHUP).
  case endOfInput
}

/// Handling what the person types: answers and `/commands`.
extension SessionMachine {
  /// Handles one input: works out its events, applies them with `apply`
  /// (as a replay would) and returns the effects, in order.
  public mutating func handle(_ input: SessionInput, at now: Moment) -> [SessionEffect] {
    switch input {
    case .line(let line): return handle(line: line, at: now)
    case .endOfInput: return endOfInput(at: now)
    }
  }

  /// Starts (or resumes) the session: the words before the next question,
  /// and the question.
  public mutating func start(at now: Moment) -> [SessionEffect] {
    settle(advance(at: now))
  }

  /// Handles one line typed at the prompt.
  public mutating func handle(line raw: String, at now: Moment) -> [SessionEffect] {
    settle(effects(for: raw, at: now))
  }

  /// End of input: leave, resumable.
  public mutating func endOfInput(at now: Moment) -> [SessionEffect] {
    settle([.record(.ended(finished: isFinished, at: now)), .quit])
  }

  /// Applies the recorded events that `effects(for:)` did not need to apply
  /// on the way (what was said and asked), so the machine holds exactly what
  /// a replay of the same events would.
  private mutating func settle(_ effects: [SessionEffect]) -> [SessionEffect] {
    for case .record(let event) in effects where !event.changesAnswers { apply(event) }
    return effects
  }

  private mutating func effects(for raw: String, at now: Moment) -> [SessionEffect] {
    let current = self.current
    // Only a `long` answer keeps its line breaks.
    let line =
      current?.question.type.isMultiLine == true
      ? Sanitizer.clean(raw).replacingTabs : Sanitizer.cleanLine(raw)
    let trimmed = line.trimmingSpaces
    if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") {
      return command(trimmed, current: current, at: now)
    }
    guard let slot = current else { return advance(at: now) }
    // "//" lets an answer start with a slash.
    var text = trimmed.hasPrefix("//") ? String(trimmed.dropFirst()) : trimmed
    if text.isEmpty, let d = slot.question.defaultAnswer { text = d }
    switch AnswerParser.parse(text, for: slot.question, today: now.day, options: readings) {
    case .failure(let rejection):
      return [.reject(rejection.message)]
    case .success(let value):
      if let refusal = laterThanAllowed(value, slot: slot) { return [.reject(refusal)] }
      let event = TranscriptEvent.answered(key: slot.key, text: text, value: value, at: now)
      apply(event, parsed: value)
      // What was understood is said back first, and kept in the transcript
      // so a replay shows it too.
      var effects: [SessionEffect] = [.record(event)]
      if let echo = AnswerEcho.line(
        for: slot.question, text: text, value: value, today: now.day, readings: readings)
      {
        effects += [.record(.said(text: echo, at: now)), .notice(echo)]
      }
      return effects + resultsAndAdvance(after: slot, at: now)
    }
  }

  /// Why a date after the one its question's `before:` names is refused,
  /// or `nil`: a milestone never comes after its goal's deadline.
  private func laterThanAllowed(_ value: AnswerValue, slot: QuestionSlot) -> String? {
    guard let name = slot.question.before, case .date(let day) = value else { return nil }
    let path = name.contains(".") ? name : "\(slot.script).\(name)"
    let answered = [SessionState.key(path, round: slot.round), path].lazy
      .compactMap { self.state.answers[$0]?.value?.day }.first
    // A goal's deadline question is passed over when the goal's own words
    // name the day ("… by September 2027"): that day bounds it then.
    let named =
      catalog.questions[path]?.plan == "goal.deadline"
      ? goalDeadline(of: slot) : nil
    guard let bound = answered ?? named, day > bound else { return nil }
    return "That's after your deadline, \(bound.inWords). Pick a day on or before it."
  }

  /// The deadline of the goal of `slot`'s round, as the plan reads it.
  private func goalDeadline(of slot: QuestionSlot) -> CalendarDay? {
    let plan =
      slot.round.map {
        PlanBuilder(machine: self, slots: roundSlots(of: slot, round: $0, in: walk())).build()
      } ?? self.plan()
    return plan.goals.first {
      AnswerKey($0.source).map { $0.script == slot.script && $0.round == slot.round } == true
    }?.deadline
  }

  /// The results the answer to `slot` completed, said, then what comes next.
  private func resultsAndAdvance(after slot: QuestionSlot, at now: Moment) -> [SessionEffect] {
    let slots = walk()
    var effects: [SessionEffect] = []
    for line in results(after: slot, in: slots) {
      effects += [.record(.said(text: line, at: now)), .say(line)]
    }
    return effects + advance(at: now)
  }

  private mutating func command(_ line: String, current: QuestionSlot?, at now: Moment)
    -> [SessionEffect]
  {
    let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let name = words.first?.lowercased() ?? "/"
    let args = Array(words.dropFirst())
    switch name {
    case "/help":
      return [.showHelp(Self.commands)]
    case "/why":
      let why = current?.question.why ?? "This question helps fill in your plan."
      return [.say(why)]
    case "/skip":
      guard let slot = current else { return [] }
      if slot.question.required {
        return [.reject("This one is needed to go on; please answer it.")]
      }
      let event = TranscriptEvent.skipped(key: slot.key, at: now)
      apply(event)
      return [.record(event), .notice("Skipped; it stays in your plan as an open question.")]
        + resultsAndAdvance(after: slot, at: now)
    case "/back":
      guard let previous = state.order.last(where: { $0 != current?.key }) else {
        return [.reject("There is no earlier answer to revise yet.")]
      }
      // What was answered before, so the person sees what they change (a
      // private answer is not shown).
      let earlier = state.answers[previous].map { entry -> String in
        if isPrivate(previous) { return "Your earlier answer is private; type it again." }
        return entry.isSkipped
          ? "You had skipped this one." : "Your earlier answer: \(entry.text)"
      }
      let event = TranscriptEvent.revised(key: previous, at: now)
      apply(event)
      return [.record(event)] + advance(at: now) + (earlier.map { [.notice($0)] } ?? [])
    case "/plan":
      let event = TranscriptEvent.command(name: "/plan", at: now)
      apply(event)
      return [.record(event), .showPlan(plan())]
    case "/scripts":
      return [.showScripts(scriptProgress())]
    case "/export":
      let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      guard let name = args.first else {
        return [.reject("Usage: /export FORMAT [FILE] (\(names))")]
      }
      guard let format = ExportFormat(rawValue: name.lowercased()) else {
        let hint = Suggestion.didYouMean(name, in: ExportFormat.allCases.map(\.rawValue))
        return [.reject("Unknown format '\(name)'.\(hint) Formats: \(names).")]
      }
      let file = args.count > 1 ? args[1...].joined(separator: " ") : nil
      return [.export(format: format, file: file, plan: plan())]
    case "/goto":
      let reachable = catalog.reachable(from: roots)
      guard let target = args.first else {
        return [.reject("Usage: /goto SCRIPT (one of: \(reachable.joined(separator: ", ")))")]
      }
      guard reachable.contains(target) else {
        let hint = Suggestion.didYouMean(target, in: reachable)
        return [
          .reject(
            "No part '\(target)' in this session.\(hint) Parts: \(reachable.joined(separator: ", "))."
          )
        ]
      }
      let event = TranscriptEvent.jumped(script: target, at: now)
      var trial = self
      trial.apply(event)
      let lands = trial.walk().contains {
        if case .question(let q) = $0 { return q.script == target } else { return false }
      }
      guard lands else {
        return [.reject("'\(target)' has nothing to ask at this point of the session.")]
      }
      self = trial
      return [.record(event)] + advance(at: now)
    case "/save":
      return [.save(plan())]
    case "/quit", "/exit":
      return [.record(.ended(finished: current == nil, at: now)), .quit]
    default:
      let hint =
        Suggestion.closest(to: name, in: Self.commandNames).map { " Did you mean '\($0)'?" }
        ?? " Type /help for the list."
      return [.reject("Unknown command '\(name)'.\(hint)")]
    }
  }

  /// The plan as the session stands.
  ///
  /// With `keepingWalk`, the walk the plan was built from stays (for a
  /// caller that keeps the machine to the end anyway, such as a replay
  /// whose rendering is streamed: letting the walk go would cost a long
  /// session's time and give back no memory it needs).
  public func plan(keepingWalk: Bool = false) -> Plan {
    // Built once for the same answers (`apply` starts a new memo when they
    // change) and the same day of the last activity.
    let day = state.lastActivity?.day
    if let made = memo.plan, made.day == day { return made.plan }
    let plan = PlanBuilder(machine: self).build()
    memo.plan = (plan, day)
    // The plan is often the last thing asked of a long session (a replay,
    // an export): the kept walk goes, so it does not sit in memory beside
    // the plan's rendering. A live session walks from the start once after
    // a /plan, /export or /save.
    if !keepingWalk { forgetWalk() }
    return plan
  }

  /// Each part of the session with whether it is done, for `/scripts`.
  public func scriptProgress() -> [ScriptProgress] {
    let done = Set(scriptsDone())
    return catalog.reachable(from: roots).map { id in
      ScriptProgress(id: id, title: catalog.scripts[id]?.title ?? id, isDone: done.contains(id))
    }
  }
}

extension SessionMachine {
  /// The scripts whose every question has been answered or skipped, in
  /// session order.
  public func scriptsDone() -> [String] {
    var order: [String] = []
    var open: Set<String> = []
    for slot in walk() {
      guard case .question(let q) = slot else { continue }
      if !order.contains(q.script) { order.append(q.script) }
      if state.answers[q.key] == nil { open.insert(q.script) }
    }
    return order.filter { !open.contains($0) }
  }

}

extension SessionMachine {
  /// Questions the scripts now ask, with no answer, that come before the
  /// last answered one: a transcript made with other scripts went past them.
  ///
  /// Reads the machine's own walk (the one the plan is built from) in
  /// place, without copying its questions out.
  public func questionsSkippedOver() -> [String] {
    let slots = walk()
    func answeredKey(_ slot: Slot) -> (key: String, answered: Bool)? {
      guard case .question(let q) = slot else { return nil }
      return (q.key, state.answers[q.key] != nil)
    }
    guard let last = slots.lastIndex(where: { answeredKey($0)?.answered == true }) else {
      return []
    }
    return slots[..<last].compactMap { slot in
      answeredKey(slot).flatMap { $0.answered ? nil : $0.key }
    }
  }
}
