/// How many terminal columns text takes: what every terminal layout
/// measures (wrapping, columns, underlines), since a character count is
/// wrong for CJK (two columns each), emoji (two) and combining marks,
/// joiners and variation selectors (none).
extension Character {
  /// The character's width in terminal columns: 2 for East Asian Wide and
  /// Fullwidth characters and emoji, 0 for a combining mark, a joiner or
  /// another format or control character on its own, else 1.
  public var displayWidth: Int {
    let scalars = unicodeScalars
    guard let base = scalars.first else { return 0 }
    // An emoji sequence (👩‍💻, ❤️, a flag) is one character, two columns.
    if scalars.contains(where: { $0.properties.isEmojiPresentation })
      || scalars.contains("\u{FE0F}") && base.properties.isEmoji
    {
      return 2
    }
    if Self.isZeroWidth(base) { return 0 }
    return Self.isWide(base) ? 2 : 1
  }

  /// Whether a line may break before or after this character with no space:
  /// between CJK characters, which are written without spaces.
  public var breaksFreely: Bool {
    guard let base = unicodeScalars.first else { return false }
    return Self.isWide(base) && !base.properties.isEmojiPresentation
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return true
    default: return (0xFE00...0xFE0F).contains(scalar.value)
    }
  }

  /// East Asian Wide (W) and Fullwidth (F), by block.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return wideRanges.contains { $0.contains(v) }
  }

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo leading consonants
    0x231A...0x231B, 0x2329...0x232A,
    0x2E80...0x303E,  // CJK radicals, punctuation
    0x3041...0x33FF,  // kana, CJK compatibility
    0x3400...0x4DBF,  // CJK extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, small forms
    0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
    0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // pictographs, emoticons
    0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and later
  ]
}

extension StringProtocol {
  /// The text's width in terminal columns (`Character.displayWidth`).
  public var displayWidth: Int { reduce(0) { $0 + $1.displayWidth } }
}
