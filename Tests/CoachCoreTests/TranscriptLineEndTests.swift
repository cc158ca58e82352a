import Testing

@testable import CoachCore

/// Lines are found eight bytes at a time: a line feed, or a byte that is
/// not ASCII, is seen wherever it falls in a word.
@Suite struct TranscriptLineEndTests {
  static let at = Moment(seconds: 1_795_597_200)

  /// A `said` line of `length` letters, with `insert` put into its text
  /// at `offset` when given.
  static func line(length: Int, insert: [UInt8] = [], offset: Int = 0) -> [UInt8] {
    var bytes = Array(
      TranscriptCodec.encode(.said(text: String(repeating: "x", count: length), at: at)).utf8)
    let member = Array(#""text":""#.utf8)
    let start =
      (0..<bytes.count).first { bytes[$0...].starts(with: member) }.map { $0 + member.count } ?? 0
    let text = start + offset
    bytes.insert(contentsOf: insert, at: text)
    return bytes
  }

  @Test(arguments: 0..<17)
  func aBadByteIsFoundOnItsLine(offset: Int) {
    for bad in 0..<3 {
      var bytes = TranscriptFastDecoderTests.header
      for n in 0..<3 {
        bytes += Self.line(length: 20 + offset + n, insert: n == bad ? [0xFF] : [], offset: offset)
      }
      #expect(throws: TranscriptError(line: bad + 2, message: "line is not valid UTF-8")) {
        try TranscriptCodec.decode(bytes)
      }
    }
  }

  @Test(arguments: 0..<17)
  func linesEndWhereverTheirFeedFalls(length: Int) throws {
    var bytes = TranscriptFastDecoderTests.header
    var texts: [String] = []
    for n in 0..<9 {
      let accent = n % 3 == 0 ? Array("é".utf8) : []
      bytes += Self.line(length: length + 1 + n, insert: accent, offset: n % (length + 2))
      var text = String(repeating: "x", count: length + 1 + n)
      if !accent.isEmpty {
        text.insert("é", at: text.index(text.startIndex, offsetBy: n % (length + 2)))
      }
      texts.append(text)
    }
    let events = try TranscriptCodec.decode(bytes).events
    #expect(events == texts.map { .said(text: $0, at: Self.at) })
  }
}
