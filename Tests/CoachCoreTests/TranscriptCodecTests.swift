import CoachCore
import Foundation
import Testing

/// Events and headers shared by the transcript tests.
enum TranscriptSamples {
  static let start = Moment(seconds: 1_795_597_200)  // 2026-11-25T09:00:00Z

  static func at(_ minutes: Int64, offset: Int = 0) -> Moment {
    Moment(seconds: start.seconds + minutes * 60, utcOffset: offset)
  }

  static let header = TranscriptHeader(
    app: "coach 0.1.0", session: "20261125-090000-00ab", roots: ["checkin", "goals"],
    scripts: [
      ScriptStamp(id: "checkin", hash: "sha256:0a1b"), ScriptStamp(id: "goals", hash: "9f"),
    ],
    started: start, locale: "en_US.UTF-8")

  static let events: [TranscriptEvent] = [
    .said(text: "Welcome back.\nLet's look at your goals.", at: at(0)),
    .asked(key: "checkin.name", text: "What should I call you?", at: at(1)),
    .answered(
      key: "checkin.name", text: "Zoë \"Z\" O'Neil", value: .text("Zoë \"Z\" O'Neil"), at: at(2)),
    .answered(key: "checkin.rating", text: "7", value: .number(7), at: at(3, offset: 3600)),
    .answered(key: "comp.match", text: "4.5%", value: .number(4.5), at: at(4, offset: -18_000)),
    .answered(key: "goals.remote", text: "yes", value: .bool(true), at: at(5)),
    .answered(
      key: "goals.deadline#2", text: "end of Q3 2027",
      value: .date(CalendarDay(year: 2027, month: 9, day: 30) ?? CalendarDay(dayNumber: 0)),
      at: at(6)),
    .answered(
      key: "growth.skills", text: "AWS, Go/Rust", value: .list(["AWS", "Go/Rust"]), at: at(7)),
    .answered(key: "growth.none", text: "", value: .list([]), at: at(8)),
    .skipped(key: "comp.bonus", at: at(9)),
    .revised(key: "checkin.rating", at: at(10)),
    .jumped(script: "balance", at: at(11)),
    .command(name: "/plan", at: at(12)),
    .ended(finished: false, at: at(13)),
    .ended(finished: true, at: at(14, offset: 19_800)),
  ]

  /// A whole transcript: the header and `events`, each line terminated.
  static func bytes(_ events: [TranscriptEvent] = events) -> [UInt8] {
    let text = TranscriptCodec.encode(header) + events.map(TranscriptCodec.encode).joined()
    return Array(text.utf8)
  }
}
@Suite struct TranscriptCodecTests {
  @Test(arguments: TranscriptSamples.events)
  func eventRoundTrips(_ event: TranscriptEvent) throws {
    let line = TranscriptCodec.encode(event)
    #expect(line.hasSuffix("\n"))
    #expect(line.dropLast().contains("\n") == false)
    let decoded = try TranscriptCodec.decode(TranscriptSamples.bytes([event]))
    #expect(decoded.events == [event])
    #expect(decoded.recovery == .clean)
  }

  @Test func wholeTranscriptRoundTrips() throws {
    let decoded = try TranscriptCodec.decode(Data(TranscriptSamples.bytes()))
    #expect(decoded.header == TranscriptSamples.header)
    #expect(decoded.events == TranscriptSamples.events)
    #expect(decoded.recovery == .clean)
  }

  @Test func linesAreCompactWithSortedKeysAndPlainSlashes() {
    let event = TranscriptEvent.answered(
      key: "growth.skills", text: "Go/Rust", value: .list(["Go/Rust"]), at: TranscriptSamples.at(0))
    #expect(
      TranscriptCodec.encode(event)
        == #"{"at":"2026-11-25T09:00:00Z","key":"growth.skills","text":"Go/Rust","#
        + #""type":"answered","value":["Go/Rust"]}"# + "\n")
    #expect(
      TranscriptCodec.encode(.ended(finished: true, at: TranscriptSamples.at(1, offset: 3600)))
        == #"{"at":"2026-11-25T10:01:00+01:00","finished":true,"type":"ended"}"# + "\n")
    #expect(
      TranscriptCodec.encode(TranscriptSamples.header)
        == #"{"app":"coach 0.1.0","format":1,"kind":"coach-transcript","locale":"en_US.UTF-8","#
        + #""roots":["checkin","goals"],"scripts":[{"hash":"sha256:0a1b","id":"checkin"},"#
        + #"{"hash":"9f","id":"goals"}],"session":"20261125-090000-00ab","#
        + #""started":"2026-11-25T09:00:00Z"}"# + "\n")
  }

