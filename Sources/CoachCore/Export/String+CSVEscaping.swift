extension String {
  /// The text as one RFC 4180 field, guarded against formula injection.
  ///
  /// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (or a
  /// tab or carriage return before one) as a formula, so an answer such as
  /// `=cmd|' /C calc'!A0` gets a leading `'`, which spreadsheets show as
  /// text. The field is quoted when it holds a comma, a quote or a line
  /// break, with quotes doubled.
  var csvField: String {
    var text = Sanitizer.clean(self)
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    var quoted = "\""
    for c in text { quoted += c == "\"" ? "\"\"" : String(c) }
    return quoted + "\""
  }
}
