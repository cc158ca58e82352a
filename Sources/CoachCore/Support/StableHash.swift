/// A hash that is the same on every run and every machine (Swift's `Hasher`
/// is seeded per process), for content hashes and stable export ids.
public enum StableHash {
  /// FNV-1a's 64-bit prime.
  static let prime: UInt64 = 0x100_0000_01b3
  /// FNV-1a's 64-bit offset basis, the first pass's seed.
  public static let firstSeed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The second pass's seed: the offset basis with its halves swapped.
  public static let secondSeed: UInt64 = 0x8422_2325_cbf2_9ce4

  /// 64-bit FNV-1a of `bytes`.
  public static func fnv1a64(_ bytes: some Sequence<UInt8>, seed: UInt64 = firstSeed) -> UInt64 {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= prime
    }
    return hash
  }

  /// 128 bits as 32 lower-case hex digits: two FNV-1a passes with different
  /// seeds, enough to tell script versions and commitments apart.
  ///
  /// Both passes run in one loop over the text's contiguous UTF-8 (a
  /// script of 100,000 steps is hashed on every start).
  public static func hex128(_ text: String) -> String {
    var text = text
    let (a, b) = text.withUTF8 { bytes in
      var a = firstSeed
      var b = secondSeed
      for byte in bytes {
        a = (a ^ UInt64(byte)) &* prime
        b = (b ^ UInt64(byte)) &* prime
      }
      return (a, b)
    }
    return hex(a) + hex(b)
  }

  public static func hex(_ value: UInt64) -> String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
