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
    "private", "check", "plan", "followup", "before",
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
    var problems: [YAMLError] = []
    let read: YAMLNode?
    var failure: YAMLError?
    do throws(YAMLError) {
      read = try YAMLReader.read(text, problems: &problems)
    } catch {
      read = nil
      failure = error
    }
    for problem in problems {
      if problem.isWarning {
        diagnostics.append(
          Diagnostic(
            file: file, position: problem.position, severity: .warning, message: problem.message))
      } else {
        error(problem.position, problem.message)
      }
    }
    if let failure {
      error(failure.position, failure.message)
      return nil
    }
    guard let node = read else {
      error(
        TextPosition(line: 1, column: 1),
        "the file is empty; a script needs 'id', 'title' and 'steps'")
      return nil
    }
    root = node
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
      // Titles and summaries reach the terminal: no control characters.
      case "title": title = self.text(pair.value, key: "title").map(Sanitizer.cleanLine)
      case "summary":
        summary = optionalText(pair.value, key: "summary").map { Sanitizer.clean($0) }
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

  mutating func stepList(_ node: YAMLNode, inGroup: Bool) -> [Step] {
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
    var when: ScriptExpression?
    var whenPosition: TextPosition?
    if let pair = pairs.first(where: { $0.key == "when" }) {
      when = expression(pair.value)
      whenPosition = Self.textStart(pair.value)
    }
    let whenOnOneLine = pairs.first { $0.key == "when" }.map { Self.isOnOneLine($0.value) } ?? true
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
    step?.whenOnOneLine = whenOnOneLine
    return step
  }

  private mutating func simpleStep(
    _ kind: String, _ pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)],
    position: TextPosition, when: ScriptExpression?
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
}
