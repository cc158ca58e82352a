/// Reading typed values from YAML nodes, with a diagnostic for each misfit.
extension ScriptParser {
  /// The plan targets a step may name (see docs/scripts.md).
  /// The names of every plan target (see `PlanTarget`).
  public static let planTargets: [String] = PlanTarget.all.map(\.name)

  mutating func error(_ position: TextPosition, _ message: String) {
    diagnostics.append(Diagnostic(file: file, position: position, message: message))
  }

  mutating func unknownKey(_ key: String, at position: TextPosition, allowed: [String]) {
    error(position, "unknown key '\(key)'\(Suggestion.hint(for: key, in: allowed))")
  }

  mutating func text(_ node: YAMLNode, key: String) -> String? {
    guard case .scalar(let value, _, _, _) = node else {
      error(node.position, "'\(key)' must be text")
      return nil
    }
    return value
  }

  mutating func identifier(_ node: YAMLNode, what: String) -> String? {
    guard case .scalar(let value, let position, _, _) = node else {
      error(node.position, "the \(what) must be text")
      return nil
    }
    guard Self.isIdentifier(value) else {
      error(
        position,
        "invalid \(what) '\(value)'; use letters, digits, '_' and '-', starting with a letter")
      return nil
    }
    return value
  }

  /// Whether `value` is an id: a letter, then letters, digits, `_` and `-`.
  static func isIdentifier(_ value: String) -> Bool {
    // Nearly every id is ASCII, whose letters are A-Z and a-z: no Unicode
    // property lookup (they were a twelfth of reading a long script).
    isASCIIIdentifier(value) ?? isIdentifierInGeneral(value)
  }

  /// `isIdentifier` for an ASCII `value`, `nil` when a byte is not ASCII.
  static func isASCIIIdentifier(_ value: String) -> Bool? {
    var isIdentifier = true
    var isFirst = true
    for byte in value.utf8 {
      if byte >= 0x80 { return nil }
      let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      if isFirst {
        isIdentifier = letter
        isFirst = false
      } else if !letter, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte),
        byte != UInt8(ascii: "_"), byte != UInt8(ascii: "-")
      {
        isIdentifier = false
      }
    }
    return isFirst ? false : isIdentifier
  }

  /// `isIdentifier` scalar by scalar: what its ASCII shortcut must agree with.
  static func isIdentifierInGeneral(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, first.properties.isAlphabetic else {
      return false
    }
    return value.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
  }

  mutating func boolean(_ node: YAMLNode, key: String) -> Bool? {
    guard case .scalar(let value, let position, _, _) = node else {
      error(node.position, "'\(key)' must be true or false")
      return nil
    }
    switch value.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      error(position, "'\(key)' must be true or false, not '\(value)'")
      return nil
    }
  }

  mutating func number(_ node: YAMLNode, key: String) -> Double? {
    guard case .scalar(let value, _, _, _) = node, let n = Double(value), n.isFinite
    else {
      error(node.position, "'\(key)' must be a number")
      return nil
    }
    return n
  }

  /// A whole number in `range`, or `nil` after an error naming the range;
  /// never converts a value that does not fit (`1e20`).
  mutating func wholeNumber(_ node: YAMLNode, key: String, in range: ClosedRange<Int>) -> Int? {
    if case .scalar(let value, _, _, _) = node, let n = Double(value), n == n.rounded(),
      n >= Double(range.lowerBound), n <= Double(range.upperBound)
    {
      return Int(n)
    }
    error(
      node.position,
      "'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
    return nil
  }

  /// Whether `node` is YAML's null: a plain `~`, `null` or empty value.
  static func isNull(_ node: YAMLNode) -> Bool {
    guard case .scalar(let value, _, let quoted, _) = node, !quoted else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(value)
  }

  /// Text that may be left out: YAML's null means absent, not the text "~".
  mutating func optionalText(_ node: YAMLNode, key: String) -> String? {
    Self.isNull(node) ? nil : text(node, key: key)
  }

  mutating func expression(_ node: YAMLNode) -> ScriptExpression? {
    guard case .scalar(let source, let position, let quoted, let oneLine) = node else {
      error(node.position, "an expression must be text")
      return nil
    }
    switch ExpressionParser.parse(source) {
    case .success(let e): return e
    case .failure(let failure):
      // Columns inside a plain scalar line up with the file; inside quotes
      // they are shifted by the opening quote. A text over several lines
      // has no such column: its start is named.
      guard oneLine else {
        error(Self.textStart(node), failure.message)
        return nil
      }
      let column = position.column + failure.column - 1 + (quoted ? 1 : 0)
      error(TextPosition(line: position.line, column: column), failure.message)
      return nil
    }
  }

  /// Where a scalar's text starts: after the opening quote of a quoted one.
  static func textStart(_ node: YAMLNode) -> TextPosition {
    guard case .scalar(_, let p, let quoted, let oneLine) = node else { return node.position }
    // A block scalar's text starts on a later line; its indicator is named.
    return TextPosition(line: p.line, column: p.column + (quoted && oneLine ? 1 : 0))
  }

  /// Whether columns inside `node`'s text line up with the file.
  static func isOnOneLine(_ node: YAMLNode) -> Bool {
    if case .scalar(_, _, _, let oneLine) = node { return oneLine }
    return false
  }

  mutating func planTarget(_ node: YAMLNode) -> String? {
    guard let target = text(node, key: "plan") else { return nil }
    guard Self.planTargets.contains(target) else {
      error(
        node.position,
        "unknown plan target '\(target)'\(Suggestion.hint(for: target, in: Self.planTargets))")
      return nil
    }
    return target
  }
}
