import CoachTestSupport
import Testing

@testable import CoachCore

/// `Moment.iso`, written digit by digit, spells every moment as the
/// interpolated form does, and reads back as the same moment.
@Suite struct MomentISOTests {
  static let offsets = [
    0, 3_600, -3_600, 19_800, -19_800, 49_500, -43_200, 50_400, 59, -61, 359_999, -359_999,
    360_000, -400_000,
  ]

  @Test func digitsMatchTheSpeltForm() {
    var rng = SeededRandom(seed: 12)
    var seconds: [Int64] = [
      0, -1, 59, 86_399, 86_400, 1_795_597_200, 253_402_300_799, 253_402_300_800,
    ]
    seconds += [-62_167_219_200, -62_167_219_201, -86_400 * 800_000]
    for _ in 0..<2_000 {
      seconds.append(Int64.random(in: -70_000_000_000...300_000_000_000, using: &rng))
    }
    var compared = 0
    for s in seconds {
      for offset in Self.offsets {
        let moment = Moment(seconds: s, utcOffset: offset)
        #expect(moment.iso == moment.isoSpelt, "\(s) \(offset)")
        compared += 1
      }
    }
    #expect(compared > 28_000)
  }

  @Test func readsBack() {
    for offset in [0, 3_600, -19_800, 49_500] {
      let moment = Moment(seconds: 1_795_597_261, utcOffset: offset)
      #expect(Moment(iso: moment.iso) == moment)
    }
    #expect(Moment(seconds: 1_795_597_200).iso == "2026-11-25T09:00:00Z")
    #expect(Moment(seconds: 1_795_597_200, utcOffset: -19_800).iso == "2026-11-25T03:30:00-05:30")
  }
}
