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
