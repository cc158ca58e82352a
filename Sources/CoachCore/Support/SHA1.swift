/// SHA-1 (FIPS 180-4), for name-based version 5 UUIDs (RFC 9562 §5.5),
/// which are defined with it. Not for anything that needs a secure hash.
enum SHA1 {
  /// The 20-byte digest of `message`.
  static func digest(_ message: [UInt8]) -> [UInt8] {
    var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
    var bytes = message
    let bitLength = UInt64(message.count) &* 8
    bytes.append(0x80)
    while bytes.count % 64 != 56 { bytes.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      bytes.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var w = [UInt32](repeating: 0, count: 80)
    for chunk in stride(from: 0, to: bytes.count, by: 64) {
      for i in 0..<16 {
        let b = chunk + i * 4
        w[i] =
          UInt32(bytes[b]) << 24 | UInt32(bytes[b + 1]) << 16 | UInt32(bytes[b + 2]) << 8
          | UInt32(bytes[b + 3])
      }
      for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
      var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
      for i in 0..<80 {
        let f: UInt32
        let k: UInt32
        switch i {
        case 0..<20:
          f = (b & c) | (~b & d)
          k = 0x5A82_7999
        case 20..<40:
          f = b ^ c ^ d
          k = 0x6ED9_EBA1
        case 40..<60:
          f = (b & c) | (b & d) | (c & d)
          k = 0x8F1B_BCDC
        default:
          f = b ^ c ^ d
          k = 0xCA62_C1D6
        }
        let t = rotate(a, 5) &+ f &+ e &+ k &+ w[i]
        (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
      }
      h[0] &+= a
      h[1] &+= b
      h[2] &+= c
      h[3] &+= d
      h[4] &+= e
    }
    return h.flatMap { word in
      (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - $0 * 8)) }
    }
  }

  private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x << n | x >> (32 - n) }
}

/// Name-based UUIDs, version 5 (RFC 9562 §5.5): SHA-1 of a namespace UUID
/// and a name, so the same name always gives the same UUID.
public enum NameUUID {
  /// The namespace of coach's commitment ids: the version 5 UUID of the
  /// name `coach:commitment` in the RFC's URL namespace.
  public static let commitmentNamespace = "30b5004a-3941-588c-8515-54b23d922eed"

  /// The version 5 UUID of `name` in `namespace` (a UUID in its usual
  /// hyphenated form), lower case.
  public static func v5(namespace: String, name: String) -> String {
    var bytes: [UInt8] = []
    var digits = Array(namespace.filter(\.isHexDigit))
    while digits.count >= 2 {
      bytes.append(UInt8(String(digits.prefix(2)), radix: 16) ?? 0)
      digits.removeFirst(2)
    }
    var hash = Array(SHA1.digest(bytes + Array(name.utf8)).prefix(16))
    hash[6] = hash[6] & 0x0F | 0x50
    hash[8] = hash[8] & 0x3F | 0x80
    let hex = hash.map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined()
    func part(_ from: Int, _ to: Int) -> Substring { hex.dropFirst(from).prefix(to - from) }
    return [part(0, 8), part(8, 12), part(12, 16), part(16, 20), part(20, 32)]
      .joined(separator: "-")
  }
}