  /// Every cut inside the last line is an interrupted save: the complete
  /// lines survive and the rest is handed back as the torn tail.
  @Test func everyCutOfTheLastLineIsATornTail() throws {
    let whole = TranscriptSamples.bytes()
    let lastStart = whole.dropLast().lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let kept = Array(TranscriptSamples.events.dropLast())
    for cut in lastStart..<whole.count {
      let decoded = try TranscriptCodec.decode(Array(whole[..<cut]))
      #expect(decoded.events == kept)
      if cut == lastStart {
        #expect(decoded.recovery == .clean)
      } else {
        let tail = Array(whole[lastStart..<cut])
        #expect(decoded.recovery == .tornTail(validLength: lastStart, tail: tail))
      }
    }
  }

  @Test(arguments: [
    ("not json at all", "line is not a valid event: it is not JSON"),
    ("", "line is not a valid event: it is not JSON"),
    ("[1,2]", "line is not a valid event: it is not a JSON object"),
    (
      #"{"at":"2026-11-25T09:00:00Z","type":"sang"}"#,
      "line is not a valid event: unknown type 'sang'"
    ),
    (
      #"{"at":"2026-11-25T09:00:00Z","type":"asked","text":"Hi"}"#,
      "line is not a valid event: no 'key'"
    ),
    (#"{"type":"said","text":"Hi"}"#, "line is not a valid event: no 'at'"),
    (
      #"{"at":"yesterday","type":"said","text":"Hi"}"#,
      "line is not a valid event: 'at' is not a time: 'yesterday'"
    ),
    (
      #"{"at":"2026-11-25T09:00:00Z","type":"said","text":7}"#,
      "line is not a valid event: 'text' has the wrong type"
    ),
    (
      #"{"at":"2026-11-25T09:00:00Z","key":"k","text":"t","type":"answered","value":{}}"#,
      "line is not a valid event: 'value' has the wrong type"
    ),
  ])
  func badLineInTheMiddleIsReportedAtItsLine(line: String, message: String) {
    var lines = TranscriptSamples.bytes().split(separator: 0x0A).map(Array.init)
    lines[3] = Array(line.utf8)
    let bytes = Array(lines.joined(separator: [0x0A])) + [0x0A]
    #expect(throws: TranscriptError(line: 4, message: message)) {
      try TranscriptCodec.decode(bytes)
    }
  }

  @Test func invalidUTF8IsReportedAtItsLine() {
    var bytes = TranscriptSamples.bytes()
    let secondLineStart = (bytes.firstIndex(of: 0x0A) ?? 0) + 1
    bytes.insert(contentsOf: [0xC3, 0x28], at: secondLineStart + 1)
    #expect(throws: TranscriptError(line: 2, message: "line is not valid UTF-8")) {
      try TranscriptCodec.decode(bytes)
    }
  }

  @Test(arguments: [
    ("", "not a coach transcript: the file is empty"),
    ("{\"kind\":\"coach-transcript\"", "not a coach transcript: it has no complete first line"),
    ("{}\n", "not a coach transcript"),
    ("hello\n", "not a coach transcript"),
    ("{\"kind\":\"other\",\"format\":1}\n", "not a coach transcript"),
    (
      "{\"kind\":\"coach-transcript\",\"format\":2}\n",
      "transcript format 2 is newer than this coach reads (1); update coach to open it"
    ),
    ("{\"kind\":\"coach-transcript\",\"format\":0}\n", "unknown transcript format 0"),
    (
      "{\"kind\":\"coach-transcript\",\"format\":1}\n", "the transcript header is invalid: no 'app'"
    ),
  ])
  func badHeadersAreNotTranscripts(text: String, message: String) {
    #expect(throws: TranscriptError(line: 1, message: message)) {
      try TranscriptCodec.decode(Array(text.utf8))
    }
  }

  @Test func errorsRenderLikeCompilerDiagnostics() {
    let error = TranscriptError(line: 41, message: "line is not a valid event: it is not JSON")
    #expect(
      error.formatted(file: "transcript.jsonl")
        == "transcript.jsonl:41: error: line is not a valid event: it is not JSON")
  }

  /// Random bytes, and valid transcripts with random bytes changed, decode
  /// or fail cleanly; nothing traps.
  @Test func randomBytesNeverCrash() {
    var random = SeededRandom(seed: 7)
    let valid = TranscriptSamples.bytes()
    for round in 0..<2_000 {
      let count = Int.random(in: 0..<400, using: &random)
      let noise = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
      #expect(throws: TranscriptError.self) { try TranscriptCodec.decode(noise) }
      var mutated = valid
      for _ in 0..<(1 + round % 4) {
        mutated[Int.random(in: 0..<mutated.count, using: &random)] = noise.first ?? 0x0A
      }
      _ = try? TranscriptCodec.decode(mutated)
    }
  }

  @Test func largeTranscriptsDecode() throws {
    let events = (0..<20_000).map {
      TranscriptEvent.answered(
        key: "notes.n#\($0)", text: "answer \($0)", value: .number(Double($0)),
        at: TranscriptSamples.at(Int64($0)))
    }
    let decoded = try TranscriptCodec.decode(TranscriptSamples.bytes(events))
    #expect(decoded.events.count == 20_000)
  }
}
