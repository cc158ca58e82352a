import CYAML

/// A position in a source file, 1-based.
public struct TextPosition: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: TextPosition, b: TextPosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// A YAML document as a tree of untyped nodes, each with its position.
///
/// Scalars stay strings: the script schema gives them their types, never
/// YAML 1.1's rules (`no` is the string "no", `010` is "010"). `oneLine`
/// says a scalar is plain or quoted on a single line, so a column inside
/// its text lines up with the file (diagnostics point into it).
///
/// Not `indirect`: the arrays already hold the children apart, and a box
/// for every node was a tenth of reading a long script, made and freed.
public enum YAMLNode: Sendable {
  case scalar(String, TextPosition, quoted: Bool, oneLine: Bool)
  case sequence([YAMLNode], TextPosition)
  /// Keys in document order, each with its own position.
  case mapping([(key: String, keyPosition: TextPosition, value: YAMLNode)], TextPosition)

  public var position: TextPosition {
    switch self {
    case .scalar(_, let p, _, _), .sequence(_, let p), .mapping(_, let p): return p
    }
  }
}

/// A YAML syntax error, at its position.
public struct YAMLError: Error, Hashable, Sendable {
  public var position: TextPosition
  public var message: String
  /// A problem worth saying that does not make the script wrong (a second
  /// document, which is ignored).
  public var isWarning = false
}

/// Reads YAML text into a `YAMLNode` tree with libyaml's event parser.
public enum YAMLReader {
  /// Parses the first document of `text`; an empty document is `nil`.
  /// A second document is ignored (one script per file); `read(_:problems:)`
  /// says where it starts.
  public static func read(_ text: String) throws(YAMLError) -> YAMLNode? {
    var problems: [YAMLError] = []
    return try read(text, problems: &problems)
  }

  /// Like `read`, also collecting problems that do not stop the reading
  /// (a duplicate key: the first value is kept), so that every mistake of a
  /// file is reported at once.
  ///
  /// It throws rather than returning a `Result`: the first `Result` of its
  /// kind in a process had its type made at run time, a twentieth of what
  /// `coach start` did before its first prompt.
  public static func read(_ text: String, problems: inout [YAMLError]) throws(YAMLError)
    -> YAMLNode?
  {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { return nil }
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      throw YAMLError(position: .init(line: 1, column: 1), message: "out of memory")
    }
    defer { yaml_parser_delete(&parser) }
    var failure: YAMLError?
    let root = bytes.withUnsafeMutableBufferPointer { buffer -> YAMLNode? in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      var builder = TreeBuilder()
      while true {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
          failure = syntaxError(parser, text: buffer)
          return nil
        }
        defer { yaml_event_delete(&event) }
        if event.type == YAML_STREAM_END_EVENT { break }
        if let error = builder.consume(event) {
          failure = error
          return nil
        }
        if builder.documentDone { break }
      }
      problems += builder.problems
      if builder.documentDone, let next = secondDocument(&parser) {
        problems.append(
          YAMLError(
            position: next,
            message: "a second YAML document here is ignored; put one script per file",
            isWarning: true))
      }
      return builder.root
    }
    if let failure { throw failure }
    return root
  }

  /// Where a document after the first begins, if one does. A syntax error
  /// past the first document is not looked for: that document is ignored.
  private static func secondDocument(_ parser: inout yaml_parser_t) -> TextPosition? {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
    defer { yaml_event_delete(&event) }
    guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
    return TextPosition(
      line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
  }

  private static func syntaxError(_ parser: yaml_parser_t, text: UnsafeMutableBufferPointer<UInt8>)
    -> YAMLError
  {
    let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
    let mark = parser.problem_mark
    let at = TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    // A tab is named as a tab, where it is: YAML indents with spaces only.
    if problem.contains("tab"), let tab = firstTab(in: text, from: Int(mark.index)) {
      return YAMLError(
        position: tab,
        message:
          "a tab character at line \(tab.line), column \(tab.column): YAML indents with spaces only; replace it with spaces"
      )
    }
    guard let context = parser.context.map({ String(cString: $0) }) else {
      return YAMLError(position: at, message: "invalid YAML: \(problem)")
    }
    let start = parser.context_mark
    let began = TextPosition(line: Int(start.line) + 1, column: Int(start.column) + 1)
    // "while parsing a block mapping": the problem is on the line where the
    // block went wrong, usually its indentation; say where the block began.
    if context.hasPrefix("while parsing"), began < at {
      let what = context.dropFirst("while parsing ".count)
      return YAMLError(
        position: at,
        message:
          "invalid YAML: \(problem) (in \(what) that begins at line \(began.line)); check the indentation of line \(at.line)"
      )
    }
    // "while scanning a quoted scalar" names where the trouble began, which
    // is where a person should look; the problem itself is often at the end.
    let message = "invalid YAML \(context): \(problem) at line \(at.line)"
    return YAMLError(position: began < at ? began : at, message: message)
  }

  /// The position of the first tab at or after byte `index`'s line start
  /// (libyaml's mark can be just before the tab's line), else of any tab
  /// after it.
  private static func firstTab(in text: UnsafeMutableBufferPointer<UInt8>, from index: Int)
    -> TextPosition?
  {
    var lineStart = min(max(0, index), text.count)
    while lineStart > 0, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
    guard let tab = text[lineStart...].firstIndex(of: UInt8(ascii: "\t")) else { return nil }
    var line = 1
    var column = 1
    for byte in text[..<tab] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return TextPosition(line: line, column: column)
  }
}

