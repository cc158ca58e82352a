import CoachTestSupport
import Testing

@testable import CoachCore

/// The reader of lines exactly as coach writes them (`CanonicalLineReader`)
/// and its pieces agree with the general code: the same events as
/// `FastEventDecoder` and the general decoder, the same moments as
/// `Moment.transcript`, the same line feeds as a count byte by byte.
@Suite struct CanonicalLineTests {
  static let literals: [(Literal, StaticString)] = [
    (.openAt, "{\"at\":\""), (.finished, ",\"finished\":"), (.key, ",\"key\":\""),
    (.name, ",\"name\":\""), (.script, ",\"script\":\""), (.text, ",\"text\":\""),
    (.type, ",\"type\":\""), (.value, ",\"value\":"), (.true, "true"), (.false, "false"),
    (.close, "}\n"), (.answered, "answered\""), (.asked, "asked\""), (.said, "said\""),
    (.skipped, "skipped\""), (.revised, "revised\""), (.jumped, "jumped\""),
    (.command, "command\""), (.ended, "ended\""),
  ]

  @Test func eachLiteralIsItsText() {
    for (literal, text) in Self.literals {
      #expect(literal == Literal(text), "\(text)")
    }
  }

  /// Texts short and long (a long one is shared by the interner), repeated
  /// and not, ASCII and not, with escapes, and that look like a day.
  static let texts = [
    "", "Ada", "By when?", "Goal 1: what do you want to achieve?",
    "Give 3 talks about Swift performance at meetups", "exactly sixteen!",
    "fifteen bytes..", "a \"quoted\" word that is long", "é ü 中文 🎯 and some more words",
    "tab\tnew\nline in a long text", "2026-12-01", "2031-09-30", "end of Q3 2031",
    String(repeating: "long ", count: 40),
  ]

  static let moments = [
    "2026-01-05T09:00:05+01:00", "2026-01-05T09:00:10+01:00", "2026-01-05T23:59:60+01:00",
    "2026-01-06T00:00:00+01:00", "2026-01-06T00:00:00Z", "2026-01-06T08:30:00-09:30",
    "2026-02-28T12:00:00Z", "2028-02-29T12:00:00+14:00", "2026-01-05T09:00:05+01:00",
  ]

  static func event(_ rng: inout SeededRandom) -> TranscriptEvent {
    let text = texts[Int.random(in: 0..<texts.count, using: &rng)]
    let at =
      Moment(iso: moments[Int.random(in: 0..<moments.count, using: &rng)]) ?? Moment(seconds: 0)
    let key = ["g.name", "goals.title_1#1", "goals.deadline_12#300", "a\"b", "é.k#1"][
      Int.random(in: 0..<5, using: &rng)]
    let values: [AnswerValue] = [
      .text(text), .text(text), .text("other text that is long enough"), .bool(true),
      .bool(false), .date(CalendarDay(dayNumber: 22_000)), .number(85_000), .list(["a", "b"]),
    ]
    switch Int.random(in: 0..<9, using: &rng) {
    case 0: return .said(text: text, at: at)
    case 1: return .asked(key: key, text: text, at: at)
    case 2, 3:
      return .answered(
        key: key, text: text, value: values[Int.random(in: 0..<values.count, using: &rng)],
        at: at)
    case 4: return .skipped(key: key, at: at)
    case 5: return .revised(key: key, at: at)
    case 6: return .jumped(script: text, at: at)
    case 7: return .command(name: "/plan", at: at)
    default: return .ended(finished: Bool.random(using: &rng), at: at)
    }
  }

