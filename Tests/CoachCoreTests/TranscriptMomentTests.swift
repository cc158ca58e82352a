import Testing

@testable import CoachCore

/// A transcript's moments and days, read straight from their bytes, are
/// what `Moment(iso:)` and `CalendarDay(iso:)` read.
@Suite struct TranscriptMomentTests {
  static let odd = [
    "2026-02-30T10:00:00Z", "2026-02-28T24:00:00Z", "2026-02-28T23:60:00Z",
    "2026-02-28T23:59:60Z", "2026-02-28T23:59:61Z", "2026-02-28t23:59:59Z",
    "2026-02-28T23:59:59z", "2026-02-28 23:59:59Z", "2026-02-28T23:59:59.5Z",
    "2026-02-28T23:59:59+0100", "2026-02-28T23:59:59+01", "2026-02-28T23:59:59+01:00x",
    "2026-02-28T23:59:59*01:00", "2026-02-28T23:59:59+99:99", "2026-02-28T23:59",
    "2026-02-28", "+026-02-28T23:59:59Z", "2026-13-28T23:59:59Z", "2026-1a-28T23:59:59Z",
    "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-23:59", "",
  ]

  @Test func momentsReadAlike() {
    var random = SeededRandom(seed: 7)
    var texts = Self.odd
    for _ in 0..<2000 {
      let seconds = Int64(random.next() % 400_000_000_000) - 100_000_000_000
      let offset = [0, 3600, -3600, 19_800, -34_200, 50_400][Int(random.next() % 6)]
      texts.append(Moment(seconds: seconds, utcOffset: offset).iso)
    }
    for text in texts {
      #expect(Moment.transcript(text) == Moment(iso: text), "\(text)")
    }
  }

  @Test func daysReadAlike() {
    let texts = [
      "2026-02-28", "2026-02-30", "0000-01-01", "+026-02-28", "2026-+2-28", "2026-02-+8",
      "2026/02/28", "2026-0228-", "20260228xx", "-026-02-28", "2026-00-10", "abcdefghij",
    ]
    for text in texts {
      let expected = CalendarDay(iso: text).map(AnswerValue.date) ?? .text(text)
      #expect(AnswerValue.fromJSONString(text) == expected, "\(text)")
    }
  }
}
