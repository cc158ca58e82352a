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
    var layers: [[String]] = []
    if let builtIn = Paths.builtInPrompts(environment: environment) { layers.append([builtIn]) }
    for dir in arguments.prompts { layers.append([dir]) }
    let loader = ScriptLoader(store: store)
    var all: [Script] = []
    var diagnostics: [Diagnostic] = []
    var layerOfFile: [String: Int] = [:]
    var replacedAt: [String: Int] = [:]
    for (layer, paths) in layers.enumerated() {
      let (scripts, found) = loader.load(paths)
      diagnostics += found + ScriptValidator.duplicateIDs(in: scripts)
      for script in scripts {
        if all.contains(where: { $0.id == script.id }) { replacedAt[script.id] = layer }
        all.removeAll { $0.id == script.id }
        all.append(script)
        layerOfFile[script.file] = layer
      }
    }
    for var d in ScriptValidator.validate(all) where d.code != .duplicateScriptID {
      if let other = d.referencedScript, let replaced = replacedAt[other],
        let layer = layerOfFile[d.file], layer < replaced
      {
        d.severity = .warning
      }
      diagnostics.append(d)
    }
    if all.isEmpty, diagnostics.isEmpty {
      diagnostics.append(
        Diagnostic(file: "Prompts", position: nil, message: "no scripts found; use --prompts DIR"))
    }
    let failed = diagnostics.contains { $0.severity == .error }
    return (failed ? nil : ScriptCatalog(all), diagnostics.sortedByPosition())
  }

  /// The catalog, or the diagnostics printed and exit 65.
  func catalogOrReport() -> Result<ScriptCatalog, ExitStatus> {
    let (catalog, diagnostics) = loadCatalog()
    guard let catalog else {
      for d in diagnostics where d.severity == .error { console.error(d.description) }
      return .failure(ExitStatus(code: Exit.badData))
    }
    return .success(catalog)
  }
}
