/// What an expression can see: the answers given so far.
public protocol ExpressionEnvironment {
  /// The value of a step id (bare or "script.step"), or .missing when unanswered/skipped/not asked.
  func value(of identifier: String) -> ExprValue
  /// Rounds answered of a group id, for count(group); nil when the id is not a group.
  func rounds(of identifier: String) -> Int?
}

extension ScriptExpression {
  /// The expression's value with the answers of `env`.
  ///
  /// Evaluation never fails: what cannot be computed (a text in arithmetic, a
  /// division by zero) is `.missing`, and a comparison with `.missing` is
  /// false, so a script with an unanswered question still runs.
  /// docs/expressions.md describes every rule.
  public func evaluate(in env: some ExpressionEnvironment) -> ExprValue {
    switch self {
    case .number(let value): return .number(value)
    case .string(let value): return .string(value)
    case .bool(let value): return .bool(value)
    case .identifier(let name, _): return env.value(of: name)
    case .not(let operand): return .bool(!operand.isTrue(in: env))
    case .negate(let operand):
      guard let value = Self.arithmetic(operand.evaluate(in: env)) else { return .missing }
      return Self.finite(0 - value)
    case .binary(.and, let left, let right):
      return .bool(left.isTrue(in: env) && right.isTrue(in: env))
    case .binary(.or, let left, let right):
      return .bool(left.isTrue(in: env) || right.isTrue(in: env))
    case .binary(let op, let left, let right):
      let l = left.evaluate(in: env)
      let r = right.evaluate(in: env)
      if op.isComparison { return .bool(Self.compare(op, l, r)) }
      guard let a = Self.arithmetic(l), let b = Self.arithmetic(r) else { return .missing }
      switch op {
      case .plus: return Self.finite(a + b)
      case .minus: return Self.finite(a - b)
      case .times: return Self.finite(a * b)
      default: return b == 0 ? .missing : Self.finite(a / b)
      }
    case .call(let name, let arguments, _):
      return Self.call(name, arguments, in: env)
    }
  }

  /// Whether the expression holds: only a value of `true` does. A number, a
  /// text or a missing answer in `when:` is not true.
  public func isTrue(in env: some ExpressionEnvironment) -> Bool {
    evaluate(in: env) == .bool(true)
  }

  /// A value as a number for arithmetic: a missing one counts as 0, anything
  /// but a number has none.
  private static func arithmetic(_ value: ExprValue) -> Double? {
    switch value {
    case .number(let number): number
    case .missing: 0
    case .string, .bool, .list: nil
    }
  }

  /// Infinity and NaN are no answer anyone gave; they become missing.
  private static func finite(_ value: Double) -> ExprValue {
    value.isFinite ? .number(value == 0 ? 0 : value) : .missing
  }

  private static func compare(_ op: BinaryOperator, _ left: ExprValue, _ right: ExprValue) -> Bool {
    if op == .contains { return contains(left, right) }
    switch (left, right) {
    case (.missing, _), (_, .missing):
      return false
    case (.number(let a), .number(let b)):
      return order(op, a, b)
    case (.string(let a), .string(let b)):
      return order(op, a.lowercased(), b.lowercased())
    case (.bool(let a), .bool(let b)):
      return equality(op, a == b)
    case (.bool(let a), .string(let s)), (.string(let s), .bool(let a)):
      guard let b = truth(of: s) else { return false }
      return equality(op, a == b)
    case (.list(let a), .list(let b)):
      return equality(op, a.map { $0.lowercased() }.sorted() == b.map { $0.lowercased() }.sorted())
    default:
      return false
    }
  }

  private static func order<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool {
    switch op {
    case .equal: a == b
    case .notEqual: a != b
    case .less: a < b
    case .lessEqual: a <= b
    case .greater: a > b
    case .greaterEqual: a >= b
    default: false
    }
  }

  /// `==` and `!=` for values that have no order; the others are false.
  private static func equality(_ op: BinaryOperator, _ same: Bool) -> Bool {
    switch op {
    case .equal: same
    case .notEqual: !same
    default: false
    }
  }

