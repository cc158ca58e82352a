/// Turns a script file's text into a `Script`, collecting every problem it
/// finds instead of stopping at the first.
///
/// The parser checks what one file can tell: keys, types, values and
/// expression syntax. References between steps and scripts are checked by
/// `ScriptValidator`, which sees every script at once.
public struct ScriptParser {
  public let file: String
  var diagnostics: [Diagnostic] = []

  static let scriptKeys = ["id", "title", "summary", "default", "steps"]
  static let stepKinds = ["ask", "say", "compute", "group", "goto", "run"]
  static let questionKeys = [
    "id", "ask", "type", "options", "min", "max", "default", "required", "when", "why",
    "private", "check", "plan", "followup",
  ]
  static let computeKeys = ["id", "compute", "format", "say", "when", "plan"]
  static let groupKeys = ["group", "min", "max", "more", "steps", "when"]

  public init(file: String) {
    self.file = file
  }

  /// Parses `text`; the script is `nil` when it could not be read at all.
  public static func parse(_ text: String, file: String) -> (Script?, [Diagnostic]) {
    var parser = ScriptParser(file: file)
    let script = parser.parse(text)
    return (script, parser.diagnostics)
  }

  mutating func parse(_ text: String) -> Script? {
    let root: YAMLNode
    switch YAMLReader.read(text) {
    case .failure(let failure):
      error(failure.position, failure.message)
      return nil
    case .success(nil):
      error(
        TextPosition(line: 1, column: 1),
        "the file is empty; a script needs 'id', 'title' and 'steps'")
      return nil
    case .success(let node?):
      root = node
    }
    guard case .mapping(let pairs, _) = root else {
      error(root.position, "a script must be a mapping with 'id', 'title' and 'steps'")
      return nil
    }
    var id: String?
    var title: String?
    var summary: String?
    var isDefault = false
    var steps: [Step] = []
    var sawSteps = false
    for pair in pairs {
      switch pair.key {
      case "id": id = identifier(pair.value, what: "script id")
      case "title": title = self.text(pair.value, key: "title")
      case "summary": summary = self.text(pair.value, key: "summary")
      case "default": isDefault = boolean(pair.value, key: "default") ?? false
      case "steps":
        sawSteps = true
        steps = stepList(pair.value, inGroup: false)
      default:
        unknownKey(pair.key, at: pair.keyPosition, allowed: Self.scriptKeys)
      }
    }
    if id == nil, !pairs.contains(where: { $0.key == "id" }) {
      error(root.position, "the script has no 'id'")
    }
    if title == nil, !pairs.contains(where: { $0.key == "title" }) {
      error(root.position, "the script has no 'title'")
    }
    if !sawSteps { error(root.position, "the script has no 'steps'") }
    return Script(
      id: id ?? "", title: title ?? id ?? "", summary: summary, isDefault: isDefault,
      steps: steps, file: file, contentHash: StableHash.hex128(text))
  }

  // MARK: Steps

  private mutating func stepList(_ node: YAMLNode, inGroup: Bool) -> [Step] {
    guard case .sequence(let items, _) = node else {
      error(node.position, "'steps' must be a list of steps")
      return []
    }
    if items.isEmpty { error(node.position, "'steps' is empty; add at least one step") }
    return items.compactMap { step($0, inGroup: inGroup) }
  }

