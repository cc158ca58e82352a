import CoachCore
import Glibc

/// `coach start` and `coach` alone.
extension AppContext {
  func start(_ requested: [String]) -> Int32 {
    let catalog: ScriptCatalog
    switch catalogOrReport(for: requested) {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    var roots = requested
    if roots.isEmpty {
      roots = catalog.defaultScript.map { [$0.id] } ?? catalog.ordered.map(\.id)
    }
    for id in roots where catalog.scripts[id] == nil {
      return usage(.unknownScript(id, known: catalog.scripts.keys.sorted()))
    }
    var planID = PlanIDGenerator.make()
    if let earlier = arguments.plan {
      // The plan of an earlier session, continued: its id, so the
      // commitments keep theirs.
      do throws(JournalError) {
        let decoding = try Journal.read(session: earlier, layout: layout, store: store)
        planID = decoding.header.planID ?? earlier
      } catch {
        return journalFailure(error, id: earlier)
      }
    }
    let now = clock.now()
    let reachable = catalog.reachable(from: roots).compactMap { catalog.scripts[$0] }
    let header = TranscriptHeader(
      // Journal.create(at:) claims the id: the next free one of this second.
      app: "coach \(CoachApp.version)", session: SessionLayout.newID(at: now, suffix: 0),
      roots: roots,
      scripts: reachable.map { ScriptStamp(id: $0.id, hash: $0.contentHash) },
      started: now,
      locale: environment["LC_ALL"] ?? environment["LC_TIME"] ?? environment["LANG"] ?? "C",
      planID: planID)
    do throws(StoreError) {
      // Nothing of the new session is synced before its first answer
      // (`Journal`), which syncs the session's folders up to the one the
      // data dir is in; any folder above that had to be made is synced now.
      let deferring = Paths.isDirectory(SessionLayout.parent(of: layout.dataDirectory))
      try store.makeDirectory(layout.sessionsDirectory, syncing: !deferring)
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
    // The session keeps the scripts it runs, so it resumes, replays and
    // exports the same wherever its folder goes.
    guard keepCopies(of: reachable, session: journal.session, required: true, syncing: false)
    else {
      journal.close()
      return Exit.failure
    }
    let machine = SessionMachine(
      catalog: catalog, roots: roots,
      identity: PlanIdentity(sessionID: journal.session, planID: header.planID),
      locale: header.locale)
    return runSession(machine: machine, journal: journal, resumed: false, mayReplaceSnapshot: true)
  }

  /// `coach` alone: resume the unfinished session (asking first on a
  /// terminal), or start the full path.
  func startOrResume() -> Int32 {
    let latest = latestSession(unfinishedOnly: true)
    if case .failure(let status) = latest { return status.code }
    guard case .success(let found?) = latest else { return start([]) }
    let answers = found.machine.state.answers.count
    let when = found.decoding.header.started.prefix(10)
    if isatty(0) == 1, !arguments.plain {
      console.line(
        "You have an unfinished session from \(when) with \(answers) answer\(answers == 1 ? "" : "s")."
      )
      let reader = PlainLineReader()
      switch reader.readLine(prompt: "Resume it? [Y/n] ", completions: []) {
      case .line(let l) where l.trimmingSpaces.lowercased().hasPrefix("n"):
        return start([])
      case .line: return resume(id: found.id)
      default: return Exit.ok
      }
    }
    console.line(
      "Resuming your unfinished session from \(when) (\(found.id)); '\(suggestion("start"))' begins a new one."
    )
    return resume(id: found.id)
  }
}
