import CMalloc
import CoachCore

/// Reading sessions from the data dir: the shell's half of `SessionLoader`.
/// Every command that opens a session comes through here, so they agree on
/// exit codes and messages.
extension AppContext {
  /// The scripts a session is re-driven over, as the command line asks.
  var scriptChoice: SessionLoader.Scripts { arguments.rescript ? .current : .own }

  /// Reads and rebuilds session `id` from its folder.
  ///
  /// - Parameters:
  ///   - id: The session's id (its folder name).
  ///   - given: The transcript when the caller already read it (a
  ///     journal opened for appending, or a file given to `replay`).
  ///   - path: The transcript's path, for messages.
  ///   - scripts: The folder of the session's script copies, when not the
  ///     one in the data dir (a transcript file beside a copied folder).
  ///   - keepEvents: Whether the session keeps the transcript's events
  ///     (see `SessionLoader.load`).
  /// - Returns: The session, or the exit status of a failure already
  ///   reported.
  func loadSession(
    _ id: String, decoding given: TranscriptDecoding? = nil, path: String? = nil,
    scripts: String? = nil, keepEvents: Bool = true
  ) -> Result<LoadedSession, ExitStatus> {
    let decoding: TranscriptDecoding
    if let given {
      decoding = given
    } else {
      HugePageHeap.prepare(forTranscriptAt: layout.transcriptPath(of: id))
      do throws(JournalError) {
        decoding = try Journal.read(session: id, layout: layout, store: store)
      } catch {
        return .failure(ExitStatus(code: journalFailure(error, id: id)))
      }
    }
    let transcript = path ?? layout.transcriptPath(of: id)
    // The session's own copies; the current scripts only where it has none
    // or `--rescript` asks for them. Current scripts that do not load are no
    // reason to refuse a session that brought its own.
    let (own, ownDiagnostics) = ScriptLoader(store: store).loadCopies(
      in: scripts ?? layout.scriptsDirectory(of: id))
    let ownErrors = ownDiagnostics.filter { $0.severity == .error }
    if !ownErrors.isEmpty {
      for d in ownErrors { console.error(d.description) }
      return .failure(ExitStatus(code: Exit.badData))
    }
    let (current, currentDiagnostics) = loadCatalog()
    if current == nil, scriptChoice == .current {
      for d in currentDiagnostics where d.severity == .error { console.error(d.description) }
      return .failure(ExitStatus(code: Exit.badData))
    }
    switch SessionLoader.load(
      id: id, decoding: decoding, own: own, current: current, scripts: scriptChoice,
      keepEvents: keepEvents)
    {
    case .failure(let error):
      if current == nil, case .missingScripts = error {
        for d in currentDiagnostics where d.severity == .error { console.error(d.description) }
      }
      return .failure(
        ExitStatus(
          code: fail("\(transcript):\(error.line): error: \(error.message)", status: Exit.badData)
        ))
    case .success(let loaded):
      return .success(loaded)
    }
  }

  /// Keeps a copy of each script the session ran and has no copy of yet.
  ///
  /// For a session already under way a copy that cannot be written is no
  /// reason to stop: it still has its transcript, and the current script
  /// stands in (a warning says so). A new session's copies must be written;
  /// they need no sync (`syncing` false): its journal syncs them with its
  /// first answer.
  ///
  /// - Returns: Whether every copy was written.
  @discardableResult
  func keepCopies(
    of scripts: [Script], session id: String, required: Bool = false, syncing: Bool = true
  ) -> Bool {
    guard !scripts.isEmpty else { return true }
    let loader = ScriptLoader(store: store)
    do throws(StoreError) {
      try store.makeDirectory(layout.scriptsDirectory(of: id), syncing: syncing)
      for script in scripts {
        guard let bytes = loader.source(of: script) else { continue }
        try store.writeAtomically(
          bytes, to: layout.scriptCopyPath(of: id, script: script.id), syncing: syncing)
      }
    } catch {
      console.error(
        "\(required ? "error" : "warning"): could not keep a copy of the session's scripts: "
          + error.description)
      return false
    }
    return true
  }

  /// Says what `--rescript` changes, before it re-drives the transcript.
  func reportRescript(_ loaded: LoadedSession) {
    guard loaded.scripts == .current else { return }
    if loaded.changes.isEmpty {
      console.error("note: the current scripts are the ones this session ran")
    }
    for change in loaded.changes { console.error("note: \(change.summary)") }
  }

  /// One line per current script that differs from the session's own.
  func reportChanges(_ loaded: LoadedSession, id: String, command: String) {
    guard loaded.scripts == .own else { return }
    for change in loaded.changes {
      let standIn = loaded.standIns.contains(change.id)
      let what =
        standIn
        ? "the session has no copy of script '\(change.id)' and the current one differs; answers are matched by step id"
        : "script '\(change.id)' has changed since this session began; going on with the session's copy ('\(suggestion(command, id, "--rescript"))' uses the current one)"
      console.error("note: \(what)")
    }
  }

  func journalFailure(_ error: JournalError, id: String) -> Int32 {
    switch error {
    case .missing, .invalidID:
      let known = (try? layout.sessionIDs(in: store)) ?? []
      let hint = Suggestion.hint(for: id, in: known)
      return fail("error: no session '\(id)'\(hint)", status: Exit.usage)
    case .transcript: return fail(error.description, status: Exit.badData)
    default: return fail(error.description)
    }
  }

  /// Gives the heap's free pages back to the system: what a load let go
  /// (a long transcript's events, its machine) would otherwise stay in the
  /// process, in pieces too small for the megabytes a rendering then asks
  /// for (a 100,000-answer replay peaked at 178 MiB without it, 126 with).
  func releaseFreedMemory() {
    malloc_trim(0)
  }

  /// Leaves `value` alive until the process exits, which gives its memory
  /// back all at once: freeing a long session's plan object by object, on
  /// the way out, was 2% of a 100,000-answer replay (45 M instructions).
  func keepUntilExit<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(KeptUntilExit(value))
  }
}

/// A value `keepUntilExit` never lets go of.
private final class KeptUntilExit<Value> {
  let value: Value
  init(_ value: Value) { self.value = value }
}
