/// Rebuilds a session from its transcript and the scripts it ran: the one
/// set of rules every command uses (`coach`, start, resume, sessions,
/// export, replay, test), so they agree on missing and changed scripts and
/// bad headers.
///
/// A session stands on its own: by default it runs on the copies of its
/// scripts kept in its folder. Where a copy is missing (a session made
/// before copies were kept), a current script whose content hash matches
/// the transcript's header is the same script and stands in for it, and
/// the shell is told to keep a copy of it from now on. With `rescript` the
/// current scripts are used instead.
public enum SessionLoader {
  /// Which scripts a session is re-driven over.
  public enum Scripts: Hashable, Sendable {
    /// The session's own copies (the default).
    case own
    /// The scripts installed now (`--rescript`).
    case current
  }

  /// Rebuilds session `id`.
  ///
  /// - Parameters:
  ///   - id: The session's id (its folder name).
  ///   - decoding: Its transcript, decoded.
  ///   - own: The copies of its scripts kept in its folder, parsed.
  ///   - current: The scripts available now, if they loaded.
  ///   - scripts: Which of the two to re-drive the transcript over.
  ///   - keepEvents: Whether the session keeps the transcript's events
  ///     (`decoding.events`) once they are applied: a replay or an export
  ///     that only builds the plan lets them go, so a long transcript is
  ///     not held in memory beside its plan.
  /// - Returns: The rebuilt session, or why it could not be.
  public static func load(
    id: String, decoding: TranscriptDecoding, own: [Script], current: ScriptCatalog?,
    scripts: Scripts = .own, keepEvents: Bool = true
  ) -> Result<LoadedSession, SessionLoadError> {
    let header = decoding.header
    guard !header.roots.isEmpty else { return .failure(.noRoots) }
    let ownByID = Dictionary(own.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
    var chosen: [Script] = []
    var toCopy: [Script] = []
    var changed: [ScriptChange] = []
    var stale: Set<String> = []
    // Every script the session ran: what its header stamped, and any copy.
    var ids = header.scripts.map(\.id)
    for id in header.roots + own.map(\.id) where !ids.contains(id) { ids.append(id) }
    for scriptID in ids {
      let stamp = header.scripts.first { $0.id == scriptID }
      let now = current?.scripts[scriptID]
      let recorded = ownByID[scriptID]
      let recordedHash = recorded?.contentHash ?? stamp?.hash
      if let now, let recordedHash, now.contentHash != recordedHash {
        changed.append(ScriptChange(old: recorded, new: now))
      }
      switch scripts {
      case .current:
        if let now { chosen.append(now) }
      case .own:
        if let recorded {
          chosen.append(recorded)
        } else if let now {
          // No copy: the current script stands in. It is the same script
          // when its hash matches the header; otherwise a best effort,
          // said as a change.
          chosen.append(now)
          if now.contentHash == stamp?.hash { toCopy.append(now) } else { stale.insert(scriptID) }
        }
      }
    }
    // Re-driven over the current scripts, the session may reach scripts
    // it never ran (a new `run:`): the whole current catalog is used.
    let catalog = scripts == .current ? (current ?? ScriptCatalog(chosen)) : ScriptCatalog(chosen)
    let missing = header.roots.filter { catalog.scripts[$0] == nil }
    guard missing.isEmpty else { return .failure(.missingScripts(missing)) }
    var machine = SessionMachine(
      catalog: catalog, roots: header.roots,
      identity: PlanIdentity(sessionID: id, planID: header.planID), locale: header.locale)
    var warnings: [ReplayWarning] = []
    // Each event read in place, not copied out of the array first.
    decoding.events.withUnsafeBufferPointer { events in
      var answers = 0
      for k in events.indices where events[k].isAnswer { answers += 1 }
      machine.reserveCapacity(answers: answers)
      for k in events.indices {
        if let warning = machine.apply(events[k]) { warnings.append(warning) }
      }
    }
    var decoding = decoding
    if !keepEvents { decoding.events = [] }
    return .success(
      LoadedSession(
        id: id, decoding: decoding, machine: machine, warnings: warnings, changes: changed,
        scripts: scripts, copiesToKeep: toCopy, standIns: stale.sorted()))
  }
}

/// A session rebuilt from its transcript.
public struct LoadedSession: Sendable {
  public var id: String
  /// The transcript; without its events when the load did not keep them.
  public var decoding: TranscriptDecoding
  /// The machine after every recorded event: it asks what the session
  /// would ask next.
  public var machine: SessionMachine
  /// What the replay noticed: answers the scripts no longer ask or that no
  /// longer fit their question.
  public var warnings: [ReplayWarning]
  /// Scripts of the session whose current version differs from the one it
  /// ran.
  public var changes: [ScriptChange]
  /// Which scripts the machine runs on.
  public var scripts: SessionLoader.Scripts
  /// Current scripts, unchanged since the session ran, that it has no copy
  /// of yet: the shell keeps a copy in the session's folder.
  public var copiesToKeep: [Script]
  /// Scripts with no copy and a changed current version standing in.
  public var standIns: [String]

