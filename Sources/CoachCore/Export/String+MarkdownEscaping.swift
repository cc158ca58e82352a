extension String {
  /// The text as Markdown that renders as exactly this text on one line:
  /// emphasis, links, code and math (`$` before a non-digit) characters
  /// escaped, `<` as `&lt;`, a leading block marker (`#`, `>`, `-`, `+`,
  /// `=`, `1.`) escaped, and line breaks as spaces.
  var markdownInline: String {
    Self.markdownLine(String(Self.markdownSafe(self).map { $0 == "\n" ? " " : $0 }))
  }

  /// The text for a table cell: like `markdownInline` (which already
  /// escapes `|`), with line breaks as `<br>`.
  var markdownTableCell: String {
    Self.markdownSafe(self).split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.markdownLine(String($0)) }.joined(separator: "<br>")
  }

  /// Several lines of text as Markdown that keeps its line breaks (hard
  /// breaks, a backslash at the end of a line), each later line starting
  /// with `continuation` (a list item's indent, or `> ` in a quote).
  func markdownLines(continuation: String) -> String {
    let lines = Self.markdownSafe(self).split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.markdownLine(String($0)) }
    var out = ""
    for (i, line) in lines.enumerated() {
      if i > 0 {
        out += "\n" + (line.isEmpty ? String(continuation.prefix { $0 != " " }) : continuation)
      }
      out += line
      let nextIsText = i + 1 < lines.count && !lines[i + 1].isEmpty
      if !line.isEmpty && nextIsText { out += "\\" }
    }
    return out
  }

  /// `text` as a code span, or escaped text when it holds a backtick (or
  /// is empty, which no code span can show).
  var markdownCode: String {
    isEmpty || contains("`") || contains("\n") ? markdownInline : "`" + Sanitizer.clean(self) + "`"
  }

  /// Unsafe controls removed and tabs as spaces.
  private static func markdownSafe(_ text: String) -> String {
    String(Sanitizer.clean(text).map { $0 == "\t" ? " " : $0 })
  }

  /// Escapes one line: leading spaces dropped (they would start a code
  /// block) and trailing ones too, inline markup escaped, and a block marker at the start escaped.
  private static func markdownLine(_ line: String) -> String {
    var chars = Array(line.drop { $0 == " " })
    // Trailing spaces would be a hard break, or keep `**` from closing.
    while chars.last == " " { chars.removeLast() }
    let lastNonHash = chars.lastIndex { $0 != "#" && $0 != " " } ?? -1
    var out = ""
    for (i, c) in chars.enumerated() {
      let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
      switch c {
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out += "\\" + String(c)
      case "$" where !(next?.isASCIIDigit ?? false):
        out += "\\$"  // Math on GitHub; "$90,000" cannot open it, so stays as is.
      case "<": out += "&lt;"
      case "&" where next.map { $0.isLetter || $0 == "#" } ?? false:
        out += "\\&"
      case "#" where i == 0 || i > lastNonHash:
        // At the start it opens a heading; at the end it closes one.
        out += "\\#"
      case _ where i == 0 && ">-+=".contains(c):
        out += "\\" + String(c)
      case _
      where (c == "." || c == ")") && i > 0 && i <= 9 && chars[..<i].allSatisfy(\.isASCIIDigit)
        && (next == nil || next == " "):
        out += "\\" + String(c)  // "1. " at the start would begin a list; "37.5" cannot.
      case ":" where Self.endsURLScheme(chars, at: i):
        out += "\\:"  // GFM links a bare "https://…"; an escaped colon is plain text.
      case "." where Self.endsWWW(chars, at: i):
        out += "\\."  // …and a bare "www.…".
      default:
        out.append(c)
      }
    }
    return out
  }
}

extension String {
  /// Whether `chars[i]` is the colon of `http://`, `https://` or `ftp://`
  /// at the start of a word: what GFM turns into a link.
  fileprivate static func endsURLScheme(_ chars: [Character], at i: Int) -> Bool {
    guard i + 2 < chars.count, chars[i + 1] == "/", chars[i + 2] == "/" else { return false }
    let before = String(chars[..<i]).lowercased()
    return ["http", "https", "ftp"].contains { scheme in
      before.hasSuffix(scheme)
        && (before.count == scheme.count
          || !(Array(before)[before.count - scheme.count - 1].isLetterOrDigit))
    }
  }

  /// Whether `chars[i]` is the dot of a `www.` that starts a word.
  fileprivate static func endsWWW(_ chars: [Character], at i: Int) -> Bool {
    guard i >= 3, String(chars[(i - 3)..<i]).lowercased() == "www" else { return false }
    return i == 3 || !chars[i - 4].isLetterOrDigit
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
