/// A problem found in a script or transcript, kept as data and printed by
/// the shell as `file:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error, warning
  }

  /// What kind of problem it is, for a caller that treats some apart;
  /// nothing is decided on the message's words.
  public enum Code: String, Hashable, Sendable {
    /// Two scripts share an id.
    case duplicateScriptID
    /// Anything else.
    case other
  }

  public var file: String
  public var position: TextPosition?
  public var severity: Severity
  public var message: String
  /// The other script a reference into failed (`run:` or `script.step`),
  /// so that a caller knows the problem comes from that script's content.
  public var referencedScript: String?
  public var code: Code

  public init(
    file: String, position: TextPosition?, severity: Severity = .error, message: String,
    referencedScript: String? = nil, code: Code = .other
  ) {
    self.code = code
    self.file = file
    self.position = position
    self.severity = severity
    self.message = message
    self.referencedScript = referencedScript
  }

  public var description: String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    return "\(text): \(severity.rawValue): \(message)"
  }
}

extension [Diagnostic] {
  /// Sorted by file, then line and column, keeping the order of equals.
  public func sortedByPosition() -> [Diagnostic] {
    var files: [String] = []
    for d in self where !files.contains(d.file) { files.append(d.file) }
    return enumerated().sorted { a, b in
      let fa = files.firstIndex(of: a.element.file) ?? 0
      let fb = files.firstIndex(of: b.element.file) ?? 0
      if fa != fb { return fa < fb }
      let pa = a.element.position ?? TextPosition(line: 0, column: 0)
      let pb = b.element.position ?? TextPosition(line: 0, column: 0)
      if pa != pb { return pa < pb }
      return a.offset < b.offset
    }.map(\.element)
  }
}

/// "Did you mean" suggestions by edit distance: the one helper for
/// commands, options, formats, parts, script keys and step ids.
public enum Suggestion {
  /// The candidate closest to `word`, when it is close enough to be a likely
  /// typo (at most a third of the word's length, and at least one edit).
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, word.count / 3)
    // By UTF-8 byte, as the vocabularies are: an accented letter counts
    // as two edits, which only makes a suggestion for it more careful.
    let typed = Array(word.lowercased().utf8)
    var best: (String, Int)?
    for candidate in candidates {
      let d = EditDistance.distance(typed, Array(candidate.lowercased().utf8))
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// `"; did you mean 'x'?"` or the empty string, for the lower-case
  /// `file:line:col: error: …` diagnostics.
  public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// `" Did you mean 'x'?"` or the empty string, for messages written as
  /// sentences (`Error: Unknown option '--fomat'. Did you mean '--format'?`).
  public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { " Did you mean '\($0)'?" } ?? ""
  }
}
