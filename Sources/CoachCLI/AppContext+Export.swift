import CoachCore

/// `coach export`.
extension AppContext {
  func exportFormat(default fallback: ExportFormat) -> Result<ExportFormat, ExitStatus> {
    guard let name = arguments.format else {
      guard let file = arguments.output, file != "-" else { return .success(fallback) }
      // `-o plan.html` means HTML: the format follows the file's extension;
      // a name without one (`-o plan`, `-o /dev/stdout`) takes the default.
      if let format = ExportFormat(fileName: file) { return .success(format) }
      let name = file.split(separator: "/").last.map(String.init) ?? file
      if !name.dropFirst().contains(".") { return .success(fallback) }
      return .failure(ExitStatus(code: usage(.formatFromFileName(file))))
    }
    guard let format = ExportFormat(rawValue: name.lowercased()) else {
      let names = ExportFormat.allCases.map(\.rawValue)
      return .failure(ExitStatus(code: usage(.unknownFormat(name, formats: names))))
    }
    return .success(format)
  }

  /// Writes `plan` as `format` to `-o FILE` atomically (0600), or to
  /// stdout.
  ///
  /// Stdout and the real store take the bytes as they are made, a chunk at
  /// a time (`writeAtomically(to:producing:)`): a long plan's JSON is never
  /// held whole.
  func emit(_ plan: Plan, as format: ExportFormat) -> Int32 {
    let options = ExportOptions(events: arguments.events)
    guard let file = arguments.output, file != "-" else {
      console.export { chunk in format.renderUTF8(plan, options: options, chunks: chunk) }
      return Exit.ok
    }
    do throws(StoreError) {
      if let posix = store as? PosixFileStore {
        try posix.writeAtomically(to: file) { chunk in
          format.renderUTF8(plan, options: options, chunks: chunk)
        }
      } else {
        try store.writeAtomically(format.renderUTF8(plan, options: options), to: file)
      }
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
    let loaded: LoadedSession
    if let id = arguments.positionals.first {
      switch loadSession(id, keepEvents: false) {
      case .success(let l): loaded = l
      case .failure(let status): return status.code
      }
    } else {
      switch latestSession(unfinishedOnly: false) {
      case .failure(let status): return status.code
      case .success(nil):
        return fail(
          "error: no sessions in \(paths.dataDirectory); start one with '\(suggestion("start"))'"
        )
      case .success(let found?): loaded = found
      }
    }
    reportRescript(loaded)
    for warning in loaded.warnings { console.error("warning: \(warning)") }
    let plan = loaded.machine.plan()
    let (id, copies, mayReplace) = (loaded.id, loaded.copiesToKeep, loaded.mayReplaceSnapshot)
    // The session's answers go before the plan is rendered (see `replay`).
    _ = consume loaded
    releaseFreedMemory()
    if mayReplace {
      keepCopies(of: copies, session: id)
      refreshSnapshot(plan, id: id)
    }
    defer { keepUntilExit(plan) }
    return emit(plan, as: format)
  }

  /// Rewrites `plan.json` when it lags behind the transcript.
  ///
  /// Without the session's lock: an export must never stop a resume from
  /// opening the session. The write is atomic, and a coach that holds the
  /// session rewrites the snapshot itself when it leaves.
  func refreshSnapshot(_ plan: Plan, id: String) {
    let json = ExportFormat.json.renderUTF8(plan)
    let path = layout.planPath(of: id)
    if let current = try? store.read(path), current == json { return }
    try? store.writeAtomically(json, to: path)
  }
}
