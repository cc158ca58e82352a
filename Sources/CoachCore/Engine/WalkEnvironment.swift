/// What an expression or a `{id}` sees at one point of a walk: the answers of
/// the same script, and within a group the answers of the same round.
struct WalkEnvironment: ExpressionEnvironment {
  let walker: SessionWalker
  let script: String
  /// The steps of the group being walked, if any (not the whole group: an
  /// environment is made for every step).
  let groupSteps: [Step]?
  let round: Int?

  /// The answer key an id names here.
  func key(for name: String) -> String {
    if Self.isQualified(name) { return name }
    if let groupSteps, groupSteps.contains(where: { $0.id == name }) {
      return AnswerKey(script: script, step: name, round: round).description
    }
    return script + "." + name
  }

  /// Whether the key an id names here is the same in every round (it is
  /// not one of the group's own steps).
  func keyIsFixed(for name: String) -> Bool {
    if Self.isQualified(name) { return true }
    guard let groupSteps else { return true }
    return !groupSteps.contains(where: { $0.id == name })
  }

  /// The question an id names here, if any.
  func question(named name: String) -> Question? {
    walker.catalog.questions[stepPath(for: name)]
  }

  /// The `script.step` an id names here, whatever its round.
  func stepPath(for name: String) -> String {
    Self.isQualified(name) ? name : script + "." + name
  }

  /// Whether `name` holds a `.` (the character): never without the byte,
  /// which is looked for first.
  private static func isQualified(_ name: String) -> Bool {
    name.utf8.contains(UInt8(ascii: ".")) && name.contains(".")
  }

  func value(of identifier: String) -> ExprValue {
    let key = key(for: identifier)
    if let n = walker.computedValue(for: key) { return .number(n) }
    guard let entry = walker.entry(for: key) else {
      return namedDeadline(Self.namesDeadline(question(named: identifier)))
        .map { .string($0.iso) } ?? .missing
    }
    guard let value = entry.value else { return .missing }
    switch value {
    case .text(let s): return .string(s)
    case .number(let n): return .number(n)
    case .bool(let b): return .bool(b)
    case .date(let d): return .string(d.iso)
    case .list(let l): return .list(l)
    }
  }

  func rounds(of identifier: String) -> Int? {
    guard let key = Self.groupKey(for: identifier, script: script, catalog: walker.catalog)
    else { return nil }
    return walker.roundsAnswered(groupKey: key)
  }

  /// The `script.group` an id inside `count(…)` names in `script`, or nil
  /// when it names no group.
  static func groupKey(for identifier: String, script: String, catalog: ScriptCatalog) -> String? {
    // `script.group`, or a group of this script; one key, built once.
    let key = identifier.utf8.contains(UInt8(ascii: ".")) ? identifier : "\(script).\(identifier)"
    return catalog.groups.contains(key) ? key : nil
  }

  /// How an id reads inside text.
  func display(_ name: String) -> String {
    let question = question(named: name)
    return display(
      name, key: key(for: name), type: question?.type, namesDeadline: Self.namesDeadline(question))
  }

  /// `display(name)`, given the key the id names here and what is read of
  /// its question, the type and `namesDeadline` (`ResolvedTemplate` finds
  /// them once for every round).
  func display(_ name: String, key: String, type: AnswerType?, namesDeadline: Bool) -> String {
    if let n = walker.computedValue(for: key) {
      let format = computedFormat(name)
      return AnswerParser.display(.number(n), type: format)
    }
    guard let entry = walker.entry(for: key) else {
      return namedDeadline(namesDeadline)?.short ?? "…"
    }
    guard let value = entry.value else { return "…" }
    if type == .money { return entry.text }
    // A day inside a sentence reads as words: "30 Sep 2027".
    if case .date(let day) = value { return day.short }
    return AnswerParser.display(value, type: type)
  }

  /// Whether `question` asks for a goal's deadline (`plan: goal.deadline`):
  /// where `namedDeadline` looks.
  static func namesDeadline(_ question: Question?) -> Bool {
    question?.plan == "goal.deadline"
  }

  /// The deadline the goal's own words named, for its deadline question
  /// (`plan: goal.deadline`) that was passed over because of them: so
  /// `answered(deadline)` and `{deadline}` see "… by September 2027" as the
  /// answer it makes unnecessary.
  private func namedDeadline(_ namesDeadline: Bool) -> CalendarDay? {
    guard namesDeadline,
      let goal = walker.smart[SessionState.key(script, round: round)]
    else { return nil }
    return goal.analysis.deadline
  }

  private func computedFormat(_ name: String) -> AnswerType {
    let id = name.split(separator: ".").last.map(String.init) ?? name
    guard
      let script = walker.catalog.scripts[
        name.contains(".") ? String(name.split(separator: ".")[0]) : script]
    else { return .number }
    func find(_ steps: [Step]) -> AnswerType? {
      for step in steps {
        if case .compute(let c) = step.kind, c.id == id { return c.format }
        if case .group(let g) = step.kind, let f = find(g.steps) { return f }
      }
      return nil
    }
    return find(script.steps) ?? .number
  }
}
