/// Removes what must never reach a terminal or a file from text that came
/// from a person or a script: C0 controls except newline and tab, DEL, C1
/// controls, and the bidirectional controls that can make text read
/// differently from what it is.
public enum Sanitizer {
  /// Cleans `text`, keeping newlines and tabs.
  public static func clean(_ text: String, keepingCarriageReturns: Bool = false) -> String {
    func unsafe(_ s: Unicode.Scalar) -> Bool {
      isUnsafe(s) && !(keepingCarriageReturns && s == "\r")
    }
    if isPrintableASCII(text, keepingLayout: true) || !text.unicodeScalars.contains(where: unsafe) {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !unsafe(scalar) { out.append(scalar) }
    return String(out)
  }

  /// Cleans one line of input: like `clean`, and also turns tabs into spaces
  /// and drops newlines.
  public static func cleanLine(_ text: String) -> String {
    if isPrintableASCII(text, keepingLayout: false) { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars where !isUnsafe(scalar) && scalar != "\n" && scalar != "\r" {
      out.append(scalar == "\t" ? " " : scalar)
    }
    return String(out)
  }

  /// Whether every byte of `text` is printable ASCII (a space to `~`), or
  /// with `keepingLayout` a tab or a newline: nothing to clean, found from
  /// the bytes without decoding a scalar (what a typed answer and most of
  /// a script's text are).
  static func isPrintableASCII(_ text: String, keepingLayout: Bool) -> Bool {
    func printable(_ byte: UInt8) -> Bool {
      (byte >= 0x20 && byte < 0x7F) || (keepingLayout && (byte == 0x09 || byte == 0x0A))
    }
    // Over the bytes in place (`withUTF8`: `withContiguousStorageIfAvailable`
    // gives nothing for a small string, which most typed answers are).
    var text = text
    return text.withUTF8 { bytes in
      for byte in bytes where !printable(byte) { return false }
      return true
    }
  }

  static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    // Bidi embeddings, overrides and isolates; the left-to-right and
    // right-to-left marks; the Arabic letter mark.
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
    default: return false
    }
  }
}

extension String {
  /// Tabs as single spaces.
  var replacingTabs: String {
    contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
  }
}
