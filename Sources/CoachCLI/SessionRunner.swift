import CoachCore
import Glibc

/// The conversation loop: reads lines, hands them to the machine, and carries
/// out the effects it returns. Every answer reaches the journal (synced)
/// before the next question is shown.
final class SessionRunner {
  let context: AppContext
  var machine: SessionMachine
  /// Whether leaving may replace `plan.json`: not when the session was
  /// rebuilt without some of its answers (see `LoadedSession`).
  let mayReplaceSnapshot: Bool
  let journal: Journal
  let reader: any LineReader
  let console: Console
  var prompt: Prompt?
  var status: Int32 = CoachApp.Exit.ok
  /// What a failed save left unsaved: the effects from the record that
  /// failed on, kept in memory to be tried again (see
  /// `SessionRunner+SaveFailure.swift`). Nothing after it is shown until
  /// it is saved.
  var unsaved: UnsavedWork?
  /// Whether saving plan.json failed (the transcript has every answer).
  var planFailed = false
  /// Piped input is not echoed by a terminal: print each answer after its
  /// prompt, so the output reads as a conversation.
  private let echoesInput = isatty(0) == 0
  /// Whether a person is typing at a line editor (not a pipe, not --plain).
  private var isInteractive: Bool { reader is LineEditor }
  /// The questions are done and the final prompt is up (`review()`).
  private var isReviewing = false

  init(
    context: AppContext, machine: SessionMachine, journal: Journal, reader: any LineReader,
    mayReplaceSnapshot: Bool
  ) {
    self.context = context
    self.machine = machine
    self.mayReplaceSnapshot = mayReplaceSnapshot
    self.journal = journal
    self.reader = reader
    self.console = context.console
  }

  enum Outcome {
    case next
    case leave
    /// A record could not be saved: `unsaved` holds it.
    case unsaved
  }

  /// Runs until the session ends or the person leaves; returns the exit status.
  func run(resumed: Bool) -> Int32 {
    if resumed {
      let n = machine.state.answers.count
      console.line(
        "Welcome back. You have \(n) answer\(n == 1 ? "" : "s") so far; let's go on.", style: .dim)
    } else {
      console.line(
        "Type /help for commands at any prompt; Ctrl-D or /quit saves and leaves.", style: .dim)
    }
    var outcome = perform(machine.start(at: context.clock.now()))
    while outcome != .leave {
      if outcome == .unsaved {
        outcome = offerRetry()
        continue
      }
      guard let prompt else {
        guard isReviewing else { break }
        // nil: another path (a SIGHUP with the end of input) is leaving.
        guard let next = review() else { return status }
        outcome = next
        continue
      }
      (reader as? LineEditor)?.pasteKeepsLineBreaks = prompt.type.isMultiLine
      var input = reader.readLine(prompt: promptText(prompt), completions: prompt.completions)
      if prompt.type.isMultiLine, isInteractive, case .line(let first) = input,
        !first.trimmingSpaces.hasPrefix("/")
      {
        input = readMoreLines(after: first)
      }
      switch input {
      case .line(let line):
        if echoesInput { console.line(prompt.isPrivate ? "(private answer)" : line) }
        if !line.isEmpty, !prompt.isPrivate || SessionMachine.isCommand(line) {
          reader.remember(line)
        }
        outcome = perform(machine.handle(.line(line), at: context.clock.now()))
      case .cancelled:
        continue
      case .tooLong(let bytes):
        refuseLongAnswer(bytes: bytes)
      case .endOfInput, .terminated:
        if !SignalTrap.claimShutdown() { return status }
        outcome = leave()
      }
    }
    finish()
    return status
  }

  /// End of input, Ctrl-D, SIGTERM or SIGHUP: recorded, then leave.
  private func leave() -> Outcome {
    console.line("")
    return perform(machine.handle(.endOfInput, at: context.clock.now()))
  }

  /// The commands the final prompt offers on Tab.
  static let reviewCompletions =
    ["/plan", "/export", "/quit", "/help", "/back"]
    + ExportFormat.allCases.map { "/export \($0.rawValue)" }

