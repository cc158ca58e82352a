import CoachCore
import Glibc

/// What a failed save left in memory: the effects from the record that
/// failed on, and how to name it to the person.
struct UnsavedWork {
  var effects: [SessionEffect]
  /// `your answer to 'Where do you…'`.
  var what: String
}

/// A save that fails is said as it is: what was not saved, what is, and
/// (on a terminal) the chance to try again. Nothing after the failed
/// record is shown, so no answer is acknowledged that is not on disk.
extension SessionRunner {
  /// Reports a failed record and keeps it, with what follows, in memory.
  func saveFailed(_ error: JournalError, event: TranscriptEvent, remaining: [SessionEffect]) {
    let what = description(of: event)
    console.error("error: could not save \(what): \(Self.reason(error)); \(savedAnswers())")
    unsaved = UnsavedWork(effects: remaining, what: what)
  }

  /// After a failed save: on a terminal, Enter tries the save again and
  /// `/quit` leaves; from a pipe nobody can free the disk, so it leaves.
  func offerRetry() -> Outcome {
    guard let work = unsaved else { return .next }
    guard isatty(0) == 1 else { return .leave }
    console.line(
      "\(Self.capitalized(work.what)) is kept: press Enter to try saving it again, "
        + "or type /quit to leave.", style: .warning)
    while true {
      switch reader.readLine(prompt: "retry › ", completions: ["/quit"]) {
      case .line(let line) where line.trimmingSpaces.isEmpty:
        do throws(JournalError) {
          try journal.recover()
        } catch {
          console.error("error: still cannot save \(work.what): \(Self.reason(error))")
          continue
        }
        unsaved = nil
        return perform(work.effects)
      case .line(let line) where line.trimmingSpaces == "/quit":
        return .leave
      case .line:
        console.line("Press Enter to try saving again, or type /quit to leave.", style: .warning)
      case .cancelled, .tooLong:
        continue
      case .endOfInput, .terminated:
        _ = SignalTrap.claimShutdown()
        return .leave
      }
    }
  }

  /// The line for a plan snapshot that could not be saved.
  func planFailure(_ error: JournalError) -> String {
    "error: could not save the plan snapshot: \(Self.reason(error)); "
      + "\(answerCount(Self.answeredKeys(journal.events))) in the transcript"
  }

  /// How a record is named to the person.
  func description(of event: TranscriptEvent) -> String {
    func question(_ key: String) -> String {
      let text = prompt.map { $0.key == key ? $0.text : key } ?? key
      return "'\(Self.shortened(text))'"
    }
    switch event {
    case .answered(let key, _, _, _): return "your answer to \(question(key))"
    case .skipped(let key, _): return "your /skip of \(question(key))"
    case .revised: return "your /back"
    case .jumped(let script, _): return "your /goto \(script)"
    case .ended: return "the end of the session"
    case .asked(_, let text, _): return "the session's progress (asking '\(Self.shortened(text))')"
    case .said, .command: return "the session's progress"
    }
  }

  /// `your 12 earlier answers are saved`.
  func savedAnswers() -> String {
    let keys = Self.answeredKeys(journal.events)
    if keys.isEmpty { return "no earlier answer was lost" }
    return keys.count == 1
      ? "your 1 earlier answer is saved" : "your \(keys.count) earlier answers are saved"
  }

  private func answerCount(_ keys: Set<String>) -> String {
    keys.count == 1 ? "your 1 answer is saved" : "your \(keys.count) answers are saved"
  }

  static func answeredKeys(_ events: [TranscriptEvent]) -> Set<String> {
    Set(
      events.compactMap { event in
        if case .answered(let key, _, _, _) = event { return key } else { return nil }
      })
  }

  /// The system's words, lower case after `error:` (`no space left on
  /// device`).
  static func reason(_ error: JournalError) -> String {
    guard case .store(let store) = error else { return error.message }
    guard let first = store.message.first else { return store.message }
    return first.lowercased() + store.message.dropFirst()
  }

  static func shortened(_ text: String) -> String {
    let line = text.split(separator: "\n").first.map(String.init) ?? text
    return line.count <= 40 ? line : String(line.prefix(39)) + "…"
  }

  static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
