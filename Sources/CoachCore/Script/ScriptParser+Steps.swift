/// Parsing the step kinds that carry more than one key: questions,
/// computed values and groups.
extension ScriptParser {
  mutating func question(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: ScriptExpression?
  ) -> Step? {
    var id: String?
    var prompt: Template?
    var type = AnswerType.text
    var typePosition = position
    var q = Question(
      id: "", prompt: Template(parts: [], source: ""), type: .text, position: position)
    var optionsNode: YAMLNode?
    var defaultNode: YAMLNode?
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
        q.options = options(value)
      case "min": q.min = number(value, key: "min")
      case "max": q.max = number(value, key: "max")
      case "default":
        q.defaultAnswer = optionalText(value, key: "default")
        if q.defaultAnswer != nil { defaultNode = value }
      case "required": q.required = boolean(value, key: "required") ?? false
      case "why": q.why = optionalText(value, key: "why")
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
      case "plan":
        q.plan = planTarget(value)
        q.planPosition = value.position
      case "before":
        q.before = identifier(value, what: "step id")
        q.beforePosition = value.position
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
    if let defaultNode, let answer = q.defaultAnswer {
      checkDefault(answer, of: q, at: defaultNode)
    }
    return Step(kind: .ask(q), when: when, position: position)
  }

  mutating func checkShape(
    of q: Question, typePosition: TextPosition, optionsNode: YAMLNode?
  ) {
    if q.type.takesOptions {
      if q.options.isEmpty, optionsNode == nil {
        error(typePosition, "a '\(q.type.rawValue)' question needs 'options'")
      } else if q.options.isEmpty, let optionsNode {
        error(optionsNode.position, "'options' is empty; a choice needs at least two")
      }
      var seen = Set<String>()
      for option in q.options where !seen.insert(option.lowercased()).inserted {
        error(optionsNode?.position ?? typePosition, "option '\(option)' is listed twice")
      }
    } else {
      if let optionsNode {
        let types = AnswerType.allCases.filter(\.takesOptions).map { "'\($0.rawValue)'" }
        let names = types.joined(separator: " and ")
        error(optionsNode.position, "'options' only applies to \(names) questions")
      }
    }
    if let min = q.min, let max = q.max, min > max {
      error(
        q.position,
        "'min' (\(MoneyFormatter.formatNumber(min))) is greater than 'max' (\(MoneyFormatter.formatNumber(max)))"
      )
    }
    if q.before != nil, q.type != .date {
      error(q.beforePosition ?? typePosition, "'before' only applies to 'date' questions")
    }
    if q.checksSmart, !q.type.takesSmartCheck {
      let types = AnswerType.allCases.filter(\.takesSmartCheck).map { "'\($0.rawValue)'" }
      error(typePosition, "'check: smart' needs a \(types.joined(separator: " or ")) question")
    }
  }

  mutating func computation(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: ScriptExpression?
  ) -> Step? {
    var id: String?
    var expr: ScriptExpression?
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
          let allowed = AnswerType.allCases.filter(\.isComputeFormat)
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
    var c = Computation(
      id: id ?? "", expression: expr, expressionPosition: exprPosition, format: format, say: say,
      plan: plan)
    c.expressionOnOneLine =
      pairs.first { $0.key == "compute" }.map { Self.isOnOneLine($0.value) }
      ?? true
    return Step(kind: .compute(c), when: when, position: position)
  }

  mutating func group(
    _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: ScriptExpression?
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
      // Every answer rebuilds the rounds: a group stays small.
      case "min":
        minRounds = wholeNumber(pair.value, key: "min", in: 0...Self.maxRounds) ?? minRounds
      case "max":
        maxRounds = wholeNumber(pair.value, key: "max", in: 1...Self.maxRounds) ?? maxRounds
      case "more": more = template(pair.value, key: "more")
      case "steps":
        sawSteps = true
        steps = stepList(pair.value, inGroup: true)
      case "when": break
      default: unknownKey(pair.key, at: pair.keyPosition, allowed: Self.groupKeys)
      }
    }
    if !sawSteps { error(position, "the group has no 'steps'") }
    if minRounds > maxRounds {
      let at = pairs.first { $0.key == "min" }?.value.position ?? position
      error(at, "'min' (\(minRounds)) is greater than 'max' (\(maxRounds))")
    }
    let g = Group(
      id: id ?? "", steps: steps, minRounds: min(minRounds, maxRounds), maxRounds: maxRounds,
      more: more ?? ScriptParser.template("Would you like to add another?"))
    return Step(kind: .group(g), when: when, position: position)
  }
}
