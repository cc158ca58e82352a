import CoachCore
import Glibc

/// Starting, resuming and listing sessions.
extension AppContext {
  /// A session read back from its transcript and re-driven over the current
  /// scripts.
  struct LoadedSession {
    var id: String
    var decoding: TranscriptDecoding
    var engine: SessionEngine
    var warnings: [ReplayWarning]

    var isFinished: Bool {
      engine.isComplete
    }
  }

  /// Re-drives `decoding` over `catalog`.
  static func rebuild(_ decoding: TranscriptDecoding, id: String, catalog: ScriptCatalog)
    -> LoadedSession
  {
    let roots = decoding.header.roots.filter { catalog.scripts[$0] != nil }
    var engine = SessionEngine(catalog: catalog, roots: roots)
    var warnings: [ReplayWarning] = []
    for event in decoding.events {
      if let warning = engine.apply(event) { warnings.append(warning) }
    }
    return LoadedSession(id: id, decoding: decoding, engine: engine, warnings: warnings)
  }

  /// A new session id: the start time, then a counter that puts sessions
  /// started in the same second in the order they were started (with a
  /// fixed `COACH_NOW` every session starts in the same second).
  func newSessionID() -> String {
    let now = clock.now()
    let prefix = String(SessionLayout.newID(at: now, suffix: 0).dropLast(4))
    let existing = (try? layout.sessionIDs(in: store)) ?? []
    let used = existing.filter { $0.hasPrefix(prefix) }.compactMap {
      UInt16($0.suffix(4), radix: 16)
    }
    let next = used.max().map { $0 == .max ? $0 : $0 + 1 } ?? 0
    return SessionLayout.newID(at: now, suffix: next)
  }

  func start(_ requested: [String]) -> Int32 {
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    var roots = requested
    if roots.isEmpty {
      roots = catalog.defaultScript.map { [$0.id] } ?? catalog.ordered.map(\.id)
    }
    for id in roots where catalog.scripts[id] == nil {
      let hint =
        Suggestion.closest(to: id, in: catalog.scripts.keys.sorted())
        .map { " Did you mean '\($0)'?" } ?? " See 'coach scripts'."
      return usage("Unknown script '\(id)'.\(hint)")
    }
    let now = clock.now()
    let reachable = catalog.reachable(from: roots)
    let header = TranscriptHeader(
      app: "coach \(CoachApp.version)", session: newSessionID(), roots: roots,
      scripts: reachable.compactMap { id in
        catalog.scripts[id].map { ScriptStamp(id: id, hash: $0.contentHash) }
      },
      started: now, locale: environment["LC_ALL"] ?? environment["LANG"] ?? "C")
    do throws(StoreError) {
      try store.makeDirectory(layout.sessionsDirectory)
    } catch {
      return fail(error.description)
    }
    let journal: Journal
    do throws(JournalError) {
      // Journal.create claims the next free id of this second itself.
      journal = try Journal.create(header: header, at: now, layout: layout, store: store)
    } catch {
      return fail(error.description)
    }
    let engine = SessionEngine(catalog: catalog, roots: roots)
    return runSession(engine: engine, journal: journal, resumed: false)
  }

  func resume(_ requested: String?) -> Int32 {
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    let id: String
    if let requested {
      id = requested
    } else {
      switch latestSession(catalog: catalog, unfinishedOnly: true) {
      case .failure(let status): return status.code
      case .success(nil):
        console.error("error: no unfinished session to resume; start one with 'coach start'")
        return Exit.failure
      case .success(let found?): id = found.id
      }
    }
    return resume(id: id, catalog: catalog)
  }

  func resume(id: String, catalog: ScriptCatalog) -> Int32 {
    let journal: Journal
    do throws(JournalError) {
      journal = try Journal.open(session: id, layout: layout, store: store)
    } catch {
      if case .missing = error {
        let known = (try? layout.sessionIDs(in: store)) ?? []
        let hint = Suggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
        return fail("error: no session '\(id)'\(hint)", status: Exit.usage)
      }
      if case .transcript = error { return fail(error.description, status: Exit.badData) }
      return fail(error.description)
    }
    if let notice = journal.recoveryNotice { console.line(notice, style: .warning) }
    let decoding = TranscriptDecoding(
      header: journal.header, events: journal.events, recovery: .clean)
    let loaded = Self.rebuild(decoding, id: id, catalog: catalog)
    // Without its scripts, one error says it all (not a warning per answer).
    if loaded.engine.roots.isEmpty {
      journal.close()
      return fail(
        "error: the scripts of session '\(id)' (\(journal.header.roots.joined(separator: ", "))) are no longer available",
        status: Exit.badData)
    }
    for warning in loaded.warnings { console.error("warning: \(warning)") }
    return runSession(engine: loaded.engine, journal: journal, resumed: true)
  }

