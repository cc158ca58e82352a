import CoachCore

/// `coach graph SCRIPT`: the script's flow as Graphviz dot or Mermaid.
extension AppContext {
  func graph() -> Int32 {
    guard let name = arguments.positionals.first else {
      return usage(.missingArgument(what: "script", give: "give a script id or a file"))
    }
    let formatName = arguments.format ?? "dot"
    guard let format = ScriptGraph.Format(rawValue: formatName.lowercased()) else {
      return usage(
        .unknownFormat(formatName, formats: ScriptGraph.Format.allCases.map(\.rawValue)))
    }
    let script: Script
    if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") {
      let (scripts, diagnostics) = ScriptLoader(store: store).load([name])
      let errors = diagnostics.filter { $0.severity == .error }
      guard errors.isEmpty, let first = scripts.first else {
        for d in errors { console.error(d.description) }
        return Exit.badData
      }
      script = first
    } else {
      guard case .success(let catalog) = catalogOrReport() else { return Exit.badData }
      guard let found = catalog.scripts[name] else {
        let ids = catalog.ordered.map(\.id)
        let hint = Suggestion.hint(for: name, in: ids)
        return fail("error: no script '\(name)'\(hint) (see 'coach scripts')", status: Exit.usage)
      }
      script = found
    }
    console.export(ScriptGraph(script).render(format))
    return Exit.ok
  }
}
