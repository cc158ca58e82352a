import Testing

@testable import CoachCore

/// An export cleaned a part at a time, however it is cut, is the export
/// cleaned whole: `Sanitizer.Stream` keeps a scalar cut between two parts
/// until the rest of it comes.
@Suite struct SanitizerStreamTests {
  /// What the stream makes of `bytes` cut at `cuts` (offsets, ascending).
  static func streamed(_ bytes: [UInt8], cutAt cuts: [Int], keepingCarriageReturns: Bool) -> [UInt8]
  {
    var stream = Sanitizer.Stream(keepingCarriageReturns: keepingCarriageReturns)
    var out: [UInt8] = []
    var start = 0
    for end in cuts + [bytes.count] {
      bytes[start..<end].withUnsafeBufferPointer { part in
        stream.clean(part) { clean in
          #expect(!clean.isEmpty)
          out.append(contentsOf: clean)
        }
      }
      start = end
    }
    stream.finish { out.append(contentsOf: $0) }
    return out
  }

  static func whole(_ text: String, keepingCarriageReturns: Bool) -> [UInt8] {
    Array(Sanitizer.clean(text, keepingCarriageReturns: keepingCarriageReturns).utf8)
  }

  /// Scalars of one to four bytes, the controls the cleaning drops (C0,
  /// DEL, C1, bidi) and layout it keeps.
  static let pieces: [String] = [
    "a", "Give 3 talks", " ", "\n", "\t", "\r", "\r\n", "\u{0}", "\u{1B}[31m", "\u{7F}", "é",
    "\u{80}", "\u{9F}", "\u{A0}", "中文", "\u{202E}", "\u{2066}", "\u{2069}", "\u{200E}",
    "\u{200F}", "\u{061C}", "🎯", "👩🏽‍💻", "\u{10FFFF}",
  ]

  @Test func everyCutOfEveryPairGivesTheWholeCleaned() {
    for first in Self.pieces {
      for second in Self.pieces {
        let text = first + second
        let bytes = Array(text.utf8)
        for keep in [false, true] {
          let expected = Self.whole(text, keepingCarriageReturns: keep)
          for cut in 0...bytes.count {
            #expect(
              Self.streamed(bytes, cutAt: [cut], keepingCarriageReturns: keep) == expected,
              "\(bytes) cut at \(cut)")
          }
        }
      }
    }
  }

  @Test func randomTextsInRandomPartsGiveTheWholeCleaned() {
    var random = SeededRandom(seed: 12)
    for _ in 0..<500 {
      let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in
        Self.pieces.randomElement(using: &random)!
      }.joined()
      let bytes = Array(text.utf8)
      // Parts of one byte to a few scalars, empty parts among them.
      var cuts: [Int] = []
      var at = 0
      while at < bytes.count {
        at = min(bytes.count, at + Int.random(in: 0...9, using: &random))
        cuts.append(at)
      }
      let keep = Bool.random(using: &random)
      #expect(
        Self.streamed(bytes, cutAt: cuts, keepingCarriageReturns: keep)
          == Self.whole(text, keepingCarriageReturns: keep), "\(bytes) cut at \(cuts)")
    }
  }

  @Test func plainPartsPassThroughAsTheyAre() {
    let bytes = Array("name,title\r\nAda,Give 3 talks\r\n".utf8)
    var parts: [[UInt8]] = []
    var stream = Sanitizer.Stream(keepingCarriageReturns: true)
    bytes.withUnsafeBufferPointer { stream.clean($0) { parts.append(Array($0)) } }
    stream.finish { parts.append(Array($0)) }
    #expect(parts == [bytes])
  }

  @Test func aTextEndingInsideAScalarKeepsWhatADecoderWould() {
    // Not what an exporter makes, but the stream must not lose it silently.
    let cut = Array("ok é".utf8).dropLast()
    let out = Self.streamed(Array(cut), cutAt: [], keepingCarriageReturns: false)
    #expect(out == Array("ok \u{FFFD}".utf8))
  }
}
