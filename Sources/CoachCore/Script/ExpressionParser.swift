/// Parses the text of a `when:` or `compute:` into an `ScriptExpression`.
///
/// Precedence, loosest first: `or`, `and`, `not`, the comparisons
/// (`== != < <= > >= in`, which do not chain), `+ -`, `* /`, unary `-`.
/// `&&`, `||` and `!` are accepted for `and`, `or` and `not`.
/// docs/expressions.md is the full description.
public enum ExpressionParser {
  /// How deep an expression may nest (parentheses, operators, calls), so
  /// neither parsing nor evaluating can exhaust the stack.
  public static let maximumDepth = 64

  /// Parses `text`, or returns the leftmost mistake in it.
  public static func parse(_ text: String) -> Result<ScriptExpression, ExpressionError> {
    do throws(ExpressionError) {
      var parser = try Parser(text)
      return .success(try parser.parseAll())
    } catch {
      return .failure(error)
    }
  }
}

/// A parsed piece with what the parser needs to go on: its height, to cap the
/// tree's depth, and where it starts, for messages.
private struct Parsed {
  var expression: ScriptExpression
  var height: Int
  var start: Int
}

private let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]

private struct Parser {
  var lexer: ExpressionLexer
  var token: ExpressionToken
  /// The end of the last token consumed.
  var previousEnd = 0
  var depth = 0

  init(_ text: String) throws(ExpressionError) {
    lexer = ExpressionLexer(text)
    token = try lexer.next()
  }

  mutating func parseAll() throws(ExpressionError) -> ScriptExpression {
    if token.kind == .end { throw ExpressionError(column: 1, message: "empty expression") }
    let result = try parseOr()
    guard token.kind == .end else { throw leftover() }
    return result.expression
  }

  private mutating func advance() throws(ExpressionError) {
    previousEnd = token.end
    token = try lexer.next()
  }

  private func isWord(_ word: String) -> Bool { token.kind == .word(word) }
  private func isSymbol(_ symbol: String) -> Bool { token.kind == .symbol(symbol) }

  private mutating func parseOr() throws(ExpressionError) -> Parsed {
    var left = try parseAnd()
    while isWord("or") || isSymbol("||") {
      let op = token
      try advance()
      left = try combine(.or, left, try parseAnd(), at: op)
    }
    return left
  }

  private mutating func parseAnd() throws(ExpressionError) -> Parsed {
    var left = try parseNot()
    while isWord("and") || isSymbol("&&") {
      let op = token
      try advance()
      left = try combine(.and, left, try parseNot(), at: op)
    }
    return left
  }

  private mutating func parseNot() throws(ExpressionError) -> Parsed {
    guard isWord("not") || isSymbol("!") else { return try parseComparison() }
    let op = token
    try advance()
    try enter(at: op)
    defer { depth -= 1 }
    let operand = try parseNot()
    return try wrap(.not(operand.expression), height: operand.height, start: op.start, at: op)
  }

  private mutating func parseComparison() throws(ExpressionError) -> Parsed {
    let left = try parseAdditive()
    guard let op = comparisonOperator() else { return left }
    let opToken = token
    try advance()
    let right = try parseAdditive()
    if comparisonOperator() != nil {
      throw ExpressionError(
        column: token.column, message: "comparisons do not chain; join them with 'and'")
    }
    return try combine(op, left, right, at: opToken)
  }

  private func comparisonOperator() -> BinaryOperator? {
    switch token.kind {
    case .symbol("=="): .equal
    case .symbol("!="): .notEqual
    case .symbol("<"): .less
    case .symbol("<="): .lessEqual
    case .symbol(">"): .greater
    case .symbol(">="): .greaterEqual
    case .word("in"): .contains
    default: nil
    }
  }

  private mutating func parseAdditive() throws(ExpressionError) -> Parsed {
    var left = try parseMultiplicative()
    while isSymbol("+") || isSymbol("-") {
      let op = token
      try advance()
      let right = try parseMultiplicative()
      left = try combine(op.kind == .symbol("+") ? .plus : .minus, left, right, at: op)
    }
    return left
  }

  private mutating func parseMultiplicative() throws(ExpressionError) -> Parsed {
    var left = try parseUnary()
    while isSymbol("*") || isSymbol("/") {
      let op = token
      try advance()
      let right = try parseUnary()
      left = try combine(op.kind == .symbol("*") ? .times : .divide, left, right, at: op)
    }
    return left
  }

  private mutating func parseUnary() throws(ExpressionError) -> Parsed {
    guard isSymbol("-") else { return try parsePrimary() }
    let op = token
    try advance()
    try enter(at: op)
    defer { depth -= 1 }
    let operand = try parseUnary()
    return try wrap(.negate(operand.expression), height: operand.height, start: op.start, at: op)
  }

