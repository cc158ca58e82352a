extension String {
  /// The text as HTML character data, safe in element content and in
  /// double- or single-quoted attribute values.
  ///
  /// Unsafe controls are removed first (`Sanitizer`), and Unicode
  /// noncharacters, which HTML5 parsers report as errors, become U+FFFD.
  var htmlEscaped: String {
    var out = ""
    out.reserveCapacity(utf8.count)
    for scalar in Sanitizer.clean(self).unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        let v = scalar.value
        let nonCharacter = (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
        out.unicodeScalars.append(nonCharacter ? "\u{FFFD}" : scalar)
      }
    }
    return out
  }

  /// Like `htmlEscaped`, with each line break kept as `<br>`.
  var htmlEscapedLines: String {
    htmlEscaped.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "<br>\n")
  }
}
