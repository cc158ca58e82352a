/// Commitment ids made from bytes: `NameUUID.v5` of `<planID> U+001F
/// <identity>` in `NameUUID.commitmentNamespace`, the same text, without
/// reading the namespace's hex again, joining the name as a `String` and
/// building the hyphenated form a byte at a time for each of the
/// thousands of commitments a long plan has. `CommitmentIDTests` keeps it
/// equal to `NameUUID.v5`.
enum CommitmentID {
  /// The 16 bytes of `NameUUID.commitmentNamespace`.
  static let namespace: [UInt8] = {
    var bytes: [UInt8] = []
    var high: UInt8?
    for c in NameUUID.commitmentNamespace.utf8 {
      guard let nibble = hexValue(c) else { continue }
      if let h = high {
        bytes.append(h << 4 | nibble)
        high = nil
      } else {
        high = nibble
      }
    }
    return bytes
  }()

  /// The id of the commitment `identity` of the plan `planID`.
  static func uuid(planID: String, identity: String) -> String {
    var name = namespace
    name.reserveCapacity(namespace.count + planID.utf8.count + 1 + identity.utf8.count)
    name.append(contentsOf: planID.utf8)
    name.append(0x1F)
    name.append(contentsOf: identity.utf8)
    return text(of: SHA1.digest(name))
  }

  /// The hyphenated lower-case form of the first 16 bytes of `hash`, with
  /// the version (5) and variant bits set.
  static func text(of hash: [UInt8]) -> String {
    String(unsafeUninitializedCapacity: 36) { out in
      var n = 0
      for i in 0..<16 {
        var byte = hash[i]
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
    default: return nil
    }
  }
}
