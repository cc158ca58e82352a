extension String {
  /// The text as an RFC 5545 TEXT value: backslash, semicolon and comma
  /// escaped with a backslash, line breaks as `\n`, and the controls TEXT
  /// does not allow removed.
  var icsEscaped: String {
    var out = ""
    for scalar in Sanitizer.clean(self).unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The content line folded as RFC 5545 asks: no line longer than 75
  /// octets (without its CRLF), each continuation starting with a space,
  /// and never inside a UTF-8 sequence. Folds fall between characters as
  /// people see them (an emoji with its joiners stays whole) unless one
  /// character alone is too long for a line. Lines end with CRLF.
  var icsFolded: String {
    var out = ""
    var octets = 0
    func append(_ piece: String) {
      if octets + piece.utf8.count > 75 {
        out += "\r\n "
        octets = 1
      }
      out += piece
      octets += piece.utf8.count
    }
    for character in self {
      if character.utf8.count <= 74 {
        append(String(character))
      } else {
        for scalar in character.unicodeScalars { append(String(scalar)) }
      }
    }
    return out + "\r\n"
  }
}
