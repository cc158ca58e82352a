extension String {
  /// The text as one RFC 4180 field, guarded against formula injection.
  ///
  /// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a
  /// tab or carriage return before one) as a formula, so an answer such as
  /// `=cmd|' /C calc'!A0` gets a leading `'`, which spreadsheets show as
  /// text. A spreadsheet set to split on `;` (or one that ignores the
  /// quotes) starts a new cell after a `;` or `,` inside the text, so the
  /// same `'` goes before a formula character that follows one of those
  /// (`Call Sam;=1+2` is written `Call Sam;'=1+2`). The field is quoted
  /// when it holds a comma, a semicolon, a quote or a line break, with
  /// quotes doubled.
  var csvField: String {
    var text = ""
    var cellStart = true
    for c in Sanitizer.clean(self) {
      if cellStart, "=+-@\t\r".contains(c) { text.append("'") }
      text.append(c)
      if c == "," || c == ";" {
        cellStart = true
      } else if c != " " {
        cellStart = false
      }
    }
    guard text.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0.isNewline })
    else { return text }
    var quoted = "\""
    for c in text { quoted += c == "\"" ? "\"\"" : String(c) }
    return quoted + "\""
  }
}
