/// Checks what no single file can tell: that every id a script refers to
/// exists, that ids are unique, that jumps go forward and sub-scripts exist.
public enum ScriptValidator {
  /// Every problem in `scripts`, in file order. `context` holds other
  /// scripts they may refer to (`run:`, `script.step`) that are not checked
  /// themselves, such as the built-in scripts when checking one file.
  public static func validate(_ scripts: [Script], context: [Script] = []) -> [Diagnostic] {
    var diagnostics = duplicateIDs(in: scripts)
    var byID: [String: Script] = [:]
    for script in context where !script.id.isEmpty { byID[script.id] = script }
    for script in scripts where !script.id.isEmpty { byID[script.id] = script }
    let defaults = byID.values.filter(\.isDefault).sorted { $0.file < $1.file }
    if defaults.count > 1 {
      for script in defaults.dropFirst() where scripts.contains(where: { $0.file == script.file }) {
        diagnostics.append(
          Diagnostic(
            file: script.file, position: TextPosition(line: 1, column: 1),
            message: "more than one script is marked 'default: true' (also '\(defaults[0].id)')"))
      }
    }
    for script in scripts {
      var checker = ReferenceChecker(script: script, scripts: byID)
      checker.check()
      diagnostics += checker.diagnostics
    }
    return diagnostics
  }

  /// The other scripts `script` depends on, in order of first mention: the
  /// ones it runs and the ones whose steps it names (`career.stage` in a
  /// `when`, a text, a computation or a `before`), as `validate` checks
  /// them. What a session over `script` must load besides it.
  public static func referencedScripts(of script: Script) -> [String] {
    var found: [String] = []
    func add(_ id: String) {
      if id != script.id, !found.contains(id) { found.append(id) }
    }
    /// A name in an expression or text: `script.step` names a script.
    func note(_ name: String) {
      let parts = name.split(separator: ".", maxSplits: 1)
      if parts.count == 2 { add(String(parts[0])) }
    }
    func visit(_ steps: [Step]) {
      for step in steps {
        for ref in step.when?.identifiers ?? [] { note(ref.name) }
        switch step.kind {
        case .say(let t): t.placeholders.forEach(note)
        case .ask(let q):
          q.prompt.placeholders.forEach(note)
          if let before = q.before { note(before) }
        case .compute(let c):
          for ref in c.expression.identifiers { note(ref.name) }
          c.say?.placeholders.forEach(note)
        case .group(let g):
          g.more.placeholders.forEach(note)
          visit(g.steps)
        case .run(let target): add(target)
        case .goto: break
        }
      }
    }
    visit(script.steps)
    return found
  }

  /// Scripts of one folder that share an id.
  public static func duplicateIDs(in scripts: [Script]) -> [Diagnostic] {
    var first: [String: Script] = [:]
    var diagnostics: [Diagnostic] = []
    for script in scripts where !script.id.isEmpty {
      if let earlier = first[script.id] {
        diagnostics.append(
          Diagnostic(
            file: script.file, position: TextPosition(line: 1, column: 1),
            message: "duplicate script id '\(script.id)' (also in \(earlier.file))",
            code: .duplicateScriptID))
      } else {
        first[script.id] = script
      }
    }
    return diagnostics
  }
}

/// Walks one script, checking each reference against the ids in scope.
private struct ReferenceChecker {
  let script: Script
  let scripts: [String: Script]
  var diagnostics: [Diagnostic] = []
  /// Script-level ids (questions, computed values, groups), with positions.
  var topLevel: [String: TextPosition] = [:]
  var groups: Set<String> = []
  /// Every question of the script, groups included, by id.
  var questions: [String: Question] = [:]

  init(script: Script, scripts: [String: Script]) {
    self.script = script
    self.scripts = scripts
  }

  mutating func error(_ position: TextPosition, _ message: String, referencing other: String? = nil)
  {
    diagnostics.append(
      Diagnostic(
        file: script.file, position: position, message: message, referencedScript: other))
  }

  mutating func warning(_ position: TextPosition, _ message: String) {
    diagnostics.append(
      Diagnostic(file: script.file, position: position, severity: .warning, message: message))
  }

