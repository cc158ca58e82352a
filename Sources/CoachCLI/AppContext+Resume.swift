import CoachCore

/// `coach resume`.
extension AppContext {
  func resume(_ requested: String?) -> Int32 {
    guard let id = requested else {
      switch latestSession(unfinishedOnly: true, skippingEmpty: false) {
      case .failure(let status): return status.code
      case .success(nil):
        return fail(
          "error: no unfinished session to resume in \(paths.dataDirectory); start one with '\(suggestion("start"))'"
        )
      case .success(let found?): return resume(id: found.id)
      }
    }
    return resume(id: id)
  }

  func resume(id: String) -> Int32 {
    let journal: Journal
    do throws(JournalError) {
      journal = try Journal.open(session: id, layout: layout, store: store)
    } catch {
      return journalFailure(error, id: id)
    }
    if let notice = journal.recoveryNotice { console.line(notice, style: .warning) }
    let decoding = TranscriptDecoding(
      header: journal.header, events: journal.events, recovery: .clean)
    let loaded: LoadedSession
    switch loadSession(id, decoding: decoding) {
    case .success(let l): loaded = l
    case .failure(let status):
      journal.close()
      return status.code
    }
    reportRescript(loaded)
    reportChanges(loaded, id: id, command: "resume")
    for warning in loaded.warnings { console.error("warning: \(warning)") }
    if loaded.scripts == .current {
      // From now on the session runs on the current scripts: they become
      // its copies, so a later resume goes on where this one leaves off.
      keepCopies(
        of: loaded.machine.catalog.reachable(from: loaded.machine.roots).compactMap {
          loaded.machine.catalog.scripts[$0]
        }, session: id)
    } else {
      keepCopies(of: loaded.copiesToKeep, session: id)
    }
    return runSession(
      machine: loaded.machine, journal: journal, resumed: true,
      mayReplaceSnapshot: loaded.droppedAnswers.isEmpty && loaded.standIns.isEmpty)
  }
}