  /// The truth a text stands for when compared with a yes/no answer.
  private static func truth(of text: String) -> Bool? {
    switch text.lowercased() {
    case "yes", "true": true
    case "no", "false": false
    default: nil
    }
  }

  /// `x in y`: an item of a list, or a part of a text, case ignored.
  private static func contains(_ needle: ExprValue, _ haystack: ExprValue) -> Bool {
    guard case .string(let item) = needle else { return false }
    let lowered = item.lowercased()
    switch haystack {
    case .list(let items): return items.contains { $0.lowercased() == lowered }
    case .string(let text):
      return lowered.isEmpty || text.lowercased().contains(lowered)
    default: return false
    }
  }

  private static func call(
    _ name: String, _ arguments: [ScriptExpression], in env: some ExpressionEnvironment
  ) -> ExprValue {
    switch name {
    case "min", "max":
      var numbers: [Double] = []
      for argument in arguments {
        guard let number = arithmetic(argument.evaluate(in: env)) else { return .missing }
        numbers.append(number)
      }
      guard let result = name == "min" ? numbers.min() : numbers.max() else { return .missing }
      return finite(result)
    case "round":
      guard let argument = arguments.first, let number = arithmetic(argument.evaluate(in: env))
      else { return .missing }
      return finite(number.rounded(.toNearestOrAwayFromZero))
    case "count":
      guard let argument = arguments.first else { return .missing }
      if case .identifier(let id, _) = argument, let rounds = env.rounds(of: id) {
        return .number(Double(rounds))
      }
      switch argument.evaluate(in: env) {
      case .list(let items): return .number(Double(items.count))
      case .missing: return .number(0)
      case .number, .string, .bool: return .missing
      }
    case "answered":
      guard let argument = arguments.first, case .identifier(let id, _) = argument else {
        return .missing
      }
      if let rounds = env.rounds(of: id) { return .bool(rounds > 0) }
      return .bool(env.value(of: id) != .missing)
    default:
      return .missing
    }
  }
}

/// `count(group) > 99`: a group's rounds against a number, the `when:` of
/// every group that follows another in a long session. A walk decides it
/// from the rounds alone, without a general evaluation (`evaluate(in:)`
/// gives the same truth: `RoundsComparisonTests`).
struct RoundsComparison: Hashable, Sendable {
  /// The id inside `count(…)`, as written (bare or `script.group`).
  let identifier: String
  let op: BinaryOperator
  let bound: Double
  /// Whether the number is written first (`1 < count(goal)`).
  let boundFirst: Bool

  /// The comparison `expression` is, or nil when it is any other.
  init?(_ expression: ScriptExpression) {
    guard case .binary(let op, let left, let right) = expression, op.isComparison,
      op != .contains
    else { return nil }
    switch (left, right) {
    case (.call("count", let arguments, _), .number(let bound)):
      guard arguments.count == 1, case .identifier(let id, _) = arguments[0] else { return nil }
      self.init(identifier: id, op: op, bound: bound, boundFirst: false)
    case (.number(let bound), .call("count", let arguments, _)):
      guard arguments.count == 1, case .identifier(let id, _) = arguments[0] else { return nil }
      self.init(identifier: id, op: op, bound: bound, boundFirst: true)
    default:
      return nil
    }
  }

  private init(identifier: String, op: BinaryOperator, bound: Double, boundFirst: Bool) {
    self.identifier = identifier
    self.op = op
    self.bound = bound
    self.boundFirst = boundFirst
  }

  /// Whether it holds when the group has had `rounds` rounds: what
  /// `isTrue(in:)` says when `identifier` names a group.
  func holds(rounds: Int) -> Bool {
    let count = Double(rounds)
    return boundFirst
      ? ScriptExpression.compareNumbers(op, bound, count)
      : ScriptExpression.compareNumbers(op, count, bound)
  }
}

extension ScriptExpression {
  /// Two numbers compared as `evaluate(in:)` compares them.
  static func compareNumbers(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Bool {
    compare(op, .number(a), .number(b))
  }
}
