/// A parsed `when:` or `compute:` expression.
///
/// The tree keeps the column of every name it mentions, so a validator can
/// point at an unknown step id inside the expression, and the engine can tell
/// which answers a computed value depends on.
public indirect enum ScriptExpression: Hashable, Sendable {
  case number(Double)
  case string(String)
  case bool(Bool)
  /// A step id, bare (`years`) or qualified (`goals.title`, `script.step`).
  /// `column` is the 1-based column of its first character in the expression.
  case identifier(String, column: Int)
  /// `not x`: true unless `x` is true.
  case not(ScriptExpression)
  /// `-x`.
  case negate(ScriptExpression)
  case binary(BinaryOperator, ScriptExpression, ScriptExpression)
  /// A function call; `column` is the column of the function's name.
  case call(String, [ScriptExpression], column: Int)
}

/// The infix operators, from the loosest binding to the tightest:
/// `or`, `and`, the comparisons (with `in`), `+ -`, `* /`.
public enum BinaryOperator: String, Sendable {
  case or
  case and
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case plus = "+"
  case minus = "-"
  case times = "*"
  case divide = "/"
  case contains = "in"

  /// Whether the operator compares its sides (and so yields a truth value).
  public var isComparison: Bool {
    switch self {
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains: true
    case .or, .and, .plus, .minus, .times, .divide: false
    }
  }
}

extension ScriptExpression {
  /// Every step id the expression mentions, in the order they are written,
  /// with the 1-based column of each (function names are not included; the
  /// ids inside `count(…)` and `answered(…)` are).
  ///
  /// A validator checks each against the script's ids; the engine uses them
  /// to know which answers a `compute` depends on.
  public var identifiers: [(name: String, column: Int)] {
    var found: [(name: String, column: Int)] = []
    collectIdentifiers(into: &found)
    return found
  }

  private func collectIdentifiers(into found: inout [(name: String, column: Int)]) {
    switch self {
    case .number, .string, .bool: break
    case .identifier(let name, let column): found.append((name, column))
    case .not(let operand), .negate(let operand): operand.collectIdentifiers(into: &found)
    case .binary(_, let left, let right):
      left.collectIdentifiers(into: &found)
      right.collectIdentifiers(into: &found)
    case .call(_, let arguments, _):
      for argument in arguments { argument.collectIdentifiers(into: &found) }
    }
  }
}