  private mutating func step(_ node: YAMLNode, inGroup: Bool) -> Step? {
    guard case .mapping(let pairs, let position) = node else {
      error(node.position, "a step must be a mapping such as 'ask: ...' or 'say: ...'")
      return nil
    }
    let keys = pairs.map(\.key)
    let kinds = keys.filter { Self.stepKinds.contains($0) }
    var when: Expression?
    var whenPosition: TextPosition?
    if let pair = pairs.first(where: { $0.key == "when" }) {
      when = expression(pair.value)
      whenPosition = Self.textStart(pair.value)
    }
    let kind: String
    if kinds.contains("compute") {
      kind = "compute"
    } else if kinds.count == 1, let only = kinds.first {
      kind = only
    } else if kinds.isEmpty {
      for pair in pairs where !Self.questionKeys.contains(pair.key) {
        unknownKey(
          pair.key, at: pair.keyPosition,
          allowed: Self.questionKeys + Self.stepKinds + Self.groupKeys)
      }
      error(position, "a step needs one of 'ask', 'say', 'compute', 'group', 'goto' or 'run'")
      return nil
    } else {
      error(
        position,
        "a step can be only one of \(kinds.map { "'\($0)'" }.joined(separator: ", "))")
      return nil
    }
    var step: Step?
    switch kind {
    case "ask": step = question(pairs, position: position, when: when)
    case "compute": step = computation(pairs, position: position, when: when)
    case "group":
      if inGroup { error(position, "groups cannot be nested") }
      step = group(pairs, position: position, when: when)
    default:
      step = simpleStep(kind, pairs, position: position, when: when)
    }
    step?.whenPosition = whenPosition
    return step
  }

  private mutating func simpleStep(
    _ kind: String, _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: Expression?
  ) -> Step? {
    var result: Step?
    for pair in pairs {
      switch pair.key {
      case "when": break
      case "say" where kind == "say":
        if let t = template(pair.value, key: "say") {
          result = Step(kind: .say(t), when: when, position: position)
        }
      case "goto" where kind == "goto":
        if let target = identifier(pair.value, what: "goto target") {
          result = Step(kind: .goto(target), when: when, position: pair.value.position)
        }
      case "run" where kind == "run":
        if let target = identifier(pair.value, what: "script id") {
          result = Step(kind: .run(target), when: when, position: pair.value.position)
        }
      default:
        unknownKey(pair.key, at: pair.keyPosition, allowed: [kind, "when"])
      }
    }
    return result
  }

  private mutating func question(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: Expression?
  ) -> Step? {
    var id: String?
    var prompt: Template?
    var type = AnswerType.text
    var typePosition = position
    var q = Question(
      id: "", prompt: Template(parts: [], source: ""), type: .text, position: position)
    var optionsNode: YAMLNode?
    for pair in pairs {
      let value = pair.value
      switch pair.key {
      case "id": id = identifier(value, what: "step id")
      case "ask": prompt = template(value, key: "ask")
      case "type":
        typePosition = value.position
        if let name = text(value, key: "type") {
          if let t = AnswerType(rawValue: name) {
            type = t
          } else {
            let names = AnswerType.allCases.map(\.rawValue)
            error(value.position, "unknown type '\(name)'\(Suggestion.hint(for: name, in: names))")
          }
        }
      case "options":
        optionsNode = value
        q.options = stringList(value, key: "options")
      case "min": q.min = number(value, key: "min")
      case "max": q.max = number(value, key: "max")
      case "default": q.defaultAnswer = text(value, key: "default")
      case "required": q.required = boolean(value, key: "required") ?? false
      case "why": q.why = text(value, key: "why")
      case "private": q.isPrivate = boolean(value, key: "private") ?? false
      case "followup": q.smartFollowUps = boolean(value, key: "followup") ?? true
      case "check":
        if let name = text(value, key: "check") {
          if name == "smart" {
            q.checksSmart = true
          } else {
            error(
              value.position, "unknown check '\(name)'\(Suggestion.hint(for: name, in: ["smart"]))")
          }
        }
      case "plan": q.plan = planTarget(value)
      case "when": break
      default: unknownKey(pair.key, at: pair.keyPosition, allowed: Self.questionKeys)
      }
    }
    if id == nil, !pairs.contains(where: { $0.key == "id" }) {
      error(position, "the question has no 'id'; every 'ask' needs one")
    }
    q.id = id ?? ""
    q.prompt = prompt ?? Template(parts: [], source: "")
    q.type = type
    checkShape(of: q, typePosition: typePosition, optionsNode: optionsNode)
    return Step(kind: .ask(q), when: when, position: position)
  }