  /// `coach` alone: resume the unfinished session (asking first on a
  /// terminal), or start the full path.
  func startOrResume() -> Int32 {
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    let latest = latestSession(catalog: catalog, unfinishedOnly: true)
    if case .failure(let status) = latest { return status.code }
    guard case .success(let found?) = latest else { return start([]) }
    let answers = found.engine.state.answers.count
    let when = found.decoding.header.started.prefix(10)
    if isatty(0) == 1, !arguments.plain {
      console.line(
        "You have an unfinished session from \(when) with \(answers) answer\(answers == 1 ? "" : "s")."
      )
      let reader = PlainLineReader()
      switch reader.readLine(prompt: "Resume it? [Y/n] ", completions: []) {
      case .line(let l) where l.trimmingSpaces.lowercased().hasPrefix("n"):
        return start([])
      case .line: return resume(id: found.id, catalog: catalog)
      default: return Exit.ok
      }
    }
    console.line(
      "Resuming your unfinished session from \(when) (\(found.id)); 'coach start' begins a new one."
    )
    return resume(id: found.id, catalog: catalog)
  }

  /// The most recent session (by id, which sorts by start time).
  func latestSession(catalog: ScriptCatalog, unfinishedOnly: Bool) -> Result<
    LoadedSession?, ExitStatus
  > {
    let ids: [String]
    do throws(StoreError) {
      ids = try layout.sessionIDs(in: store)
    } catch {
      return .failure(ExitStatus(code: fail(error.description)))
    }
    for id in ids.reversed() {
      let decoding: TranscriptDecoding
      do throws(JournalError) {
        decoding = try Journal.read(session: id, layout: layout, store: store)
      } catch {
        // A corrupt transcript is named, never passed over: the session it
        // holds may be the one the person means.
        guard case .transcript = error else { continue }
        return .failure(ExitStatus(code: fail(error.description, status: Exit.badData)))
      }
      let loaded = Self.rebuild(decoding, id: id, catalog: catalog)
      if unfinishedOnly, loaded.isFinished { continue }
      return .success(loaded)
    }
    return .success(nil)
  }

  func listSessions() -> Int32 {
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    let ids: [String]
    do throws(StoreError) {
      ids = try layout.sessionIDs(in: store)
    } catch {
      return fail(error.description)
    }
    if ids.isEmpty {
      console.line("No sessions yet in \(paths.dataDirectory). Start one with 'coach start'.")
      return Exit.ok
    }
    console.line(
      "ID                    STARTED           LAST ACTIVITY     SCRIPTS DONE        ANSWERS  GOALS  FINISHED"
    )
    for id in ids {
      do throws(JournalError) {
        let decoding = try Journal.read(session: id, layout: layout, store: store)
        let loaded = Self.rebuild(decoding, id: id, catalog: catalog)
        let plan = PlanBuilder(engine: loaded.engine).build(sessionID: id)
        let done = loaded.engine.scriptsDone()
        let started =
          Moment(iso: decoding.header.started).map(Self.shortTime) ?? decoding.header.started
        let last = (decoding.events.last?.moment).map(Self.shortTime) ?? started
        let row = [
          Self.pad(id, 21), Self.pad(started, 17), Self.pad(last, 17),
          Self.pad(
            "\(done.count)/\(loaded.engine.catalog.reachable(from: loaded.engine.roots).count) \(done.joined(separator: ","))",
            19),
          Self.pad(String(plan.answers.count), 8), Self.pad(String(plan.goals.count), 6),
          loaded.isFinished ? "yes" : "no",
        ]
        console.line(row.joined(separator: " "))
      } catch {
        // A corrupt transcript's row names the line, as opening it would.
        var why = "error: \(error.message)"
        if case .transcript(_, let problem) = error { why = problem.description }
        console.line("\(Self.pad(id, 21)) \(why)", style: .warning)
      }
    }
    return Exit.ok
  }

  static func shortTime(_ m: Moment) -> String {
    String(m.iso.prefix(16).map { $0 == "T" ? " " : $0 })
  }

  static func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
  }
}
