import CoachTestSupport
import Testing

@testable import CoachCore

/// The hand-written decoder of event lines agrees with the general JSON
/// decoder on every line: the same events, or the same error on the same
/// line. Lines coach writes, and the same lines bent: escapes, whitespace,
/// huge and odd numbers, nulls, repeated members, invalid UTF-8, cut short.
@Suite struct TranscriptFastDecoderTests {
  static let header = Array(
    (#"{"app":"coach 0.1.0","format":1,"kind":"coach-transcript","locale":"C.UTF-8","#
      + #""planID":"ed4e2328-c81f-43f2-9511-1f3c0b222299","roots":["checkin"],"#
      + #""scripts":[{"hash":"6b62ab522f35cac826552a0ca15c3a95","id":"checkin"}],"#
      + #""session":"20261125-090000-0000","started":"2026-11-25T09:00:00Z"}"# + "\n").utf8)

  static let at = Moment(seconds: 1_795_597_200)

  static let texts = [
    "", "Ada", "a \"quoted\" word", "back\\slash", "a/b", "tab\tnew\nline", "é ü 中文 🎯",
    "\u{0}\u{1}\u{1F}\u{7F}", "2026-12-01", "2026-13-45", "true", "85,000", "{\"x\":1}",
  ]

  static let values: [AnswerValue] = [
    .text("Ada"), .text("é \"q\" \\ / 🎯"), .number(0), .number(-0.0), .number(85_000),
    .number(12.5), .number(-3.25), .number(1e20), .number(0.1), .number(123_456_789_012_345),
    .number(1_234_567_890_123_456), .bool(true), .bool(false),
    .date(CalendarDay(dayNumber: 20_999)),
    .list([]), .list(["a", "b, c", "é"]),
  ]

  /// Lines as coach writes them, one of each kind of event.
  static func written(_ rng: inout SeededRandom) -> String {
    let text = texts[Int.random(in: 0..<texts.count, using: &rng)]
    let key = ["checkin.name", "goals.title#2", "goals.title:specific#1", "a\"b"][
      Int.random(in: 0..<4, using: &rng)]
    let event: TranscriptEvent
    switch Int.random(in: 0..<8, using: &rng) {
    case 0: event = .said(text: text, at: at)
    case 1: event = .asked(key: key, text: text, at: at)
    case 2:
      event = .answered(
        key: key, text: text, value: values[Int.random(in: 0..<values.count, using: &rng)],
        at: at)
    case 3: event = .skipped(key: key, at: at)
    case 4: event = .revised(key: key, at: at)
    case 5: event = .jumped(script: text, at: at)
    case 6: event = .command(name: "/plan", at: at)
    default: event = .ended(finished: Bool.random(using: &rng), at: at)
    }
    return TranscriptCodec.encode(event)
  }

  static let pieces: [[UInt8]] = [
    Array(" ".utf8), Array("\t".utf8), Array("\\u00e9".utf8), Array("\\ud83c\\udfaf".utf8),
    Array("\\ud800".utf8), Array("\\udc00x".utf8), Array("\\u12".utf8), Array("\\x".utf8),
    Array("\\/".utf8), Array("null".utf8), Array("1e400".utf8), Array("-1e-400".utf8),
    Array("123456789012345678901234567890".utf8),
    Array("0.1000000000000000055511151231257827".utf8),
    Array("00".utf8), Array("-".utf8), Array("1.".utf8), Array(".5".utf8), Array("1E3".utf8),
    Array("[1,2]".utf8), Array("{}".utf8), Array("{\"a\":[{}]}".utf8), Array(",".utf8),
    Array("\"".utf8), Array(":".utf8), Array("]".utf8), Array("}".utf8), Array("true".utf8),
    Array("\"value\":1,".utf8), Array("\"type\":\"said\",".utf8), Array("\"extra\":0,".utf8),
    [0xFF], [0xC0, 0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x01], [0x7F],
  ]

  /// A written line bent at a random place.
  static func bent(_ line: String, _ rng: inout SeededRandom) -> [UInt8] {
    var bytes = Array(line.utf8.dropLast())
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      let at = Int.random(in: 0...bytes.count, using: &rng)
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &rng)], at: at)
      case 1 where at < bytes.count: bytes.remove(at: at)
      case 2 where at < bytes.count:
        bytes[at] = pieces[Int.random(in: 0..<pieces.count, using: &rng)].first ?? 0x20
      default: bytes = Array(bytes[..<at])
      }
    }
    return bytes + [0x0A]
  }

  static func both(_ bytes: [UInt8]) -> (
    fast: Result<TranscriptDecoding, TranscriptError>,
    general: Result<TranscriptDecoding, TranscriptError>
  ) {
    (
      Result { () throws(TranscriptError) in try TranscriptCodec.decode(bytes, fast: true) },
      Result { () throws(TranscriptError) in try TranscriptCodec.decode(bytes, fast: false) }
    )
  }

  @Test(arguments: 1...8)
  func writtenLinesDecodeAlike(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed))
    var bytes = Self.header
    for _ in 0..<200 {
      let line = Self.written(&rng)
      // What coach writes takes the fast way, not the fallback (but for
      // a number in exponent form or with more than 15 digits).
      let plain = !line.contains("e+") && !line.contains("1234567890123456")
      #expect(
        !plain || FastEventDecoder.event(ArraySlice(line.utf8.dropLast())) != nil, "\(line)")
      bytes += Array(line.utf8)
    }
    let (fast, general) = Self.both(bytes)
    #expect(fast == general)
    #expect((try? fast.get())?.events.count == 200)
  }

  @Test(arguments: 1...8)
  func bentLinesDecodeAlike(seed: Int) {
    var rng = SeededRandom(seed: UInt64(seed) + 1000)
    var differ = 0
    for _ in 0..<400 {
      let line = Self.bent(Self.written(&rng), &rng)
      let (fast, general) = Self.both(Self.header + line)
      if fast != general {
        differ += 1
        Issue.record("differ on \(String(decoding: line, as: UTF8.self).debugDescription)")
        if differ > 5 { return }
      }
    }
  }

  /// The plain run of a string is found eight bytes at a time: a byte it
  /// must stop at (a quote, a backslash, each control byte) at every
  /// offset of the first words, beside bytes of 0x7F and above, in the key
  /// and in the text, decodes as the general decoder decodes it.
  @Test func everyStopByteAtEveryOffsetDecodesAlike() {
    let stops: [[UInt8]] =
      (0..<0x20).map { [UInt8($0)] } + [[0x5C, 0x6E], [0x5C, 0x22], [0x22], [0x5C]]
    let plain = Array("abcdefghijklmnopqrstu".utf8)
    let neighbours: [[UInt8]] = [[], [0x7F], [0xC3, 0xA9], [0xFF]]
    var compared = 0
    for stop in stops {
      for offset in 0...17 {
        for neighbour in neighbours {
          var text = Array(plain.prefix(offset)) + neighbour + stop + neighbour + plain
          text = Array(text.prefix(40))
          for member in ["key", "text"] {
            let other = member == "key" ? "text" : "key"
            let line =
              Array(#"{"at":"2026-11-25T09:00:00Z","\#(member)":""#.utf8) + text
              + Array(#"","\#(other)":"k","type":"asked"}"#.utf8) + [0x0A]
            let (fast, general) = Self.both(Self.header + line)
            #expect(fast == general, "\(String(decoding: line, as: UTF8.self).debugDescription)")
            compared += 1
          }
        }
      }
    }
    #expect(compared == stops.count * 18 * 4 * 2)
  }

  @Test func spacesEscapesAndOddNumbersDecodeAlike() {
    let lines = [
      #" { "at" : "2026-11-25T09:00:00Z" , "text" : "\u00e9\ud83c\udfaf\n\/" , "type" : "said" } "#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"t","type":"answered","value":1e400}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"t","type":"answered","value":12345678901234567890}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"t","type":"answered","value":-0.5}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"t","type":"answered","value":null}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","key":"j","text":"t","type":"skipped"}"#,
      #"{"at":"2026-11-25T09:00:00Z","text":"\ud800","type":"said"}"#,
      #"{"at":"2026-11-25T09:00:00Z","finished":1,"type":"ended"}"#,
      #"{"at":"2026-11-25T09:00:00Z","text":"x","type":"said","more":{"a":[1,null]}}"#,
      #"{"at":"2026-11-25T09:00:00Z","text":"x","type":"said"} x"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"Ada","type":"answered","value":"Ada"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"Ada","type":"answered","value":"Adb"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"Ada","type":"answered","value":"A\u0064a"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"2026-12-01","type":"answered","value":"2026-12-01"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"end of Q3 2031","type":"answered","value":"2031-09-30"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"2026-12-01","type":"answered","value":"2026-13-01"}"#,
      #"{"at":"2026-11-25T10:00:00+01:00","key":"k","text":"t","type":"skipped"}"#,
      #"{"at":"2026-11-25T10:00:00-09:30","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-25T09:00:00.5Z","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-25 09:00:00Z","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-2xT09:00:00Z","key":"k","type":"revised"}"#,
      #"{"at":"2026-02-30T09:00:00Z","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-25T24:00:00Z","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-25T09:00:00+01:0x","key":"k","type":"revised"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","type":"ask\u0065d","text":"t"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","type":"answere","text":"t"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"k","type":"answereds","text":"t"}"#,
      #"{"at":"2026-11-25T09:00:00Z","ke\u0079":"k","type":"skipped"}"#,
      #"{"at":"2026-11-25T09:00:00Z","keys":"k","type":"skipped"}"#,
      #"{"at":"2026-11-25T09:00:00Z","finishedx":true,"type":"ended"}"#,
      #"{"at":"2026-11-25T09:00:00Z","type":"skipped"}"#,
      #"{"at":"2026-11-25T09:00:00Z","type":"jumped","script":"g\u00e9"}"#,
      #"{"at":"2026-11-25T09:00:00Z","type":"command"}"#,
      #"{"at":"2026-11-25T09:00:00Z","type":"ended"}"#,
      #"{"at":"2026-11-25T09:00:00Z","type":"said","key":"k"}"#,
      #"{"type":"said","text":"t"}"#,
      #"{}"#, #"[]"#, "",
    ]
    for line in lines {
      let (fast, general) = Self.both(Self.header + Array((line + "\n").utf8))
      #expect(fast == general, "\(line)")
    }
  }
}