  mutating func check() {
    for q in script.questions { questions[q.id] = q }
    for step in script.steps {
      if let id = step.id, !id.isEmpty { topLevel[id] = step.position }
      if case .group(let g) = step.kind { groups.insert(g.id) }
    }
    reportDuplicates()
    checkSteps(script.steps, group: nil)
  }

  mutating func reportDuplicates() {
    var first: [String: TextPosition] = [:]
    func visit(_ steps: [Step], _ checker: inout ReferenceChecker) {
      for step in steps {
        if let id = step.id, !id.isEmpty {
          if let earlier = first[id] {
            checker.error(
              step.position, "duplicate step id '\(id)' (first used at line \(earlier.line))")
          } else {
            first[id] = step.position
          }
        }
        if case .group(let g) = step.kind { visit(g.steps, &checker) }
      }
    }
    visit(script.steps, &self)
  }

  mutating func checkSteps(_ steps: [Step], group: Group?) {
    let groupIDs = Set(group?.steps.compactMap(\.id) ?? [])
    // After a `goto` that always jumps, the steps before its target.
    var jumpedPast: (line: Int, target: String, reported: Bool)?
    for (index, step) in steps.enumerated() {
      if let jump = jumpedPast {
        if step.id == jump.target {
          jumpedPast = nil
        } else if !jump.reported {
          warning(
            step.position,
            "this step can never be reached: the 'goto \(jump.target)' at line \(jump.line) always jumps past it"
          )
          jumpedPast?.reported = true
        }
      }
      // (A jump to a target that does not follow is an error of its own.)
      if case .goto(let target) = step.kind, step.when == nil, jumpedPast == nil,
        target == "end" || steps[(index + 1)...].contains(where: { $0.id == target })
      {
        jumpedPast = (step.position.line, target, false)
      }
      if let when = step.when {
        checkExpression(
          when, at: step.whenPosition ?? step.position, exact: step.whenOnOneLine,
          groupIDs: groupIDs)
        checkOptions(when, at: step.whenPosition ?? step.position, exact: step.whenOnOneLine)
      }
      switch step.kind {
      case .say(let t): checkTemplate(t, at: step.position, groupIDs: groupIDs, group: group)
      case .ask(let q):
        checkTemplate(q.prompt, at: step.position, groupIDs: groupIDs, group: group)
        if q.prompt.source.isEmpty {
          error(step.position, "the question '\(q.id)' has empty 'ask' text")
        }
        checkPlanType(q)
        if let before = q.before {
          let at = q.beforePosition ?? step.position
          checkIdentifier(before, at: at, groupIDs: groupIDs, allowGroups: false)
          if let other = question(named: before), other.type != .date {
            error(at, "'before: \(before)' needs a 'date' question, not '\(other.type.rawValue)'")
          }
        }
      case .compute(let c):
        checkExpression(
          c.expression, at: c.expressionPosition, exact: c.expressionOnOneLine, groupIDs: groupIDs)
        if let say = c.say {
          checkTemplate(say, at: step.position, groupIDs: groupIDs, group: group)
        }
      case .group(let g):
        checkTemplate(g.more, at: step.position, groupIDs: groupIDs, group: g)
        checkSteps(g.steps, group: g)
      case .goto(let target):
        if target == "end" { break }
        let later = steps[(index + 1)...].compactMap(\.id)
        if !later.contains(target) {
          if steps[..<index].contains(where: { $0.id == target }) {
            error(step.position, "'goto' can only jump forward; '\(target)' comes before it")
          } else {
            let hint = Suggestion.hint(for: target, in: later + ["end"])
            error(step.position, "unknown goto target '\(target)'\(hint)")
          }
        }
      case .run(let target):
        if target == script.id {
          error(step.position, "a script cannot run itself")
        } else if scripts[target] == nil {
          let hint = Suggestion.hint(for: target, in: scripts.keys.sorted())
          error(step.position, "unknown script '\(target)'\(hint)", referencing: target)
        }
      }
    }
  }