private struct TreeBuilder {
  /// A list or mapping being read. Appended to in place on the stack: a
  /// popped and pushed copy made reading a long list quadratic.
  struct Frame {
    var isMapping: Bool
    var position: TextPosition
    var items: [YAMLNode] = []
    var pairs: [(key: String, keyPosition: TextPosition, value: YAMLNode)] = []
    /// The keys of a long mapping, once it has `Frame.fewKeys`; empty before.
    var keys: Set<String> = []
    var pendingKey: (String, TextPosition)?

    /// A script's mappings have a few keys each: comparing a new key with
    /// them costs less than hashing it into a set made for the mapping.
    static let fewKeys = 8

    /// Records `key` as a key of this mapping; false when it already is one.
    mutating func insertKey(_ key: String) -> Bool {
      if keys.isEmpty {
        if pairs.count < Frame.fewKeys { return !pairs.contains { $0.key == key } }
        // Many keys (a fuzzer's): a set, so that each key stays one look-up.
        keys = Set(pairs.map(\.key))
      }
      return keys.insert(key).inserted
    }
  }

  var stack: [Frame] = []
  var root: YAMLNode?
  var documentDone = false
  /// Mistakes that do not stop the reading.
  var problems: [YAMLError] = []
  static let maxDepth = 64

  mutating func consume(_ event: yaml_event_t) -> YAMLError? {
    let position = TextPosition(
      line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
    switch event.type {
    case YAML_ALIAS_EVENT:
      return YAMLError(position: position, message: "aliases are not supported in scripts")
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      if scalar.anchor != nil {
        return YAMLError(position: position, message: "anchors are not supported in scripts")
      }
      let buffer = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
      let value = String(decoding: buffer, as: UTF8.self)
      let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
      let block =
        scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
      let oneLine = !block && event.end_mark.line == event.start_mark.line
      return add(.scalar(value, position, quoted: quoted, oneLine: oneLine), position: position)
    case YAML_SEQUENCE_START_EVENT:
      if event.data.sequence_start.anchor != nil {
        return YAMLError(position: position, message: "anchors are not supported in scripts")
      }
      guard stack.count < TreeBuilder.maxDepth else {
        return YAMLError(position: position, message: "the document nests too deeply")
      }
      stack.append(Frame(isMapping: false, position: position))
    case YAML_MAPPING_START_EVENT:
      if event.data.mapping_start.anchor != nil {
        return YAMLError(position: position, message: "anchors are not supported in scripts")
      }
      guard stack.count < TreeBuilder.maxDepth else {
        return YAMLError(position: position, message: "the document nests too deeply")
      }
      stack.append(Frame(isMapping: true, position: position))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { return nil }
      let node: YAMLNode =
        frame.isMapping
        ? .mapping(frame.pairs, frame.position) : .sequence(frame.items, frame.position)
      return add(node, position: frame.position)
    case YAML_DOCUMENT_END_EVENT:
      documentDone = true
    default:
      break
    }
    return nil
  }

  private mutating func add(_ node: YAMLNode, position: TextPosition) -> YAMLError? {
    guard !stack.isEmpty else {
      root = node
      return nil
    }
    let top = stack.count - 1
    guard stack[top].isMapping else {
      stack[top].items.append(node)
      return nil
    }
    if let (key, keyPosition) = stack[top].pendingKey {
      stack[top].pendingKey = nil
      if stack[top].insertKey(key) {
        stack[top].pairs.append((key, keyPosition, node))
      } else {
        problems.append(YAMLError(position: keyPosition, message: "duplicate key '\(key)'"))
      }
      return nil
    }
    guard case .scalar(let key, let kp, _, _) = node else {
      return YAMLError(position: position, message: "a key must be plain text")
    }
    stack[top].pendingKey = (key, kp)
    return nil
  }
}
