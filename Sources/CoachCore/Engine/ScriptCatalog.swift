/// The scripts a session can use, by id, and what each refers to.
public struct ScriptCatalog: Sendable {
  public let scripts: [String: Script]
  /// Scripts in the order they were loaded (built-in first, by file name).
  public let ordered: [Script]
  /// For each `script.step`, the `script.step`s whose `when`, text or
  /// computation refers to it: what must be asked again when it changes.
  let dependents: [String: Set<String>]
  /// For each `script.step`, the group it belongs to, if any.
  let groupOf: [String: String]
  /// Every question by `script.step`.
  let questions: [String: Question]
  /// Every group of a script's own steps, as `script.group`: what
  /// `count(group)` may name.
  let groups: Set<String>
  /// The scripts none of whose steps has a `plan:` target, which get a
  /// section of the plan of their own (`ScriptSections`): worked out once
  /// here, not for every plan built.
  let customScripts: Set<String>

  public init(_ scripts: [Script]) {
    var byID: [String: Script] = [:]
    var ordered: [Script] = []
    for script in scripts {
      if byID[script.id] == nil {
        ordered.append(script)
      } else if let i = ordered.firstIndex(where: { $0.id == script.id }) {
        ordered[i] = script
      }
      byID[script.id] = script
    }
    self.scripts = byID
    self.ordered = ordered
    var dependents: [String: Set<String>] = [:]
    var groupOf: [String: String] = [:]
    var questions: [String: Question] = [:]
    var groups: Set<String> = []
    for script in ordered {
      for step in script.steps {
        if case .group(let g) = step.kind { groups.insert("\(script.id).\(g.id)") }
      }
      func resolve(_ name: String) -> String {
        name.contains(".") ? name : "\(script.id).\(name)"
      }
      func visit(_ steps: [Step], group: Group?) {
        for step in steps {
          var refs: [String] = []
          if let when = step.when { refs += when.identifiers.map(\.name) }
          switch step.kind {
          case .ask(let q):
            refs += q.prompt.placeholders
            questions["\(script.id).\(q.id)"] = q
            if let g = group { groupOf["\(script.id).\(q.id)"] = g.id }
          case .compute(let c):
            refs += c.expression.identifiers.map(\.name)
            refs += c.say?.placeholders ?? []
            if let g = group { groupOf["\(script.id).\(c.id)"] = g.id }
          case .say(let t): refs += t.placeholders
          case .group(let g): visit(g.steps, group: g)
          default: break
          }
          guard let id = step.id else { continue }
          let me = "\(script.id).\(id)"
          for ref in refs where ref != "round" {
            dependents[resolve(ref), default: []].insert(me)
          }
        }
      }
      visit(script.steps, group: nil)
    }
    self.dependents = dependents
    self.groupOf = groupOf
    self.questions = questions
    self.groups = groups
    self.customScripts = Set(byID.values.filter { !$0.fillsPlan }.map(\.id))
  }

  /// The script marked `default: true`, else none.
  public var defaultScript: Script? { ordered.first(where: \.isDefault) }

  /// The scripts a session over `roots` can reach through `run:` steps.
  public func reachable(from roots: [String]) -> [String] {
    var seen: [String] = []
    func visit(_ id: String) {
      guard !seen.contains(id), let script = scripts[id] else { return }
      seen.append(id)
      func walk(_ steps: [Step]) {
        for step in steps {
          if case .run(let target) = step.kind { visit(target) }
          if case .group(let g) = step.kind { walk(g.steps) }
        }
      }
      walk(script.steps)
    }
    roots.forEach(visit)
    return seen
  }

  /// Every `script.step` that depends, directly or through others, on `step`.
  func transitiveDependents(of step: String) -> Set<String> {
    var result: Set<String> = []
    var queue = [step]
    while let next = queue.popLast() {
      for d in dependents[next, default: []] where result.insert(d).inserted {
        queue.append(d)
      }
    }
    return result
  }
}

extension ScriptCatalog {
  /// The group of its script that the question of `slot` belongs to: a
  /// follow-up's is its goal's, an "another?" question's is its own; nil
  /// outside a group (a sub-script run inside a round included).
  func group(of slot: QuestionSlot) -> String? {
    if case .more(let group) = slot.role { return group }
    guard slot.round != nil else { return nil }
    // A follow-up's id is its goal's, with the facet after a colon.
    // (Found in its bytes: a `Character` search is grapheme by grapheme.)
    let id = slot.question.id
    let step = id.utf8.firstIndex(of: UInt8(ascii: ":")).map { String(id[..<$0]) } ?? id
    return groupOf[slot.script + "." + step]
  }
}
