import Testing

@testable import CoachCore

/// The sanitiser's shortcut for printable ASCII (most answers and most of
/// a script's text) gives what the scalar by scalar cleaning gives.
@Suite struct SanitizerTests {
  /// The cleaning scalar by scalar, as it is written without the shortcut.
  static func slowClean(_ text: String, keepingCarriageReturns: Bool = false) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars
    where !Sanitizer.isUnsafe(scalar) || (keepingCarriageReturns && scalar == "\r") {
      out.append(scalar)
    }
    return String(out)
  }

  static func slowCleanLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars
    where !Sanitizer.isUnsafe(scalar) && scalar != "\n" && scalar != "\r" {
      out.append(scalar == "\t" ? " " : scalar)
    }
    return String(out)
  }

  /// Every ASCII byte and the non-ASCII characters the cleaning cares
  /// about, alone and inside plain words.
  static let texts: [String] =
    [
      "", "Ada", "Give 3 talks about Swift", "~ and space", "é ü 中文 🎯", "\u{80}\u{9F}\u{A0}",
      "a\u{202E}b", "\u{2066}x\u{2069}", "\u{200E}\u{200F}\u{061C}", "line\r\n", "\r\n",
    ]
    + (0..<0x80).flatMap { byte -> [String] in
      let c = String(UnicodeScalar(UInt8(byte)))
      return [c, "a\(c)b", "plain words \(c)"]
    }

  @Test func cleansAsTheScalarsDo() {
    for text in Self.texts {
      #expect(Sanitizer.clean(text) == Self.slowClean(text), "\(Array(text.utf8))")
      #expect(
        Sanitizer.clean(text, keepingCarriageReturns: true)
          == Self.slowClean(text, keepingCarriageReturns: true), "\(Array(text.utf8))")
      #expect(Sanitizer.cleanLine(text) == Self.slowCleanLine(text), "\(Array(text.utf8))")
    }
  }

  @Test func printableASCIIIsFoundFromTheBytes() {
    #expect(Sanitizer.isPrintableASCII("Give 3 talks ~", keepingLayout: false))
    #expect(!Sanitizer.isPrintableASCII("tab\there", keepingLayout: false))
    #expect(Sanitizer.isPrintableASCII("tab\there\n", keepingLayout: true))
    #expect(!Sanitizer.isPrintableASCII("cr\r", keepingLayout: true))
    #expect(!Sanitizer.isPrintableASCII("del\u{7F}", keepingLayout: true))
    #expect(!Sanitizer.isPrintableASCII("é", keepingLayout: true))
  }
}
