import CoachCore

/// `coach scripts`.
extension AppContext {
  func listScripts() -> Int32 {
    guard case .success(let catalog) = catalogOrReport() else { return Exit.badData }
    let width = catalog.ordered.map { $0.id.count }.max() ?? 2
    for script in catalog.ordered {
      let pad = String(repeating: " ", count: max(0, width - script.id.count))
      let count = script.questions.count
      let mark = script.isDefault ? " (default)" : ""
      console.line(
        "\(script.id)\(pad)  \(script.title)\(mark)  \(count) question\(count == 1 ? "" : "s")")
    }
    return Exit.ok
  }
}
