/// One token of an expression, with where it sits in the text.
struct ExpressionToken: Sendable {
  enum Kind: Equatable, Sendable {
    case number(Double)
    case string(String)
    /// A step id, a function name or a keyword (`and`, `or`, `not`, `in`,
    /// `true`, `false`); the parser tells them apart.
    case word(String)
    /// `( ) , + - * / == != < <= > >= && || !`
    case symbol(String)
    case end
  }

  var kind: Kind
  /// 0-based index of the first scalar.
  var start: Int
  /// 0-based index one past the last scalar.
  var end: Int

  var column: Int { start + 1 }
}

/// Splits an expression into tokens, one at a time, so that the first
/// mistake reported is the leftmost one whether the lexer or the parser finds
/// it.
///
/// It works on Unicode scalars: columns count scalars, as libyaml does.
struct ExpressionLexer {
  let scalars: [Unicode.Scalar]
  private var index = 0

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  mutating func next() throws(ExpressionError) -> ExpressionToken {
    while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
    let start = index
    guard index < scalars.count else {
      return ExpressionToken(kind: .end, start: start, end: start)
    }
    let c = scalars[index]
    let kind: ExpressionToken.Kind
    if Self.isDigit(c) || (c == "." && Self.isDigit(peek(1))) {
      kind = try number()
    } else if Self.isWordStart(c) {
      kind = .word(word())
    } else if c == "\"" || c == "'" {
      kind = .string(try string())
    } else {
      kind = .symbol(try symbol())
    }
    return ExpressionToken(kind: kind, start: start, end: index)
  }

  /// The source text between two scalar indexes, for messages.
  func text(from start: Int, to end: Int) -> String {
    // A scalar at a time: the general `append(contentsOf:)` had its
    // types looked up at run time, the first time, before the first prompt.
    var result = String.UnicodeScalarView()
    for scalar in scalars[max(0, start)..<min(end, scalars.count)] { result.append(scalar) }
    return String(result)
  }

  private func peek(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func number() throws(ExpressionError) -> ExpressionToken.Kind {
    let start = index
    while Self.isDigit(peek(0)) { index += 1 }
    if peek(0) == ".", Self.isDigit(peek(1)) {
      index += 1
      while Self.isDigit(peek(0)) { index += 1 }
    }
    guard let value = Double(text(from: start, to: index)), value.isFinite else {
      throw ExpressionError(column: start + 1, message: "number is too large")
    }
    return .number(value)
  }

  /// A step id: letters, digits, `_` and `-`, starting with a letter (or
  /// `_`), with `.` between the parts of a qualified id. A `-` belongs to the
  /// id only when a letter or digit follows it, so `years-1` is one id and
  /// `years - 1` a subtraction.
  private mutating func word() -> String {
    let start = index
    while true {
      index += 1
      while let c = peek(0) {
        if Self.isWordStart(c) || Self.isDigit(c) {
          index += 1
        } else if c == "-", let after = peek(1), Self.isWordStart(after) || Self.isDigit(after) {
          index += 1
        } else {
          break
        }
      }
      guard peek(0) == ".", let after = peek(1), Self.isWordStart(after) else { break }
      index += 1
    }
    return text(from: start, to: index)
  }

  private mutating func string() throws(ExpressionError) -> String {
    let start = index
    let quote = scalars[index]
    index += 1
    var result = String.UnicodeScalarView()
    while true {
      guard let c = peek(0) else {
        throw ExpressionError(column: start + 1, message: "unterminated string")
      }
      index += 1
      if c == quote { return String(result) }
      if c == "\\" {
        guard let escaped = peek(0) else { continue }
        guard escaped == "\"" || escaped == "'" || escaped == "\\" else {
          throw ExpressionError(
            column: index,
            message:
              "unknown escape '\\\(Self.display(escaped))'; a string allows \\\", \\' and \\\\"
          )
        }
        index += 1
        result.append(escaped)
      } else {
        result.append(c)
      }
    }
  }

  private mutating func symbol() throws(ExpressionError) -> String {
    let column = index + 1
    let c = scalars[index]
    let pair = peek(1).map { String(c) + String($0) } ?? String(c)
    func unexpected(_ what: String, _ hint: String) -> ExpressionError {
      ExpressionError(column: column, message: "unexpected '\(what)'; \(hint)")
    }
    switch pair {
    case "==", "!=", "<=", ">=", "&&", "||":
      index += 2
      return pair
    case "=<": throw unexpected(pair, "did you mean '<='?")
    case "=>": throw unexpected(pair, "did you mean '>='?")
    case "<>": throw unexpected(pair, "did you mean '!='?")
    default: break
    }
    switch c {
    case "(", ")", ",", "+", "-", "*", "/", "<", ">", "!":
      index += 1
      return String(c)
    case "=": throw unexpected("=", "did you mean '=='?")
    case "&": throw unexpected("&", "did you mean 'and'?")
    case "|": throw unexpected("|", "did you mean 'or'?")
    case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}":
      throw unexpected(String(c), "use a straight quote \" or '")
    default:
      throw ExpressionError(column: column, message: "unexpected character '\(Self.display(c))'")
    }
  }

  static func isDigit(_ c: Unicode.Scalar?) -> Bool {
    guard let c else { return false }
    return c >= "0" && c <= "9"
  }

  // The Unicode properties of ASCII are spelled out: looking them up was
  // most of lexing an expression.

  static func isWordStart(_ c: Unicode.Scalar) -> Bool {
    guard c.isASCII else { return c.properties.isAlphabetic }
    return c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
  }

  /// White space: in ASCII, tab to carriage return and the space.
  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    guard c.isASCII else { return c.properties.isWhitespace }
    return c == " " || (c.value >= 0x09 && c.value <= 0x0D)
  }

  /// A scalar as it can be shown in a message: invisible ones as `U+0007`.
  static func display(_ c: Unicode.Scalar) -> String {
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
      .paragraphSeparator, .spaceSeparator:
      let hex = String(c.value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    default:
      return String(c)
    }
  }
}
