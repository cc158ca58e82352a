import CoachCore

/// `coach scripts`.
extension AppContext {
  func listScripts() -> Int32 {
    guard case .success(let catalog) = catalogOrReport() else { return Exit.badData }
    let rows = catalog.ordered.map { script -> [String] in
      let count = script.questions.count
      let mark = script.isDefault ? " (default)" : ""
      let summary = (script.summary ?? "").split(whereSeparator: \.isNewline)
        .joined(separator: " ")
      return [
        script.id, script.title + mark, "\(count) question\(count == 1 ? "" : "s")", summary,
      ]
    }
    let table = TextTable(columns: ["ID", "TITLE", "QUESTIONS", "SUMMARY"])
    // A script without a summary leaves no spaces at the end of its line.
    for line in table.render(rows) {
      console.line(String(line.reversed().drop { $0 == " " }.reversed()))
    }
    return Exit.ok
  }
}
