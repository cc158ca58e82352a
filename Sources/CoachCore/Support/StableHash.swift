/// A hash that is the same on every run and every machine (Swift's `Hasher`
/// is seeded per process), for content hashes and stable export ids.
public enum StableHash {
  /// 64-bit FNV-1a of `bytes`.
  public static func fnv1a64(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325)
    -> UInt64
  {
    var hash = seed
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }

  /// 128 bits as 32 lower-case hex digits: two FNV-1a passes with different
  /// seeds, enough to tell script versions and commitments apart.
  public static func hex128(_ text: String) -> String {
    let a = fnv1a64(text.utf8)
    let b = fnv1a64(text.utf8, seed: 0x8422_2325_cbf2_9ce4)
    return hex(a) + hex(b)
  }

  public static func hex(_ value: UInt64) -> String {
    let s = String(value, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
