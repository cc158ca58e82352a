/// Reading texts with `{id}` placeholders: what a step says or asks.
extension ScriptParser {
  mutating func template(_ node: YAMLNode, key: String) -> Template? {
    guard let source = text(node, key: key) else { return nil }
    switch Self.parseTemplate(source) {
    case .success(var t):
      t.position = Self.textStart(node)
      if !Self.isOnOneLine(node) { t.placeholderOffsets = nil }
      return t
    case .failure(let failure):
      error(node.position, failure.message)
      return nil
    }
  }

  static func template(_ source: String) -> Template {
    (try? parseTemplate(source).get()) ?? Template(parts: [.literal(source)], source: source)
  }

  struct TemplateError: Error {
    var message: String
  }

  /// Splits `Hello {name}` into literal text and placeholders; `{{` and `}}`
  /// stand for braces.
  static func parseTemplate(_ source: String) -> Result<Template, TemplateError> {
    var hasBrace = false
    var isASCII = true
    for byte in source.utf8 {
      if byte == openBrace || byte == closeBrace { hasBrace = true }
      if byte >= 0x80 { isASCII = false }
    }
    // Most text has no braces: one literal, without a walk (it was a fifth
    // of start-up).
    if !hasBrace {
      return .success(Template(parts: source.isEmpty ? [] : [.literal(source)], source: source))
    }
    // A walk by `Character` was a sixth of reading a long script.
    return isASCII ? parseASCIITemplate(source) : parseTemplateInGeneral(source)
  }

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")

  /// `parseTemplate` for ASCII text, a byte at a time. In ASCII every byte
  /// is a whole character (but for `\r\n`, two bytes of one character,
  /// neither a brace) and a byte's offset is its scalar offset, so this is
  /// `parseTemplateInGeneral`'s walk.
  static func parseASCIITemplate(_ source: String) -> Result<Template, TemplateError> {
    var copy = source
    return copy.withUTF8 { bytes in
      var parts: [Template.Part] = []
      var offsets: [Int] = []
      var literal: [UInt8] = []
      func endLiteral() {
        if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
        literal.removeAll(keepingCapacity: true)
      }
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        if byte == openBrace || byte == closeBrace, next == byte {
          literal.append(byte)
          index += 2
        } else if byte == openBrace {
          guard let close = bytes[(index + 1)...].firstIndex(of: closeBrace) else {
            return .failure(unclosedBrace(in: source))
          }
          let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self).trimmingSpaces
          if let failure = placeholderError(name) { return .failure(failure) }
          endLiteral()
          parts.append(.placeholder(name))
          offsets.append(index)
          index = close + 1
        } else {
          literal.append(byte)
          index += 1
        }
      }
      endLiteral()
      var template = Template(parts: parts, source: source)
      template.placeholderOffsets = offsets
      return .success(template)
    }
  }

  /// `parseTemplate` character by character, for any text: a brace that a
  /// combining mark follows is no brace.
  static func parseTemplateInGeneral(_ source: String) -> Result<Template, TemplateError> {
    var parts: [Template.Part] = []
    var offsets: [Int] = []
    var literal = ""
    var index = source.startIndex
    while index < source.endIndex {
      let c = source[index]
      let next = source.index(after: index)
      if c == "{", next < source.endIndex, source[next] == "{" {
        literal.append("{")
        index = source.index(after: next)
      } else if c == "}", next < source.endIndex, source[next] == "}" {
        literal.append("}")
        index = source.index(after: next)
      } else if c == "{" {
        guard let close = source[next...].firstIndex(of: "}") else {
          return .failure(unclosedBrace(in: source))
        }
        let name = String(source[next..<close]).trimmingSpaces
        if let failure = placeholderError(name) { return .failure(failure) }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        literal = ""
        parts.append(.placeholder(name))
        offsets.append(source.unicodeScalars[..<index].count)
        index = source.index(after: close)
      } else {
        literal.append(c)
        index = next
      }
    }
    if !literal.isEmpty { parts.append(.literal(literal)) }
    var template = Template(parts: parts, source: source)
    template.placeholderOffsets = offsets
    return .success(template)
  }

  private static func unclosedBrace(in source: String) -> TemplateError {
    TemplateError(message: "unclosed '{' in '\(source)'; write '{{' for a brace")
  }

  /// Why `name` (trimmed) cannot be a placeholder, or `nil` when it is a
  /// step id or `script.step`.
  private static func placeholderError(_ name: String) -> TemplateError? {
    let valid =
      name.utf8.contains(UInt8(ascii: "."))
      ? name.split(separator: ".", omittingEmptySubsequences: false)
        .allSatisfy { isIdentifier(String($0)) }
      : isIdentifier(name)
    guard valid, !name.isEmpty else {
      return TemplateError(message: "'{\(name)}' is not a step id")
    }
    return nil
  }
}
