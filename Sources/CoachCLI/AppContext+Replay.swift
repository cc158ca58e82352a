import CoachCore

/// `coach replay`.
extension AppContext {
  func replay() -> Int32 {
    guard let target = arguments.positionals.first else {
      return usage(.missingArgument(what: "transcript", give: "give a FILE or a session ID"))
    }
    let format: ExportFormat
    switch exportFormat(default: .markdown) {
    case .success(let f): format = f
    case .failure(let status): return status.code
    }
    let decoding: TranscriptDecoding
    let id: String
    let path: String
    // A name like `backup.txt` is a valid id too: it is a file when there is
    // no such session but there is such a file.
    let isFile =
      target.contains("/") || target.hasSuffix(".jsonl") || !SessionLayout.isValidID(target)
      || (store.modificationTime(layout.transcriptPath(of: target)) == nil
        && store.modificationTime(target) != nil)
    if isFile {
      let bytes: [UInt8]
      HugePageHeap.prepare(forTranscriptAt: target)
      do throws(StoreError) {
        guard let read = try store.read(target) else {
          return fail("error: no such file '\(target)'")
        }
        bytes = read
      } catch {
        return fail(error.description)
      }
      do throws(TranscriptError) {
        // Without `--show` the events go once applied: an `asked` one
        // need not keep its words.
        decoding = try TranscriptCodec.decode(bytes, askedText: arguments.show)
      } catch {
        return fail(error.formatted(file: target), status: Exit.badData)
      }
      id = decoding.header.session
      path = target
    } else {
      HugePageHeap.prepare(forTranscriptAt: layout.transcriptPath(of: target))
      do throws(JournalError) {
        decoding = try Journal.read(session: target, layout: layout, store: store)
      } catch {
        return journalFailure(error, id: target)
      }
      id = target
      path = layout.transcriptPath(of: target)
    }
    // A torn tail is ignored, by file or by id alike, and said so.
    if case .tornTail(_, let tail) = decoding.recovery {
      let bytes = tail.count == 1 ? "1 incomplete byte" : "\(tail.count) incomplete bytes"
      console.error("warning: \(path): ignoring \(bytes) at the end")
    }
    // A transcript file beside its session folder's scripts (or a session
    // by id) uses them; a file copied elsewhere uses those of the session
    // it names, when the data dir has it.
    let loaded: LoadedSession
    let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
    let beside = SessionLayout.join(folder, SessionLayout.scriptsName)
    let scripts = isFile && Paths.isDirectory(beside) ? beside : nil
    // Only `--show` reads the events again; without it they go once
    // applied, and so does the transcript as read (`consume`).
    switch loadSession(
      id, decoding: consume decoding, path: path, scripts: scripts, keepEvents: arguments.show)
    {
    case .success(let l): loaded = l
    case .failure(let status): return status.code
    }
    reportRescript(loaded)
    for change in loaded.changes where loaded.standIns.contains(change.id) {
      console.error(
        "note: script '\(change.id)' changed since this session was recorded; "
          + "answers are matched by step id")
    }
    var warnings = loaded.warnings
    // An answer that no longer fits is already named once.
    let unfit = Set(
      warnings.compactMap { warning -> String? in
        if case .answerNoLongerFits(let key, _) = warning { return key } else { return nil }
      })
    // Questions passed over (a /goto, a skip) are open in any session; they
    // are news only where the scripts differ from the recording.
    let differing = Set(
      loaded.scripts == .current ? loaded.changes.map(\.id) : loaded.standIns)
    // (With nothing differing there is nothing to look for: the walk is
    // left to the plan, which makes it once.)
    if !differing.isEmpty {
      warnings += loaded.machine.questionsSkippedOver()
        .filter { !unfit.contains($0) && differing.contains(String($0.prefix { $0 != "." })) }
        .map { .neverAnswered($0) }
    }
    for warning in warnings {
      console.error("\(arguments.strict ? "error" : "warning"): \(warning)")
    }
    if arguments.strict, !warnings.isEmpty { return Exit.badData }
    if arguments.show {
      ChatPrinter(console: console, speed: arguments.speed).print(
        loaded.decoding, machine: loaded.machine)
      return Exit.ok
    }
    // A plan written a part at a time needs little memory beside the
    // session's, so the session stays to the end and its memory goes back
    // at once with the process's (freeing a 100,000-answer session and its
    // walk object by object cost 80 M instructions).
    if format.rendersInParts {
      let plan = loaded.machine.plan(keepingWalk: true)
      keepUntilExit(loaded)
      defer { keepUntilExit(plan) }
      return emit(plan, as: format)
    }
    // Otherwise the session's answers go before the plan is rendered: a
    // long one's plan, its rendering and its answers are not all held at
    // once.
    let plan = loaded.machine.plan()
    _ = consume loaded
    releaseFreedMemory()
    defer { keepUntilExit(plan) }
    return emit(plan, as: format)
  }
}
