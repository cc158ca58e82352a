import CoachCore

/// The scripts available now: built-in and `--prompts`.
extension AppContext {
  /// The built-in scripts and the `--prompts` folders, a later folder's
  /// script replacing an earlier one's of the same id.
  ///
  /// A replacement may drop steps that a lower layer's script refers to
  /// (`career.stage`); those references become warnings, not errors: at
  /// run time they are simply unanswered. The catalog is `nil` only when
  /// there are errors.
  func loadCatalog() -> (ScriptCatalog?, [Diagnostic]) {
    let loader = ScriptLoader(store: store)
    var all: [Script] = []
    var diagnostics: [Diagnostic] = []
    var layerOfFile: [String: Int] = [:]
    var replacedAt: [String: Int] = [:]
    for (layer, paths) in catalogLayers.enumerated() {
      let (scripts, found) = loader.load(paths)
      diagnostics += found + ScriptValidator.duplicateIDs(in: scripts)
      for script in scripts {
        if all.contains(where: { $0.id == script.id }) { replacedAt[script.id] = layer }
        all.removeAll { $0.id == script.id }
        all.append(script)
        layerOfFile[script.file] = layer
      }
    }
    diagnostics += Self.validate(all, replacedAt: replacedAt, layerOfFile: layerOfFile)
    if all.isEmpty, diagnostics.isEmpty {
      diagnostics.append(
        Diagnostic(file: "coach", position: nil, message: noScriptsMessage))
    }
    let failed = diagnostics.contains { $0.severity == .error }
    return (failed ? nil : ScriptCatalog(all), diagnostics.sortedByPosition())
  }

  /// The catalog a new session over `requested` (none: the default
  /// script) needs: those scripts and every one they run or refer to, and
  /// no other script parsed.
  ///
  /// A broken script the session does not use is no reason to refuse it
  /// (`coach check` reports it). When anything the session needs is
  /// missing or broken, or a file cannot be told apart from the others,
  /// this is `loadCatalog()`, so the errors are the ones it reports.
  func loadCatalog(for requested: [String]) -> (ScriptCatalog?, [Diagnostic]) {
    sessionCatalog(for: requested) ?? loadCatalog()
  }

  private func sessionCatalog(for requested: [String]) -> (ScriptCatalog?, [Diagnostic])? {
    guard let index = ScriptIndex(layers: catalogLayers, loader: ScriptLoader(store: store))
    else { return nil }
    var queue = requested
    if queue.isEmpty {
      guard let id = index.defaultID else { return nil }
      queue = [id]
    }
    var loaded: [String: Script] = [:]
    var layerOfFile: [String: Int] = [:]
    var diagnostics: [Diagnostic] = []
    while !queue.isEmpty {
      let id = queue.removeFirst()
      guard loaded[id] == nil else { continue }
      guard let parsed = index.parse(id), let layer = index.winners[id]?.layer else {
        return nil
      }
      loaded[id] = parsed.script
      layerOfFile[parsed.script.file] = layer
      diagnostics += parsed.diagnostics
      queue += ScriptValidator.referencedScripts(of: parsed.script)
    }
    let scripts = index.order.compactMap { loaded[$0] }
    diagnostics += Self.validate(
      scripts, replacedAt: index.replacedAt, layerOfFile: layerOfFile)
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    return (ScriptCatalog(scripts), diagnostics.sortedByPosition())
  }

  /// The built-in scripts' folder, then each `--prompts` folder.
  private var catalogLayers: [[String]] {
    var layers: [[String]] = []
    if let builtIn = Paths.builtInPrompts(environment: environment) { layers.append([builtIn]) }
    for dir in arguments.prompts { layers.append([dir]) }
    return layers
  }

  /// What `ScriptValidator` finds in `scripts` besides duplicate ids (the
  /// loader reports those per folder), a reference into a script that a
  /// later folder replaced being a warning.
  private static func validate(
    _ scripts: [Script], replacedAt: [String: Int], layerOfFile: [String: Int]
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for var d in ScriptValidator.validate(scripts) where d.code != .duplicateScriptID {
      if let other = d.referencedScript, let replaced = replacedAt[other],
        let layer = layerOfFile[d.file], layer < replaced
      {
        d.severity = .warning
      }
      diagnostics.append(d)
    }
    return diagnostics
  }

  /// Where the scripts were looked for, and how to point coach at them.
  var noScriptsMessage: String {
    var looked: [String] = []
    if let dir = environment["COACH_PROMPTS"], !dir.isEmpty {
      looked.append("\(dir) (COACH_PROMPTS)")
    } else {
      looked += Paths.promptsCandidates()
    }
    looked += arguments.prompts.map { "\($0) (--prompts)" }
    let places = looked.isEmpty ? "nowhere" : looked.joined(separator: ", ")
    return "no scripts found; looked in: \(places). "
      + "Set COACH_PROMPTS to the folder of scripts (the Prompts folder of a checkout, or "
      + "share/coach/Prompts where coach is installed), or give --prompts DIR"
  }

  /// The catalog (with `requested`, the one a new session over those
  /// scripts needs), or the diagnostics printed and exit 65.
  func catalogOrReport(for requested: [String]? = nil) -> Result<ScriptCatalog, ExitStatus> {
    let (catalog, diagnostics) = requested.map(loadCatalog(for:)) ?? loadCatalog()
    guard let catalog else {
      for d in diagnostics where d.severity == .error { console.error(d.description) }
      return .failure(ExitStatus(code: Exit.badData))
    }
    return .success(catalog)
  }
}