  /// Answers the transcript holds that the machine could not place: a plan
  /// built from it would silently hold fewer answers than the transcript.
  public var droppedAnswers: Set<String> {
    Set(
      warnings.compactMap { warning -> String? in
        switch warning {
        case .unknownStep(let key), .answerNoLongerFits(let key, _): return key
        case .neverAnswered: return nil
        }
      })
  }

  /// Whether a plan built from this load may replace the session's
  /// `plan.json`: only one with every answer the transcript holds, from the
  /// session's own scripts.
  public var mayReplaceSnapshot: Bool {
    scripts == .own && standIns.isEmpty && droppedAnswers.isEmpty
  }

  /// Whether the person has answered nothing yet.
  public var isEmpty: Bool { machine.state.answers.isEmpty }
}

/// Why a session cannot be rebuilt.
public enum SessionLoadError: Error, Hashable, Sendable {
  /// The transcript's header names no script to run.
  case noRoots
  /// The scripts the session starts from are neither kept with it nor
  /// available now.
  case missingScripts([String])

  /// The message, lower case, names in single quotes.
  public var message: String {
    switch self {
    case .noRoots:
      return
        "the header names no scripts ('roots' is empty); this is not a session coach can rebuild"
    case .missingScripts(let ids):
      let names = ids.map { "'\($0)'" }.joined(separator: ", ")
      return "the session's scripts \(names) are neither kept with it nor available now"
    }
  }

  /// The line of the transcript the problem is on.
  public var line: Int { 1 }
}

/// A script whose current version differs from the one a session ran.
public struct ScriptChange: Sendable {
  /// The version the session ran, when a copy of it is kept.
  public var old: Script?
  public var new: Script

  public var id: String { new.id }

  /// Questions (by step id) the current version asks and the session's
  /// version did not, and the other way round; both empty when no copy of
  /// the old version is kept.
  public var questionsAdded: [String] {
    guard let old else { return [] }
    let before = Set(old.questions.map(\.id))
    return new.questions.map(\.id).filter { !before.contains($0) }
  }

  public var questionsRemoved: [String] {
    guard let old else { return [] }
    let after = Set(new.questions.map(\.id))
    return old.questions.map(\.id).filter { !after.contains($0) }
  }

  /// One line: what changed in the script.
  public var summary: String {
    var parts: [String] = []
    if !questionsAdded.isEmpty {
      parts.append("questions added: " + questionsAdded.map { "'\($0)'" }.joined(separator: ", "))
    }
    if !questionsRemoved.isEmpty {
      parts.append(
        "questions removed: " + questionsRemoved.map { "'\($0)'" }.joined(separator: ", "))
    }
    if parts.isEmpty {
      parts.append(old == nil ? "its content changed" : "wording or order changed")
    }
    return "script '\(id)': " + parts.joined(separator: "; ")
  }
}
