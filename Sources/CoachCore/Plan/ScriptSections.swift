/// Collects, during the plan's walk, what goes into sections of its own: the
/// answers without a plan target and the computed values of every script
/// outside the default path, and the questions not reached yet.
struct ScriptSections {
  let catalog: ScriptCatalog
  /// The default script and the scripts it runs: their answers fill the
  /// plan's own sections (and the notes), never a section of their own.
  let pathScripts: Set<String>
  private var order: [String] = []
  private var entries: [String: [ScriptSection.Entry]] = [:]
  private var pendingOrder: [String] = []
  private var pendingCount: [String: Int] = [:]
  private var pendingFirst: [String: String] = [:]

  init(catalog: ScriptCatalog) {
    self.catalog = catalog
    pathScripts = Set(catalog.defaultScript.map { catalog.reachable(from: [$0.id]) } ?? [])
  }

  /// Whether `script` gets a section of its own.
  func isCustom(_ script: String) -> Bool { !pathScripts.contains(script) }

  mutating func add(_ note: Note) {
    guard isCustom(note.script) else { return }
    append(
      ScriptSection.Entry(
        key: note.key, label: Commitment.plainQuestion(note.question), value: note.answer,
        isComputed: false, due: note.due), to: note.script)
  }

  mutating func add(computed key: String, value: Double, format: AnswerType, script: String) {
    guard isCustom(script) else { return }
    let step = SessionState.split(key).step
    let id = String(step.split(separator: ".").last ?? Substring(step))
    append(
      ScriptSection.Entry(
        key: key, label: PlanBuilder.featureLabel(id),
        value: AnswerParser.display(.number(value), type: format), isComputed: true, due: nil),
      to: script)
  }

  /// A question the walk shows but no answer has reached.
  mutating func pending(_ q: QuestionSlot) {
    switch q.role {
    case .question: break
    case .more, .followUp, .nudge: return
    }
    if pendingCount[q.script] == nil {
      pendingOrder.append(q.script)
      pendingFirst[q.script] = Commitment.plainQuestion(q.text)
    }
    pendingCount[q.script, default: 0] += 1
  }

  private mutating func append(_ entry: ScriptSection.Entry, to script: String) {
    if entries[script] == nil { order.append(script) }
    entries[script, default: []].append(entry)
  }

  var sections: [ScriptSection]? {
    let list = order.map { id in
      ScriptSection(
        script: id, title: catalog.scripts[id]?.title ?? id, entries: entries[id] ?? [])
    }
    return list.isEmpty ? nil : list
  }

  var stillToCome: [PendingPart]? {
    let list = pendingOrder.map { id in
      PendingPart(
        script: id, title: catalog.scripts[id]?.title ?? id, count: pendingCount[id] ?? 0,
        first: pendingFirst[id] ?? "")
    }
    return list.isEmpty ? nil : list
  }
}
