import CoachCore

/// `coach check`.
extension AppContext {
  func check() -> Int32 {
    let loader = ScriptLoader(store: store)
    if arguments.positionals.isEmpty {
      let (_, diagnostics) = loadCatalog()
      for d in diagnostics { console.error(d.description) }
      return report(diagnostics)
    }
    let (scripts, found) = loader.load(arguments.positionals)
    var context: [Script] = []
    if let builtIn = Paths.builtInPrompts(environment: environment) {
      context = loader.load([builtIn]).scripts
    }
    let diagnostics = (found + ScriptValidator.validate(scripts, context: context))
      .sortedByPosition()
    for d in diagnostics { console.error(d.description) }
    return report(diagnostics, files: scripts.count)
  }

  func report(_ diagnostics: [Diagnostic], files: Int? = nil) -> Int32 {
    let errors = diagnostics.filter { $0.severity == .error }.count
    if errors > 0 {
      console.error("\(errors) error\(errors == 1 ? "" : "s") found.")
      return Exit.badData
    }
    let warnings = diagnostics.count
    if warnings > 0 {
      console.line("\(warnings) warning\(warnings == 1 ? "" : "s"), no errors found.")
    } else if let files {
      console.line("\(files) script\(files == 1 ? "" : "s") checked, no problems found.")
    } else {
      console.line("No problems found.")
    }
    return Exit.ok
  }
}
