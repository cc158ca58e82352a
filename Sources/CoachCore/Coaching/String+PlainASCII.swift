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

extension UInt8 {
  /// A to Z or a to z: the ASCII bytes that are a letter.
  var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
  /// 0 to 9: the ASCII bytes that are a number.
  var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
