import CoachCore
import Glibc

/// `coach export` and `coach replay`.
extension AppContext {
  func exportFormat(default fallback: ExportFormat) -> Result<ExportFormat, ExitStatus> {
    guard let name = arguments.format else { return .success(fallback) }
    guard let format = ExportFormat(rawValue: name.lowercased()) else {
      let names = ExportFormat.allCases.map(\.rawValue)
      let hint = Suggestion.closest(to: name, in: names).map { " Did you mean '\($0)'?" } ?? ""
      let status = usage(
        "Unknown format '\(name)'.\(hint) Formats: \(names.joined(separator: ", ")).")
      return .failure(ExitStatus(code: status))
    }
    return .success(format)
  }

  /// Writes `text` to `-o FILE` atomically (0600), or to stdout.
  func emit(_ text: String) -> Int32 {
    guard let file = arguments.output, file != "-" else {
      console.export(text)
      return Exit.ok
    }
    do throws(StoreError) {
      try store.writeAtomically(Array(text.utf8), to: file)
    } catch {
      return fail(error.description)
    }
    return Exit.ok
  }

  func export() -> Int32 {
    let format: ExportFormat
    switch exportFormat(default: .markdown) {
    case .success(let f): format = f
    case .failure(let status): return status.code
    }
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    let loaded: LoadedSession
    if let id = arguments.positionals.first {
      do throws(JournalError) {
        let decoding = try Journal.read(session: id, layout: layout, store: store)
        loaded = Self.rebuild(decoding, id: id, catalog: catalog)
      } catch {
        return journalFailure(error, id: id)
      }
    } else {
      switch latestSession(catalog: catalog, unfinishedOnly: false) {
      case .failure(let status): return status.code
      case .success(nil):
        return fail("error: no sessions in \(paths.dataDirectory); start one with 'coach start'")
      case .success(let found?): loaded = found
      }
    }
    // Without its scripts a session rebuilds to an empty plan: say so
    // rather than print it and overwrite the snapshot with it.
    if let status = missingScripts(loaded.decoding, catalog: catalog) { return status }
    let plan = PlanBuilder(engine: loaded.engine).build(sessionID: loaded.id)
    refreshSnapshot(plan, id: loaded.id)
    return emit(format.render(plan, options: ExportOptions(events: arguments.events)))
  }

  /// Rewrites `plan.json` when it lags behind the transcript. Only when no
  /// other coach holds the session: the writer keeps it up to date itself.
  func refreshSnapshot(_ plan: Plan, id: String) {
    let json = Array(ExportFormat.json.render(plan).utf8)
    let path = layout.planPath(of: id)
    if let current = try? store.read(path), current == json { return }
    guard let journal = try? Journal.open(session: id, layout: layout, store: store) else { return }
    // Opening repaired a torn tail: say so, as resume would (on stderr,
    // since stdout carries the export).
    if let notice = journal.recoveryNotice { console.error(notice) }
    try? journal.savePlan(json)
    journal.close()
  }

  func journalFailure(_ error: JournalError, id: String) -> Int32 {
    switch error {
    case .missing, .invalidID:
      let known = (try? layout.sessionIDs(in: store)) ?? []
      let hint = Suggestion.closest(to: id, in: known).map { "; did you mean '\($0)'?" } ?? ""
      return fail("error: no session '\(id)'\(hint)", status: Exit.usage)
    case .transcript: return fail(error.description, status: Exit.badData)
    default: return fail(error.description)
    }
  }

  /// Reports the scripts of `decoding` that are not in `catalog`, if any:
  /// exit 65.
  func missingScripts(_ decoding: TranscriptDecoding, catalog: ScriptCatalog) -> Int32? {
    let missing = decoding.header.roots.filter { catalog.scripts[$0] == nil }
    guard !missing.isEmpty else { return nil }
    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
    return fail(
      "error: the transcript uses scripts that are not available: \(names)", status: Exit.badData)
  }

  func replay() -> Int32 {
    guard let target = arguments.positionals.first else {
      return usage("Missing transcript: give a FILE or a session ID.")
    }
    let format: ExportFormat
    switch exportFormat(default: .markdown) {
    case .success(let f): format = f
    case .failure(let status): return status.code
    }
    let catalog: ScriptCatalog
    switch catalogOrReport() {
    case .success(let c): catalog = c
    case .failure(let status): return status.code
    }
    let decoding: TranscriptDecoding
    let id: String
    // A name like `backup.txt` is a valid id too: it is a file when there is
    // no such session but there is such a file.
    let isFile =
      target.contains("/") || target.hasSuffix(".jsonl") || !SessionLayout.isValidID(target)
      || (store.modificationTime(layout.transcriptPath(of: target)) == nil
        && store.modificationTime(target) != nil)
    if isFile {
      let bytes: [UInt8]
      do throws(StoreError) {
        guard let read = try store.read(target) else {
          return fail("error: no such file '\(target)'")
        }
        bytes = read
      } catch {
        return fail(error.description)
      }
      do throws(TranscriptError) {
        decoding = try TranscriptCodec.decode(bytes)
      } catch {
        return fail(error.formatted(file: target), status: Exit.badData)
      }
      id = decoding.header.session
    } else {
      do throws(JournalError) {
        decoding = try Journal.read(session: target, layout: layout, store: store)
      } catch {
        return journalFailure(error, id: target)
      }
      id = target
    }
    // A torn tail is ignored, by file or by id alike, and said so.
    if case .tornTail(_, let tail) = decoding.recovery {
      let path = isFile ? target : layout.transcriptPath(of: target)
      let bytes = tail.count == 1 ? "1 incomplete byte" : "\(tail.count) incomplete bytes"
      console.error("warning: \(path): ignoring \(bytes) at the end")
    }
    if let status = missingScripts(decoding, catalog: catalog) { return status }
    var changed: Set<String> = []
    for stamp in decoding.header.scripts {
      if let script = catalog.scripts[stamp.id], script.contentHash != stamp.hash {
        changed.insert(stamp.id)
        console.error(
          "note: script '\(stamp.id)' changed since this session was recorded; "
            + "answers are matched by step id")
      }
    }
    let loaded = Self.rebuild(decoding, id: id, catalog: catalog)
    var warnings = loaded.warnings
    // An answer that no longer fits is already named once.
    let unfit = Set(
      warnings.compactMap { warning -> String? in
        if case .answerNoLongerFits(let key, _) = warning { return key } else { return nil }
      })
    // Questions passed over (a /goto, a skip) are open in any session; they
    // are news only where the script changed since the recording.
    warnings += loaded.engine.questionsSkippedOver()
      .filter { !unfit.contains($0) && changed.contains(String($0.prefix { $0 != "." })) }
      .map { .neverAnswered($0) }
    for warning in warnings {
      console.error("\(arguments.strict ? "error" : "warning"): \(warning)")
    }
    if arguments.strict, !warnings.isEmpty { return Exit.badData }
    if arguments.show {
      ChatPrinter(console: console, speed: arguments.speed).print(decoding, engine: loaded.engine)
      return Exit.ok
    }
    let plan = PlanBuilder(engine: loaded.engine).build(sessionID: id)
    return emit(format.render(plan))
  }
}