  /// Warns of a `when:` that compares a choice (or multi) to a value that
  /// is none of its options: the condition can then never be true (or
  /// never false), silently.
  mutating func checkOptions(_ e: ScriptExpression, at position: TextPosition, exact: Bool) {
    switch e {
    case .binary(let op, let left, let right):
      var pair: (String, Int, String)?
      switch (op, left, right) {
      case (.equal, .identifier(let n, let c), .string(let v)),
        (.notEqual, .identifier(let n, let c), .string(let v)),
        (.equal, .string(let v), .identifier(let n, let c)),
        (.notEqual, .string(let v), .identifier(let n, let c)),
        (.contains, .string(let v), .identifier(let n, let c)):
        pair = (n, c, v)
      default: break
      }
      if let (name, column, value) = pair, let q = question(named: name),
        q.type.takesOptions, !q.options.isEmpty,
        !q.options.contains(where: { $0.lowercased() == value.lowercased() })
      {
        let at = TextPosition(
          line: position.line, column: exact ? position.column + column - 1 : position.column)
        let options = q.options.map { "'\($0)'" }.joined(separator: ", ")
        warning(
          at,
          "'\(name)' is never \"\(value)\": its options are \(options)\(Suggestion.hint(for: value, in: q.options))"
        )
      }
      checkOptions(left, at: position, exact: exact)
      checkOptions(right, at: position, exact: exact)
    case .not(let x), .negate(let x): checkOptions(x, at: position, exact: exact)
    case .call(_, let arguments, _):
      for a in arguments { checkOptions(a, at: position, exact: exact) }
    default: break
    }
  }

  /// The question a name in an expression refers to: an id of this
  /// script, or `script.step`.
  func question(named name: String) -> Question? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    if parts.count == 2 {
      return scripts[parts[0]]?.questions.first { $0.id == parts[1] }
    }
    return questions[name]
  }

  mutating func checkPlanType(_ q: Question) {
    guard let name = q.plan, let target = PlanTarget.named(name),
      let problem = target.problem(with: q.type)
    else { return }
    error(q.planPosition ?? q.position, problem)
  }

  mutating func checkTemplate(
    _ t: Template, at position: TextPosition, groupIDs: Set<String>, group: Group?
  ) {
    for (index, name) in t.placeholders.enumerated() {
      if name == "round", group != nil { continue }
      let at = t.position(ofPlaceholder: index) ?? position
      checkIdentifier(name, at: at, groupIDs: groupIDs, allowGroups: false)
    }
  }

  /// Checks the ids of `e`; with `exact`, each is reported at its own
  /// column, else (a text over several lines) at the text's start.
  mutating func checkExpression(
    _ e: ScriptExpression, at position: TextPosition, exact: Bool, groupIDs: Set<String>
  ) {
    for ref in e.identifiers {
      let column = exact ? position.column + ref.column - 1 : position.column
      let at = TextPosition(line: position.line, column: column)
      checkIdentifier(ref.name, at: at, groupIDs: groupIDs, allowGroups: true)
    }
  }

  mutating func checkIdentifier(
    _ name: String, at position: TextPosition, groupIDs: Set<String>, allowGroups: Bool
  ) {
    // Most names are of this script's steps: no split, no array.
    let parts =
      name.utf8.contains(UInt8(ascii: "."))
      ? name.split(separator: ".", maxSplits: 1).map(String.init) : []
    if parts.count == 2 {
      guard let other = scripts[parts[0]] else {
        let hint = Suggestion.hint(for: parts[0], in: scripts.keys.sorted())
        error(position, "unknown script '\(parts[0])' in '\(name)'\(hint)", referencing: parts[0])
        return
      }
      let ids = Self.allIDs(of: other)
      if !ids.contains(parts[1]) {
        error(
          position,
          "unknown step id '\(parts[1])' in script '\(parts[0])'\(Suggestion.hint(for: parts[1], in: ids))",
          referencing: parts[0])
      }
      return
    }
    if groupIDs.contains(name) || topLevel[name] != nil { return }
    let known = Array(groupIDs) + topLevel.keys.sorted()
    error(position, "unknown step id '\(name)'\(Suggestion.hint(for: name, in: known))")
  }

  static func allIDs(of script: Script) -> [String] {
    var ids: [String] = []
    func visit(_ steps: [Step]) {
      for step in steps {
        if let id = step.id { ids.append(id) }
        if case .group(let g) = step.kind { visit(g.steps) }
      }
    }
    visit(script.steps)
    return ids
  }
}
