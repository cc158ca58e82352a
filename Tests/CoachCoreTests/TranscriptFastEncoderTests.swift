import Testing

@testable import CoachCore

/// The hand-written encoder of event lines writes exactly what the general
/// JSON encoder writes, byte for byte, for every kind of event and every
/// character a text may hold; a number value is left to the general one.
@Suite struct TranscriptFastEncoderTests {
  static let moments = [
    Moment(seconds: 1_795_597_200), Moment(seconds: 1_795_597_261, utcOffset: 3_600),
    Moment(seconds: 0, utcOffset: -19_800), Moment(seconds: 4_102_444_799, utcOffset: 49_500),
  ]

  /// Every control character, the characters JSON escapes, and some that
  /// it does not (DEL, the line separators, non-ASCII, an emoji).
  static let texts: [String] =
    [
      "", "Ada", "a \"quoted\" word", "back\\slash", "a/b//c", "tab\tnew\nline\r",
      "é ü 中文 🎯", "\u{7F}\u{80}\u{2028}\u{2029}\u{FEFF}", "{\"x\":[1]}", "<script>&",
    ] + (0..<0x20).map { "x\(String(UnicodeScalar(UInt8($0))))y" }
    // Lengths around a word of eight with an escape last or first, and
    // texts longer than a piece of the encoder's scratch buffer (512
    // bytes) with escapes and characters of several bytes across its ends.
    + [7, 8, 9, 15, 16, 17].flatMap { n in
      [String(repeating: "a", count: n - 1) + "\"", "\n" + String(repeating: "b", count: n - 1)]
    }
    + [
      String(repeating: "x", count: 511) + "\"\u{1}é" + String(repeating: "y", count: 600),
      String(repeating: "z", count: 510) + "中文🎯" + String(repeating: "\t", count: 700),
      String(repeating: "long plain text ", count: 200),
    ]

  static let values: [AnswerValue] =
    texts.map { .text($0) } + [
      .bool(true), .bool(false), .date(CalendarDay(dayNumber: 20_999)),
      .date(CalendarDay(dayNumber: -1)), .list([]), .list(texts),
    ]

  static func events(at at: Moment) -> [TranscriptEvent] {
    var events: [TranscriptEvent] = [
      .ended(finished: true, at: at), .ended(finished: false, at: at),
    ]
    for text in texts {
      events += [
        .said(text: text, at: at), .asked(key: text, text: text, at: at),
        .skipped(key: text, at: at), .revised(key: text, at: at), .jumped(script: text, at: at),
        .command(name: text, at: at),
      ]
    }
    for value in values {
      events.append(.answered(key: "goals.title#2", text: "a \"b\"\n", value: value, at: at))
    }
    return events
  }

  @Test func writesWhatTheGeneralEncoderWrites() {
    var compared = 0
    for moment in Self.moments {
      for event in Self.events(at: moment) {
        let fast = FastEventEncoder.line(event)
        #expect(fast != nil)
        let general = TranscriptCodec.encode(event, fast: false)
        #expect(fast == general, "\(event)")
        compared += 1
      }
    }
    #expect(compared > 400)
  }

  /// The journal's way in: each line appended to the bytes already held
  /// (what was said and asked, kept for the next write), the general
  /// encoder's for a number.
  @Test func appendsEachLineToTheBytesHeld() {
    var bytes: [UInt8] = []
    var expected = ""
    for moment in Self.moments {
      for event in Self.events(at: moment) + [
        .answered(key: "goals.years", text: "3", value: .number(3), at: moment)
      ] {
        TranscriptCodec.appendLine(event, to: &bytes)
        expected += TranscriptCodec.encode(event, fast: false)
      }
    }
    #expect(bytes == Array(expected.utf8))
  }

  @Test func leavesNumbersToTheGeneralEncoder() {
    let at = Self.moments[0]
    for n in [0, -0.0, 12.5, 1e20, 0.1, .infinity, .nan] {
      let event = TranscriptEvent.answered(key: "k", text: "t", value: .number(n), at: at)
      #expect(FastEventEncoder.line(event) == nil)
      #expect(TranscriptCodec.encode(event) == TranscriptCodec.encode(event, fast: false))
    }
  }

  @Test func readsBackAsTheSameEvent() throws {
    for event in Self.events(at: Self.moments[1]) {
      let line = TranscriptCodec.encode(event)
      #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"))
      #expect(FastEventDecoder.event(Array(line.utf8.dropLast())[...]) == event)
    }
  }

  /// The header line: with and without a plan id, no script or several,
  /// and every text the events are tried with in each of its strings.
  @Test func writesTheHeaderTheGeneralEncoderWrites() {
    var compared = 0
    for (i, text) in Self.texts.enumerated() {
      let moment = Self.moments[i % Self.moments.count]
      let headers = [
        TranscriptHeader(
          app: text, session: text, roots: [], scripts: [], started: moment, locale: text),
        TranscriptHeader(
          app: "coach 0.1.0", session: "20260105-080000-beef", roots: [text, "goals"],
          scripts: [
            ScriptStamp(id: text, hash: "840fd39dff44bb9a550e5e15675bb4bd"),
            ScriptStamp(id: "goals", hash: text),
          ],
          started: moment, locale: "C.UTF-8", planID: text),
      ]
      for header in headers {
        #expect(
          TranscriptCodec.encode(header, fast: true) == TranscriptCodec.encode(header, fast: false),
          "\(header)")
        compared += 1
      }
    }
    #expect(compared == 2 * Self.texts.count)
  }
}
