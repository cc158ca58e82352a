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

/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `word`, when it is close enough to be a likely
  /// typo (at most a third of the word's length, and at least one edit).
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, word.count / 3)
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(word.lowercased(), candidate.lowercased())
      if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    return best?.0
  }

  /// `"; did you mean 'x'?"` or the empty string.
  public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// Damerau-Levenshtein distance (optimal string alignment).
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[y.count]
  }
}