  private mutating func parsePrimary() throws(ExpressionError) -> Parsed {
    let first = token
    switch first.kind {
    case .number(let value):
      try advance()
      return Parsed(expression: .number(value), height: 1, start: first.start)
    case .string(let value):
      try advance()
      return Parsed(expression: .string(value), height: 1, start: first.start)
    case .word("true"), .word("false"):
      try advance()
      return Parsed(expression: .bool(first.kind == .word("true")), height: 1, start: first.start)
    case .word(let name) where !keywords.contains(name):
      try advance()
      if isSymbol("(") { return try parseCall(name, at: first) }
      return Parsed(
        expression: .identifier(name, column: first.column), height: 1, start: first.start)
    case .symbol("("):
      try advance()
      try enter(at: first)
      defer { depth -= 1 }
      let inner = try parseOr()
      guard isSymbol(")") else {
        throw ExpressionError(
          column: token.column, message: "expected ')' after '\(context(from: inner.start))'")
      }
      try advance()
      return Parsed(expression: inner.expression, height: inner.height, start: first.start)
    default:
      throw expectedValue()
    }
  }

  /// Parses the arguments of a call; the current token is its `(`.
  private mutating func parseCall(
    _ name: String, at nameToken: ExpressionToken
  ) throws(ExpressionError) -> Parsed {
    guard ExpressionFunctions.names.contains(name) else {
      throw ExpressionFunctions.unknown(name, column: nameToken.column)
    }
    try enter(at: token)
    defer { depth -= 1 }
    try advance()
    var arguments: [(expression: ScriptExpression, start: Int)] = []
    var height = 0
    if isSymbol(")") {
      try advance()
    } else {
      while true {
        let argument = try parseOr()
        arguments.append((argument.expression, argument.start))
        height = max(height, argument.height)
        if isSymbol(")") {
          try advance()
          break
        }
        guard isSymbol(",") else {
          throw ExpressionError(
            column: token.column,
            message: "expected ',' or ')' after '\(context(from: nameToken.start))'")
        }
        try advance()
      }
    }
    if let error = ExpressionFunctions.check(name, arguments: arguments, column: nameToken.column) {
      throw error
    }
    let call = ScriptExpression.call(name, arguments.map(\.expression), column: nameToken.column)
    return try wrap(call, height: height, start: nameToken.start, at: nameToken)
  }

  private func combine(
    _ op: BinaryOperator, _ left: Parsed, _ right: Parsed, at token: ExpressionToken
  ) throws(ExpressionError) -> Parsed {
    try wrap(
      .binary(op, left.expression, right.expression), height: max(left.height, right.height),
      start: left.start, at: token)
  }

  /// A node one level above a child of `height`, refused past the cap.
  private func wrap(
    _ expression: ScriptExpression, height: Int, start: Int, at token: ExpressionToken
  ) throws(ExpressionError) -> Parsed {
    guard height < ExpressionParser.maximumDepth else { throw tooDeep(at: token) }
    return Parsed(expression: expression, height: height + 1, start: start)
  }

  /// Counts one more level of parser recursion, refused past the cap before
  /// the stack can grow further.
  private mutating func enter(at token: ExpressionToken) throws(ExpressionError) {
    depth += 1
    guard depth <= ExpressionParser.maximumDepth else { throw tooDeep(at: token) }
  }

  private func tooDeep(at token: ExpressionToken) -> ExpressionError {
    ExpressionError(column: token.column, message: "expression nests too deeply")
  }

  private func expectedValue() -> ExpressionError {
    let before = context(from: 0)
    if before.isEmpty {
      return ExpressionError(
        column: token.column, message: "expected a value, found '\(display(token))'")
    }
    return ExpressionError(column: token.column, message: "expected a value after '\(before)'")
  }

  /// The error for a token left over after a whole expression.
  private func leftover() -> ExpressionError {
    let shown = display(token)
    if token.kind == .symbol(")") {
      return ExpressionError(column: token.column, message: "unexpected ')'; no '(' is open")
    }
    if case .word(let word) = token.kind, word != word.lowercased(),
      keywords.contains(word.lowercased())
    {
      return ExpressionError(
        column: token.column, message: "unexpected '\(shown)'; did you mean '\(word.lowercased())'?"
      )
    }
    return ExpressionError(
      column: token.column, message: "unexpected '\(shown)' after '\(context(from: 0))'")
  }

  /// The text consumed since `start`, on one line and cut to its last
  /// characters, to show where a mistake follows.
  private func context(from start: Int) -> String {
    let text = lexer.text(from: start, to: previousEnd)
    let words = text.split(whereSeparator: { $0.isWhitespace })
    let line = words.joined(separator: " ")
    guard line.count > 30 else { return line }
    return "…" + line.suffix(29)
  }

  private func display(_ token: ExpressionToken) -> String {
    if token.kind == .end { return "end of expression" }
    let text = lexer.text(from: token.start, to: token.end)
    guard text.count > 20 else { return text }
    return text.prefix(19) + "…"
  }
}
