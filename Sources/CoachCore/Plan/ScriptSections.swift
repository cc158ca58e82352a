/// Collects, during the plan's walk, what goes into sections of its own: the
/// answers without a plan target and the computed values of every custom
/// script, and the questions not reached yet.
///
/// A script is custom when none of its steps has a `plan:` target: it
/// fills no section of the plan, so it gets one of its own. This depends on
/// the script alone, which a session keeps a copy of, so the live plan, an
/// export and a replay agree (whether the default script runs it would
/// not: a session started on one part keeps no copy of the default script).
struct ScriptSections {
  let catalog: ScriptCatalog
  /// The scripts that get a section of their own.
  let customScripts: Set<String>
  private var order: [String] = []
  private var entries: [String: [ScriptSection.Entry]] = [:]
  private var pendingOrder: [String] = []
  private var pendingCount: [String: Int] = [:]
  private var pendingFirst: [String: String] = [:]
  /// The scripts with a question so far that has no answer (not reached,
  /// or left open): a value computed after it would be worked out from
  /// nothing.
  private var unanswered: Set<String> = []

  init(catalog: ScriptCatalog) {
    self.catalog = catalog
    customScripts = catalog.customScripts
  }

  /// Whether `script` gets a section of its own.
  func isCustom(_ script: String) -> Bool { customScripts.contains(script) }

  /// A question of `script` that has no answer.
  mutating func unanswered(_ q: QuestionSlot) {
    if case .question = q.role { unanswered.insert(q.script) }
  }

  mutating func add(_ note: Note) {
    guard isCustom(note.script) else { return }
    append(
      ScriptSection.Entry(
        key: note.key, label: Commitment.plainQuestion(note.question), value: note.answer,
        isComputed: false, due: note.due), to: note.script)
  }

  /// A computed value, shown once every question of its script before it
  /// has an answer.
  mutating func add(computed key: String, value: Double, format: AnswerType, script: String) {
    guard isCustom(script), !unanswered.contains(script) else { return }
    let (step, round) = SessionState.split(key)
    let id = String(step.split(separator: ".").last ?? Substring(step))
    let label = PlanBuilder.words(id) + (round.map { " (\($0))" } ?? "")
    append(
      ScriptSection.Entry(
        key: key, label: label,
        value: AnswerParser.display(.number(value), type: format), isComputed: true, due: nil),
      to: script)
  }

  /// A question the walk shows but no answer has reached.
  mutating func pending(_ q: QuestionSlot) {
    unanswered(q)
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

extension Script {
  /// Whether any step puts its answer or value somewhere in the plan (a
  /// `plan:` target other than `none`).
  var fillsPlan: Bool {
    func fills(_ steps: [Step]) -> Bool {
      steps.contains { step in
        switch step.kind {
        case .ask(let q): return q.plan.map { $0 != "none" } ?? false
        case .compute(let c): return c.plan.map { $0 != "none" } ?? false
        case .group(let g): return fills(g.steps)
        default: return false
        }
      }
    }
    return fills(steps)
  }
}
