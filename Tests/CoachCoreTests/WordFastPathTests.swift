import Testing

@testable import CoachCore

/// The word rules' byte shortcuts (`String+PlainASCII.swift`) against the
/// Character code they stand for: each gives the same answer for every
/// text, ASCII or not. The texts hold the edges: "\r\n" (one Character of
/// two white-space bytes), the other ASCII controls, combining marks after
/// an ASCII byte, and characters equal to an ASCII one ("\u{37E}" is ";").
@Suite struct WordFastPathTests {
  /// Everything a text below is made of; several are more than one scalar.
  static let pieces: [String] = [
    "a", "Z", "q", "7", "0", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
    "\u{1C}", "\u{1F}", "\u{7F}", "-", ":", ";", "'", "$", ".", "\u{301}", "é", "e\u{301}",
    "’", "\u{37E}", "\u{85}", "\u{A0}", "\u{2003}", "€", "£", "¥", "₹", "٣", "½", "ß", "😀",
  ]

  /// Seeded, so a failure names a text that fails again.
  static func texts(count: Int, seed: UInt64) -> [String] {
    var generator = SeededRandom(seed: seed)
    var texts = ["", " ", "\r\n", "a b", " a  b ", "by xmas", "9:30", "1:1s", "in 3 months"]
    for _ in 0..<count {
      let length = Int.random(in: 0...10, using: &generator)
      // Half the texts are ASCII only: the shortcuts' side of the branch.
      let ascii = Bool.random(using: &generator)
      let from = ascii ? pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : pieces
      let picked = (0..<length).map { _ in from[Int.random(in: from.indices, using: &generator)] }
      texts.append(picked.joined())
    }
    return texts
  }

  @Test func splittingOnSpacesAgrees() {
    for text in Self.texts(count: 3000, seed: 1) {
      for omitting in [true, false] {
        let general = text.split(separator: " ", omittingEmptySubsequences: omitting)
        #expect(
          text.splitOnSpaces(omittingEmpty: omitting).map(String.init) == general.map(String.init),
          "\(text.debugDescription), omitting empty: \(omitting)")
      }
    }
  }

  @Test func splittingOnWhitespaceAgrees() {
    for text in Self.texts(count: 3000, seed: 2) {
      let general = text.split(whereSeparator: \.isWhitespace).map(String.init)
      #expect(text.wordsBetweenWhitespace.map(String.init) == general, "\(text.debugDescription)")
    }
  }

  @Test func keepingLettersAgrees() {
    for text in Self.texts(count: 3000, seed: 3) {
      #expect(text.letters == String(text.filter(\.isLetter)), "\(text.debugDescription)")
      #expect(
        text.lettersAndHyphens == String(text.filter { $0.isLetter || $0 == "-" }),
        "\(text.debugDescription)")
    }
  }

  @Test func holdingAByteAgrees() {
    for text in Self.texts(count: 3000, seed: 4) {
      let scalars: [Unicode.Scalar] = [":", ";", "-", "'", " ", "\t"]
      for byte in scalars.map({ UInt8(ascii: $0) }) {
        let character = Character(Unicode.Scalar(byte))
        #expect(
          text.holds(byte: byte) == text.contains(character),
          "\(text.debugDescription) holds \(character.debugDescription)")
      }
      #expect(text.holdsNumber == text.contains { $0.isNumber }, "\(text.debugDescription)")
    }
  }

  /// `withoutPastSpans` looks for "’" only in a text that is not ASCII.
  @Test func noASCIITextHoldsTheCurlyApostrophe() {
    for text in Self.texts(count: 3000, seed: 5) where text.isPlainASCII {
      #expect(!text.contains("’" as Character), "\(text.debugDescription)")
    }
  }

  /// `isMoney` reads the first Character against a set now, not the text
  /// "$€£¥₹": a sign with a mark after it is no sign either way.
  @Test(arguments: ["$150", "€5k", "£2m", "¥300", "₹40", "$", "$\u{301}5", "€\u{301}", "5k", "x$"])
  func moneyIsReadAsBefore(word: String) {
    let before: Bool = {
      guard let first = word.first else { return false }
      if "$€£¥₹".contains(first) { return word.count > 1 }
      guard first.isNumber, let last = word.last, "km".contains(last) else { return false }
      return word.dropLast().allSatisfy { $0.isNumber || $0 == "." }
    }()
    #expect(SmartWords.isMoney(word) == before)
  }
}