  /// Every written line reads as `FastEventDecoder` reads it, or is left
  /// to it; plain ASCII lines with a string or boolean value are read.
  @Test(arguments: 1...6)
  func writtenLinesReadAsTheFastDecoderReadsThem(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed))
    var bytes: [UInt8] = []
    var lines: [String] = []
    for _ in 0..<300 {
      let event = Self.event(&rng)
      let line = TranscriptCodec.encode(event)
      lines.append(line)
      bytes += Array(line.utf8)
    }
    bytes.withUnsafeBufferPointer { buffer in
      var reader = CanonicalLineReader(bytes: buffer)
      var start = 0
      for line in lines {
        let count = line.utf8.count
        let slice = ArraySlice(line.utf8.dropLast())
        for askedText in [true, false] {
          let read = reader.event(at: start, askedText: askedText)
          let plain =
            line.utf8.allSatisfy { $0 < 0x80 } && !line.contains("\\")
            && !line.contains("\"value\":8") && !line.contains("\"value\":[")
          #expect((read != nil) == plain, "\(line)")
          if let read {
            #expect(read.end == start + count - 1, "\(line)")
            #expect(read.event == FastEventDecoder.event(slice, askedText: askedText), "\(line)")
          }
        }
        start += count
      }
    }
  }

  /// Whole transcripts of such lines, and the same lines bent, decode as
  /// the general decoder decodes them.
  @Test(arguments: 1...6)
  func transcriptsDecodeAsTheGeneralDecoderDecodesThem(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed) + 500)
    var bytes = TranscriptFastDecoderTests.header
    for _ in 0..<300 { bytes += Array(TranscriptCodec.encode(Self.event(&rng)).utf8) }
    let (fast, general) = TranscriptFastDecoderTests.both(bytes)
    #expect(fast == general)
    for _ in 0..<150 {
      let line = TranscriptFastDecoderTests.bent(TranscriptCodec.encode(Self.event(&rng)), &rng)
      let (fast, general) = TranscriptFastDecoderTests.both(
        TranscriptFastDecoderTests.header + line
          + Array(TranscriptCodec.encode(Self.event(&rng)).utf8))
      #expect(fast == general, "\(String(decoding: line, as: UTF8.self).debugDescription)")
    }
  }

  /// Cut anywhere, a transcript of written lines has the same torn tail
  /// and events either way.
  @Test func everyCutDecodesAlike() {
    var rng = SeededRandom(seed: 99)
    var bytes = TranscriptFastDecoderTests.header
    for _ in 0..<6 { bytes += Array(TranscriptCodec.encode(Self.event(&rng)).utf8) }
    for cut in TranscriptFastDecoderTests.header.count...bytes.count {
      let (fast, general) = TranscriptFastDecoderTests.both(Array(bytes[..<cut]))
      #expect(fast == general, "cut at \(cut)")
    }
  }

  /// Moments in a row, sharing a day or an offset or not, good and bad,
  /// read as `Moment.written` reads each alone (and as `Moment.transcript`
  /// reads the good ones).
  @Test func momentsReadAsEachAlone() {
    let bad = [
      "2026-01-05T24:00:00+01:00", "2026-01-05T09:60:00+01:00", "2026-01-05T09:00:61+01:00",
      "2026-01-05X09:00:05+01:00", "2026-01-05T09-00:05+01:00", "2026-01-05T09:00-05+01:00",
      "2026-01-05T0a:00:05+01:00", "2026-02-30T09:00:05+01:00", "2026-01-05T09:00:05+01-00",
      "2026-01-05T09:00:05*01:00", "2026-01-05T09:00:05Y", "2026-01-05T09:00:05+01:0x",
      "2026-01-05T09:00:05.5Z", "2026-1-05T09:00:05Z",
    ]
    let all = Self.moments + bad
    var rng = SeededRandom(seed: 5)
    var memo = MomentMemo()
    for _ in 0..<2000 {
      let text = all[Int.random(in: 0..<all.count, using: &rng)]
      var bytes = Array(text.utf8)
      let (read, alone) = bytes.withUnsafeMutableBufferPointer { buffer in
        let digits = UnsafeBufferPointer(buffer)
        return (memo.moment(digits), Moment.written(TranscriptDigits(digits)))
      }
      #expect(read == alone && (read != nil) == !bad.contains(text), "\(text)")
      if !bad.contains(text) { #expect(read == Moment.transcript(text), "\(text)") }
    }
  }

  /// Line feeds counted in words, at every offset and length.
  @Test func lineFeedsAreCountedAsByteByByte() {
    var rng = SeededRandom(seed: 3)
    for length in 0..<90 {
      let bytes = (0..<length).map { _ in
        [0x0A, 0x0B, 0x09, 0x8A, 0x41, 0x00, 0xFF][Int.random(in: 0..<7, using: &rng)] as UInt8
      }
      for start in 0...min(length, 9) {
        #expect(
          TranscriptCodec.lineFeeds(in: bytes, from: start)
            == bytes[start...].filter { $0 == 0x0A }.count, "\(bytes) from \(start)")
        bytes.withUnsafeBufferPointer { buffer in
          #expect(
            TranscriptCodec.lineFeed(in: buffer, from: start)
              == bytes[start...].firstIndex(of: 0x0A))
          #expect(
            TranscriptCodec.isASCII(buffer, start..<length)
              == bytes[start...].allSatisfy { $0 < 0x80 })
        }
      }
    }
  }

  /// The interner gives back the text of the bytes, shared or not, for
  /// texts of every length, repeated or not, past its capacity.
  @Test func internedTextsAreTheirBytes() {
    var rng = SeededRandom(seed: 8)
    var pieces: [String] = []
    for n in 0..<(TextInterner.capacity + 300) {
      let length = Int.random(in: 0..<70, using: &rng)
      pieces.append(String(repeating: "ab", count: length / 2) + "\(n % 997)")
    }
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    for piece in pieces + pieces.shuffled(using: &rng) {
      let start = bytes.count
      bytes += Array(piece.utf8)
      ranges.append(start..<bytes.count)
    }
    bytes.withUnsafeBufferPointer { buffer in
      var interner = TextInterner()
      for range in ranges {
        #expect(
          interner.text(buffer, range)
            == String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
      }
    }
  }
}