  private mutating func checkShape(
    of q: Question, typePosition: TextPosition, optionsNode: YAMLNode?
  ) {
    switch q.type {
    case .choice, .multi:
      if q.options.isEmpty, optionsNode == nil {
        error(typePosition, "a '\(q.type.rawValue)' question needs 'options'")
      } else if q.options.isEmpty, let optionsNode {
        error(optionsNode.position, "'options' is empty; a choice needs at least two")
      }
      var seen = Set<String>()
      for option in q.options where !seen.insert(option.lowercased()).inserted {
        error(optionsNode?.position ?? typePosition, "option '\(option)' is listed twice")
      }
    default:
      if let optionsNode {
        error(optionsNode.position, "'options' only applies to 'choice' and 'multi' questions")
      }
    }
    if let min = q.min, let max = q.max, min > max {
      error(
        q.position,
        "'min' (\(MoneyFormatter.formatNumber(min))) is greater than 'max' (\(MoneyFormatter.formatNumber(max)))"
      )
    }
    if q.checksSmart, q.type != .text, q.type != .long {
      error(typePosition, "'check: smart' needs a 'text' or 'long' question")
    }
  }

  private mutating func computation(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: Expression?
  ) -> Step? {
    var id: String?
    var expr: Expression?
    var exprPosition = position
    var format = AnswerType.number
    var say: Template?
    var plan: String?
    for pair in pairs {
      switch pair.key {
      case "id": id = identifier(pair.value, what: "step id")
      case "compute":
        expr = expression(pair.value)
        exprPosition = Self.textStart(pair.value)
      case "format":
        if let name = text(pair.value, key: "format") {
          let allowed: [AnswerType] = [.number, .integer, .money, .percent]
          if let t = AnswerType(rawValue: name), allowed.contains(t) {
            format = t
          } else {
            error(
              pair.value.position,
              "unknown format '\(name)'\(Suggestion.hint(for: name, in: allowed.map(\.rawValue)))")
          }
        }
      case "say": say = template(pair.value, key: "say")
      case "plan": plan = planTarget(pair.value)
      case "when": break
      default: unknownKey(pair.key, at: pair.keyPosition, allowed: Self.computeKeys)
      }
    }
    if id == nil, !pairs.contains(where: { $0.key == "id" }) {
      error(position, "the computed value has no 'id'")
    }
    guard let expr else { return nil }
    let c = Computation(
      id: id ?? "", expression: expr, expressionPosition: exprPosition, format: format, say: say,
      plan: plan)
    return Step(kind: .compute(c), when: when, position: position)
  }

  private mutating func group(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: Expression?
  ) -> Step? {
    var id: String?
    var steps: [Step] = []
    var minRounds = 1
    var maxRounds = 10
    var more: Template?
    var sawSteps = false
    for pair in pairs {
      switch pair.key {
      case "group": id = identifier(pair.value, what: "group id")
      case "min": minRounds = Int(number(pair.value, key: "min") ?? 1)
      case "max": maxRounds = Int(number(pair.value, key: "max") ?? 10)
      case "more": more = template(pair.value, key: "more")
      case "steps":
        sawSteps = true
        steps = stepList(pair.value, inGroup: true)
      case "when": break
      default: unknownKey(pair.key, at: pair.keyPosition, allowed: Self.groupKeys)
      }
    }
    if !sawSteps { error(position, "the group has no 'steps'") }
    if minRounds < 0 || maxRounds < 1 || minRounds > maxRounds {
      error(position, "a group needs 0 <= min <= max and max >= 1")
    }
    let g = Group(
      id: id ?? "", steps: steps, minRounds: max(0, minRounds), maxRounds: max(1, maxRounds),
      more: more ?? ScriptParser.template("Would you like to add another?"))
    return Step(kind: .group(g), when: when, position: position)
  }
}