  /// One line at the prompt that stays after the last question on a
  /// terminal: a command goes to the machine (`/back` even reopens the
  /// session); anything else is told what the prompt is for.
  private func review() -> Outcome? {
    (reader as? LineEditor)?.pasteKeepsLineBreaks = false
    switch reader.readLine(prompt: "done › ", completions: Self.reviewCompletions) {
    case .line(let line):
      let trimmed = line.trimmingSpaces
      guard !trimmed.isEmpty else { return .next }
      guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else {
        console.line(Self.reviewHint, style: .dim)
        return .next
      }
      reader.remember(trimmed)
      return perform(machine.handle(.line(trimmed), at: context.clock.now()))
    case .cancelled, .tooLong:
      return .next
    case .endOfInput, .terminated:
      return SignalTrap.claimShutdown() ? leave() : nil
    }
  }

  static let reviewHint =
    "The questions are done: /plan shows your plan, /export FORMAT [FILE] writes it, "
    + "/quit leaves."

  /// Saves the plan snapshot, closes the journal and the line editor, and
  /// says truthfully what is saved: never "Saved" after a failed save.
  private func finish() {
    // The machine is ahead of the transcript by what is unsaved: a plan
    // built from it would claim an answer that is not on disk. A session
    // without answers has no plan to keep (`export` builds it all the
    // same), and writing one would sync what nothing needs synced.
    if unsaved == nil, journal.holdsAnswers { savePlan(machine.plan(), quiet: true) }
    journal.close()
    reader.close()
    if let unsaved {
      status = CoachApp.Exit.failure
      console.line(
        "Left without saving \(unsaved.what). Continue later with: \(context.suggestion("resume", journal.session))",
        style: .dim)
    } else if planFailed {
      console.line(
        "Your answers are in the transcript; '\(context.suggestion("export", journal.session))' rebuilds the plan from them.",
        style: .dim)
    } else if machine.isFinished {
      console.line(
        "Your plan is saved. Export it with: \(context.suggestion("export", journal.session, "--format", "markdown"))",
        style: .dim)
    } else {
      console.line(
        "Saved. Continue any time with: \(context.suggestion("resume", journal.session))",
        style: .dim)
    }
  }

  private func savePlan(_ plan: Plan, quiet: Bool) {
    guard mayReplaceSnapshot else { return }
    let bytes = ExportFormat.json.renderUTF8(plan)
    do throws(JournalError) {
      try journal.savePlan(bytes)
      if !quiet { console.line("Saved to \(context.layout.directory(of: journal.session))/") }
    } catch {
      console.error(planFailure(error))
      planFailed = true
      status = CoachApp.Exit.failure
    }
  }

  /// A `long` answer on a terminal: lines until an empty one.
  private func readMoreLines(after first: String) -> LineInput {
    var lines = [first]
    while !first.isEmpty {
      switch reader.readLine(prompt: "  … ", completions: []) {
      case .line(let next) where next.isEmpty: return Self.checked(lines)
      case .line(let next): lines.append(next)
      case .cancelled: return .cancelled
      case .tooLong(let bytes):
        return .tooLong(bytes: lines.joined(separator: "\n").utf8.count + 1 + bytes)
      case .endOfInput, .terminated:
        return Self.checked(lines)
      }
    }
    return .line(first)
  }

  /// The lines of a `long` answer as one, unless over the limit together.
  private static func checked(_ lines: [String]) -> LineInput {
    let answer = lines.joined(separator: "\n")
    let bytes = answer.utf8.count
    return bytes > LineLimit.bytes ? .tooLong(bytes: bytes) : .line(answer)
  }

  /// An answer over the limit is refused whole, never cut: nothing of it is
  /// saved and the question stays.
  private func refuseLongAnswer(bytes: Int) {
    func grouped(_ n: Int) -> String {
      var digits = String(n)
      var index = digits.endIndex
      while digits.distance(from: digits.startIndex, to: index) > 3 {
        index = digits.index(index, offsetBy: -3)
        digits.insert(",", at: index)
      }
      return digits
    }
    console.error(
      "error: that answer is \(grouped(bytes)) bytes, over the limit of "
        + "\(grouped(LineLimit.bytes)) bytes (64 KiB) for one answer; it was not saved: "
        + "give a shorter one")
  }

  private func promptText(_ p: Prompt) -> String {
    "\(p.progress) › "
  }

