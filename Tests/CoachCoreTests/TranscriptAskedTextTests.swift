import CoachCore
import Testing

/// `TranscriptCodec.decode(_:askedText: false)` (a replay without
/// `--show`) keeps of an `asked` event only its time; everything else,
/// and every error, is as a whole decode has it.
@Suite struct TranscriptAskedTextTests {
  static func bytes(_ lines: [String]) -> [UInt8] {
    Array((TranscriptCodec.encode(TranscriptSamples.header) + lines.joined()).utf8)
  }

  /// What `askedText: false` should give for `event`.
  static func light(_ event: TranscriptEvent) -> TranscriptEvent {
    if case .asked(_, _, let at) = event { return .asked(key: "", text: "", at: at) }
    return event
  }

  @Test func onlyAnAskedEventsWordsAreLeftOut() throws {
    let events =
      TranscriptSamples.events + [
        .asked(
          key: "goals.title#12", text: "Goal 12: what do you want?", at: TranscriptSamples.at(20)),
        .asked(key: "goals.quote", text: "Say \"why\"\tnow", at: TranscriptSamples.at(21)),
      ]
    let bytes = Self.bytes(events.map { TranscriptCodec.encode($0) })
    let whole = try TranscriptCodec.decode(bytes)
    let light = try TranscriptCodec.decode(bytes, askedText: false)
    #expect(whole.events == events)
    #expect(light.events == events.map(Self.light))
    #expect(light.header == whole.header)
    #expect(light.recovery == whole.recovery)
    #expect(try TranscriptCodec.decode(bytes, askedText: true) == whole)
  }

  @Test func aBadAskedLineFailsAlike() {
    let bad = [
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","type":"asked"}"#,
      #"{"at":"2026-11-25T09:00:00Z","text":"Hi","type":"asked"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":"Hi\q","type":"asked"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":"Hi","type":"asked"} x"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":7,"type":"asked"}"#,
      #"{"at":"2026-13-25T09:00:00Z","key":"a.b","text":"Hi","type":"asked"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":"Hi","type":"asked","key":"c.d"}"#,
      #"{"key":"a.b","text":"Hi","type":"asked"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":"Hi","type":"aksed"}"#,
      #"{"at":"2026-11-25T09:00:00Z","key":"a.b","text":"Hi"}"#,
    ]
    for line in bad {
      let bytes = Self.bytes([TranscriptCodec.encode(TranscriptSamples.events[1]), line + "\n"])
      var whole: Result<TranscriptDecoding, TranscriptError>
      var light: Result<TranscriptDecoding, TranscriptError>
      do { whole = .success(try TranscriptCodec.decode(bytes)) } catch { whole = .failure(error) }
      do {
        light = .success(try TranscriptCodec.decode(bytes, askedText: false))
      } catch { light = .failure(error) }
      switch (whole, light) {
      case (.failure(let w), .failure(let l)): #expect(w == l, "\(line)")
      case (.success(let w), .success(let l)):
        #expect(l.events == w.events.map(Self.light), "\(line)")
      default: Issue.record("only one decode failed on \(line)")
      }
    }
  }
}
