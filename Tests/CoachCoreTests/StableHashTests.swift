import CoachCore
import Testing

/// Content hashes name script versions in every session's header, so they
/// must never change: FNV-1a's published vectors, and the one-loop
/// `hex128` equal to its two passes.
@Suite struct StableHashTests {
  @Test func fnv1aMatchesItsPublishedVectors() {
    #expect(StableHash.fnv1a64("".utf8) == 0xcbf2_9ce4_8422_2325)
    #expect(StableHash.fnv1a64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
    #expect(StableHash.fnv1a64("foobar".utf8) == 0x8594_4171_f739_67e8)
  }

  @Test(arguments: [
    "", "a", "id: checkin\nsteps:\n  - say: Zoë 🌱\n", String(repeating: "x", count: 10_000),
  ])
  func hex128IsTwoPassesWithTheirSeeds(text: String) {
    let first = StableHash.fnv1a64(text.utf8)
    let second = StableHash.fnv1a64(text.utf8, seed: StableHash.secondSeed)
    #expect(StableHash.hex128(text) == StableHash.hex(first) + StableHash.hex(second))
    #expect(StableHash.hex128(text).count == 32)
  }
}