  /// Carries out `effects` in order.
  func perform(_ effects: [SessionEffect]) -> Outcome {
    // After a long listing the question has scrolled away: say it again.
    var reshow = false
    defer {
      if reshow, let prompt, !effects.contains(where: { if case .ask = $0 { true } else { false } })
      {
        show(prompt)
      }
    }
    for (index, effect) in effects.enumerated() {
      switch effect {
      case .say(let text):
        console.line("")
        console.line(text, style: .coach)
      case .ask(let p):
        prompt = p
        show(p)
      case .reject(let message):
        console.line(message, style: .warning)
      case .notice(let message):
        console.line(message, style: .dim)
      case .record(let event):
        do throws(JournalError) {
          // What was said and asked acknowledges nothing: it goes out with
          // the next answer (or at the end), synced with it.
          switch event {
          case .said, .asked: try journal.appendLater(event)
          default: try journal.append(event)
          }
        } catch {
          reshow = false
          saveFailed(error, event: event, remaining: Array(effects[index...]))
          return .unsaved
        }
      case .showPlan(let plan):
        reshow = true
        let width = Console.layoutWidth(environment: context.environment)
        console.lines(TerminalPlanRenderer(width: width).render(plan))
      case .showHelp(let commands):
        reshow = true
        let width = commands.map(\.command.count).max() ?? 0
        for (command, summary) in commands {
          console.line(
            "  \(command)\(String(repeating: " ", count: width - command.count))  \(summary)")
        }
        console.line("  Start an answer with // to begin it with a slash.", style: .dim)
      case .showScripts(let parts):
        reshow = true
        for part in parts {
          console.line("  \(part.isDone ? "✓" : " ") \(part.id)  \(part.title)")
        }
      case .export(let format, let file, let plan):
        exportPlan(plan, format: format, file: file)
      case .save(let plan):
        savePlan(plan, quiet: false)
      case .finished:
        prompt = nil
        // On a terminal a prompt stays for /plan, /export and /quit; a
        // pipe has nobody to read it.
        guard isInteractive else { return .leave }
        isReviewing = true
        console.line("")
        console.line(Self.reviewHint, style: .dim)
        return .next
      case .quit:
        prompt = nil
        return .leave
      }
    }
    return .next
  }

  private func show(_ p: Prompt) {
    console.line("")
    console.line(p.text, style: .bold)
    if !p.options.isEmpty {
      let list = p.options.enumerated().map { "\($0.offset + 1)) \($0.element)" }
      console.line("  " + list.joined(separator: "   "), style: .dim)
    }
    var notes: [String] = []
    if let hint = p.hint, p.options.isEmpty { notes.append(hint) }
    if p.type.isMultiLine, isInteractive {
      notes.append("several lines; finish with an empty line")
    }
    if let d = p.defaultAnswer { notes.append("Enter for '\(d)'") }
    if !notes.isEmpty { console.line("  (\(notes.joined(separator: "; ")))", style: .dim) }
  }

  /// Writes the export to `file`, or with no file to one named after the
  /// session in the current folder (a whole HTML page has no place in the
  /// chat), and says where.
  private func exportPlan(_ plan: Plan, format: ExportFormat, file given: String?) {
    let bytes = format.renderUTF8(plan)
    let file = given ?? Self.defaultExportPath(session: journal.session, format: format)
    do throws(StoreError) {
      try context.store.writeAtomically(bytes, to: file)
      console.line("Exported \(format.rawValue) to \(file).")
    } catch {
      console.line("error: \(error.description)", style: .error)
    }
  }
}

extension SessionRunner {
  /// `coach-plan-<session>.<ext>` in the current folder, as a full path.
  static func defaultExportPath(session: String, format: ExportFormat) -> String {
    let stem = format == .taskwarrior ? "coach-tasks" : "coach-plan"
    let name = "\(stem)-\(session).\(format.fileExtension)"
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return name }
    let folder = String(
      decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

extension AppContext {
  /// Runs the conversation over `machine`, with libedit on a terminal.
  func runSession(
    machine: SessionMachine, journal: Journal, resumed: Bool, mayReplaceSnapshot: Bool
  ) -> Int32 {
    _ = SignalTrap.install()
    var reader: any LineReader = PlainLineReader()
    if isatty(0) == 1, !arguments.plain,
      let editor = LineEditor(historyFile: paths.historyFile, colors: console.colors)
    {
      reader = editor
    }
    let runner = SessionRunner(
      context: self, machine: machine, journal: journal, reader: reader,
      mayReplaceSnapshot: mayReplaceSnapshot)
    return runner.run(resumed: resumed)
  }
}
