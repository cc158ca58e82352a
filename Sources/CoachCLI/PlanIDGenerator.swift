/// Makes the id of a new plan: random, so two plans started in the same
/// second (or on two machines) never share one, and with it the ids of
/// their commitments.
enum PlanIDGenerator {
  /// A random (version 4) UUID in lower case, its 122 random bits from the
  /// system's generator (`getrandom`): what `UUID().uuidString.lowercased()`
  /// gives, without opening `/dev/urandom` before the first prompt.
  static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    return uuid(high: generator.next(), low: generator.next())
  }

  /// The UUID of these 128 bits (the first eight bytes in `high`, big
  /// end first) with the version (4) and variant (RFC 9562) bits set.
  static func uuid(high: UInt64, low: UInt64) -> String {
    let high = high & ~0xF000 | 0x4000
    let low = low & ~(0xC000 << 48) | 0x8000 << 48
    var text: [UInt8] = []
    text.reserveCapacity(36)
    func hex(_ value: UInt64, digits: Int) {
      for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
        let n = UInt8(value >> UInt64(shift) & 0xF)
        text.append(n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10)
      }
    }
    hex(high >> 32, digits: 8)
    text.append(UInt8(ascii: "-"))
    hex(high >> 16, digits: 4)
    text.append(UInt8(ascii: "-"))
    hex(high, digits: 4)
    text.append(UInt8(ascii: "-"))
    hex(low >> 48, digits: 4)
    text.append(UInt8(ascii: "-"))
    hex(low, digits: 12)
    return String(decoding: text, as: UTF8.self)
  }
}
