/// The functions an expression can call, and the rules for their arguments.
///
/// Calls are checked when the expression is parsed, so `coach check` reports
/// `maxx(a)` or `round(a, b)` instead of a session quietly treating them as
/// missing.
public enum ExpressionFunctions {
  /// `min(a, b…)`, `max(a, b…)`, `round(x)`, `count(x)`, `answered(id)`.
  public static let names = ["min", "max", "round", "count", "answered"]

  /// The mistake in a call of `name` with `arguments` (each with the 0-based
  /// index of its first scalar), or `nil` when the call is well formed.
  static func check(
    _ name: String, arguments: [(expression: ScriptExpression, start: Int)], column: Int
  ) -> ExpressionError? {
    switch name {
    case "min", "max":
      if arguments.isEmpty {
        return ExpressionError(column: column, message: "'\(name)' needs at least one argument")
      }
    case "round", "count", "answered":
      if arguments.count != 1 {
        let found = arguments.count == 0 ? "none" : "\(arguments.count)"
        return ExpressionError(
          column: column, message: "'\(name)' takes one argument, found \(found)")
      }
      if name == "answered", let argument = arguments.first {
        guard case .identifier = argument.expression else {
          return ExpressionError(
            column: argument.start + 1,
            message: "'answered' takes a step id, like 'answered(salary)'")
        }
      }
    default:
      return unknown(name, column: column)
    }
    return nil
  }

  static func unknown(_ name: String, column: Int) -> ExpressionError {
    if let near = suggestion(for: name) {
      return ExpressionError(
        column: column, message: "unknown function '\(name)'; did you mean '\(near)'?")
    }
    let list = names.map { "'\($0)'" }.joined(separator: ", ")
    return ExpressionError(
      column: column, message: "unknown function '\(name)'; the functions are \(list)")
  }

  /// The function `name` was most likely meant to be: the closest by edit
  /// distance (case ignored), if it is close enough to be a typo.
  static func suggestion(for name: String) -> String? {
    let typed = Array(name.lowercased().unicodeScalars)
    let limit = typed.count <= 3 ? 1 : 2
    var best: (name: String, distance: Int)?
    for candidate in names {
      let distance = editDistance(typed, Array(candidate.unicodeScalars))
      if distance <= limit, distance < best?.distance ?? Int.max {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    guard !a.isEmpty else { return b.count }
    // Typed names are short in practice; the cap keeps a pasted paragraph cheap.
    guard a.count <= 64 else { return Int.max }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
