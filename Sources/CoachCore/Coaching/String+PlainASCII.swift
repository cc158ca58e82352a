extension String {
  /// Whether every byte of the text is ASCII: then each Character is one
  /// byte (but "\r\n", which no word rule keeps or looks for), and word
  /// rules can work on the bytes.
  var isPlainASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

  /// `contains(needle)`, on the bytes when both are ASCII (the same answer,
  /// without the general search's set-up for every call).
  func holds(_ needle: String) -> Bool {
    guard isPlainASCII, needle.isPlainASCII else { return contains(needle) }
    var text = self
    var needle = needle
    return text.withUTF8 { t in
      needle.withUTF8 { n in
        guard !n.isEmpty else { return true }
        guard n.count <= t.count else { return false }
        return (0...(t.count - n.count)).contains { i in
          t[i] == n[0] && (1..<n.count).allSatisfy { t[i + $0] == n[$0] }
        }
      }
    }
  }
}

extension String {
  /// `contains { $0.isLetter }`, on the bytes when the text is ASCII.
  var holdsLetter: Bool {
    isPlainASCII ? utf8.contains { $0.isASCIILetter } : contains { $0.isLetter }
  }

  /// `contains { $0.isNumber }`, on the bytes when the text is ASCII.
  var holdsNumber: Bool {
    isPlainASCII ? utf8.contains { $0.isASCIIDigit } : contains { $0.isNumber }
  }
}

extension String {
  /// `split(separator: " ", omittingEmptySubsequences:)`, on the bytes when
  /// the text is ASCII (the general split compares every Character).
  func splitOnSpaces(omittingEmpty: Bool = true) -> [Substring] {
    guard isPlainASCII else {
      return split(separator: " ", omittingEmptySubsequences: omittingEmpty)
    }
    return utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: omittingEmpty)
      .map(Substring.init)
  }

  /// `split(whereSeparator: \.isWhitespace)`, on the bytes when the text is
  /// ASCII: its white space is tab, the line feed to the carriage return,
  /// and space ("\r\n", one Character, is two of them, and the empty word
  /// between them is left out as the general split leaves it out).
  var wordsBetweenWhitespace: [Substring] {
    guard isPlainASCII else { return split(whereSeparator: \.isWhitespace) }
    return utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
      .map(Substring.init)
  }

  /// `contains(Character(Unicode.Scalar(byte)))` for an ASCII byte other
  /// than "\r" and "\n" (which "\r\n" holds as one Character), on the
  /// bytes when the text is ASCII.
  func holds(byte: UInt8) -> Bool {
    assert(byte < 0x80 && byte != 0x0A && byte != 0x0D, "not ASCII, or a byte of \"\\r\\n\"")
    return isPlainASCII ? utf8.contains(byte) : contains(Character(Unicode.Scalar(byte)))
  }

  /// `filter(\.isLetter)`, on the bytes when the text is ASCII.
  var letters: String {
    guard isPlainASCII else { return filter(\.isLetter) }
    return String(decoding: utf8.filter(\.isASCIILetter), as: UTF8.self)
  }

  /// `filter { $0.isLetter || $0 == "-" }`, on the bytes when the text is
  /// ASCII.
  var lettersAndHyphens: String {
    guard isPlainASCII else { return filter { $0.isLetter || $0 == "-" } }
    let kept = utf8.filter { $0.isASCIILetter || $0 == UInt8(ascii: "-") }
    return String(decoding: kept, as: UTF8.self)
  }
}

extension UInt8 {
  /// A to Z or a to z: the ASCII bytes that are a letter.
  var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
  /// 0 to 9: the ASCII bytes that are a number.
  var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
