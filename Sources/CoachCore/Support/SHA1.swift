/// SHA-1 (FIPS 180-4), for name-based version 5 UUIDs (RFC 9562 §5.5),
/// which are defined with it. Not for anything that needs a secure hash.
///
/// Every export names each commitment by one, so a long plan hashes
/// thousands of short names: the rounds run over fixed buffers, without
/// arrays made per block, and `CommitmentID` pads its names in place on
/// the stack (`pad`, `compress`).
enum SHA1 {
  /// The five words of a SHA-1 state; the digest, once every block is in.
  typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32)

  /// The state before the first block.
  static let initial: State = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)

  /// The 20-byte digest of `message`.
  static func digest(_ message: [UInt8]) -> [UInt8] {
    let padded = paddedCount(message.count)
    let h = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padded) { out in
      _ = out.initialize(from: message)
      pad(out, count: message.count)
      var h = initial
      compress(&h, UnsafeBufferPointer(out))
      return h
    }
    return bytes(of: h)
  }

  /// The 20 bytes of a final state, big-endian.
  static func bytes(of h: State) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: 20)
    for (n, word) in [h.0, h.1, h.2, h.3, h.4].enumerated() {
      for i in 0..<4 { digest[n * 4 + i] = UInt8(truncatingIfNeeded: word >> (24 - 8 * i)) }
    }
    return digest
  }

  /// The length of a `count`-byte message once padded: a whole number of
  /// 64-byte blocks with room for 0x80 and the 8-byte length.
  static func paddedCount(_ count: Int) -> Int { (count + 9 + 63) / 64 * 64 }

  /// Pads the `count`-byte message at the start of `buffer` (at least
  /// `paddedCount(count)` bytes): 0x80, zeros to 56 mod 64, the bit length.
  static func pad(_ buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) {
    let padded = paddedCount(count)
    buffer[count] = 0x80
    for i in (count + 1)..<(padded - 8) { buffer[i] = 0 }
    let bitLength = UInt64(count) &* 8
    for i in 0..<8 { buffer[padded - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> (8 * i)) }
  }

  /// Runs every whole 64-byte block of `blocks` into `h`.
  static func compress(_ h: inout State, _ blocks: UnsafeBufferPointer<UInt8>) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
      for chunk in stride(from: 0, to: blocks.count - 63, by: 64) {
        for i in 0..<16 {
          let b = chunk + i * 4
          w[i] =
            UInt32(blocks[b]) << 24 | UInt32(blocks[b + 1]) << 16 | UInt32(blocks[b + 2]) << 8
            | UInt32(blocks[b + 3])
        }
        for i in 16..<80 { w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var (a, b, c, d, e) = h
        // The four kinds of round, twenty each, in their own loops: a
        // switch on the round number cost as much as the rounds.
        func round(_ f: UInt32, _ k: UInt32, _ word: UInt32) {
          let t = rotate(a, 5) &+ f &+ e &+ k &+ word
          (e, d, c, b, a) = (d, c, rotate(b, 30), a, t)
        }
        for i in 0..<20 { round((b & c) | (~b & d), 0x5A82_7999, w[i]) }
        for i in 20..<40 { round(b ^ c ^ d, 0x6ED9_EBA1, w[i]) }
        for i in 40..<60 { round((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, w[i]) }
        for i in 60..<80 { round(b ^ c ^ d, 0xCA62_C1D6, w[i]) }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
      }
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
    var bytes = self.bytes(of: namespace)
    bytes.append(contentsOf: name.utf8)
    return text(ofHash: SHA1.digest(bytes))
  }

  /// The 16 bytes of a UUID written in hex, hyphens or not.
  static func bytes(of uuid: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(16)
    var high: UInt8?
    for c in uuid.utf8 {
      guard let nibble = hexValue(c) else { continue }
      if let h = high {
        bytes.append(h << 4 | nibble)
        high = nil
      } else {
        high = nibble
      }
    }
    return bytes
  }

  /// The hyphenated lower-case version 5 UUID of the first 16 bytes of a
  /// SHA-1 `hash`: the version (5) and variant bits set.
  static func text(ofHash hash: [UInt8]) -> String {
    text { hash[$0] }
  }

  /// `text(ofHash:)` of a final SHA-1 state, read without making its
  /// digest's bytes.
  static func text(ofState h: SHA1.State) -> String {
    // The four words' bytes, big-endian, read from the words in place.
    let words = (h.0.bigEndian, h.1.bigEndian, h.2.bigEndian, h.3.bigEndian)
    return withUnsafeBytes(of: words) { bytes in text { bytes[$0] } }
  }

  /// The UUID text of the 16 bytes `byte(0)`, …, `byte(15)`.
  private static func text(_ byteAt: (Int) -> UInt8) -> String {
    String(unsafeUninitializedCapacity: 36) { out in
      var n = 0
      for i in 0..<16 {
        var byte = byteAt(i)
        if i == 6 { byte = byte & 0x0F | 0x50 }
        if i == 8 { byte = byte & 0x3F | 0x80 }
        if i == 4 || i == 6 || i == 8 || i == 10 {
          out[n] = UInt8(ascii: "-")
          n += 1
        }
        out[n] = JSONBytes.hexDigit(byte >> 4)
        out[n + 1] = JSONBytes.hexDigit(byte & 0x0F)
        n += 2
      }
      return n
    }
  }

  private static func hexValue(_ c: UInt8) -> UInt8? {
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
