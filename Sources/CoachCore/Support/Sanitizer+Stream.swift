extension Sanitizer {
  /// `clean(_:keepingCarriageReturns:)` over UTF-8 bytes that come a part
  /// at a time (an export written to stdout as it is made), so the whole
  /// text is never held: each part is cleaned up to its last whole scalar,
  /// and a scalar a part ends inside of waits for the next part.
  ///
  /// The bytes must be valid UTF-8 (an exporter's, made from strings):
  /// cleaning drops whole scalars, so the parts cleaned one by one are the
  /// whole text cleaned at once.
  public struct Stream {
    private let keepingCarriageReturns: Bool
    /// The first bytes of a scalar the last part ended inside of.
    private var pending: [UInt8] = []

    public init(keepingCarriageReturns: Bool = false) {
      self.keepingCarriageReturns = keepingCarriageReturns
    }

    /// Cleans `bytes`, handing what is clean to `emit` (each part valid
    /// only during the call; none is empty).
    public mutating func clean(
      _ bytes: UnsafeBufferPointer<UInt8>, into emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
      var rest = bytes[...]
      if !pending.isEmpty {
        // Complete the scalar the last part ended inside of.
        let needed = Self.length(ofScalarStartingWith: pending[0]) - pending.count
        let taken = rest.prefix(needed)
        pending.append(contentsOf: taken)
        rest = rest.dropFirst(taken.count)
        guard pending.count == Self.length(ofScalarStartingWith: pending[0]) else { return }
        let scalar = pending
        pending = []
        scalar.withUnsafeBufferPointer { cleanWhole($0, into: emit) }
      }
      let end = Self.endOfLastWholeScalar(rest)
      pending.append(contentsOf: rest[end...])
      cleanWhole(UnsafeBufferPointer(rebasing: rest[..<end]), into: emit)
    }

    /// Hands over what is left: the start of a scalar the text ended
    /// inside of, which valid UTF-8 never leaves, cleaned as a string
    /// would decode it.
    public mutating func finish(into emit: (UnsafeBufferPointer<UInt8>) -> Void) {
      guard !pending.isEmpty else { return }
      let rest = pending
      pending = []
      rest.withUnsafeBufferPointer { cleanWhole($0, into: emit) }
    }

    /// Cleans bytes that end at the end of a scalar: as they are when every
    /// byte is printable ASCII or layout (what nearly all of an export is),
    /// else through `Sanitizer.clean`.
    private func cleanWhole(
      _ bytes: UnsafeBufferPointer<UInt8>, into emit: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
      guard !bytes.isEmpty else { return }
      let keepCR = keepingCarriageReturns
      let plain = !bytes.contains { byte in
        !((byte >= 0x20 && byte < 0x7F) || byte == 0x09 || byte == 0x0A
          || (keepCR && byte == 0x0D))
      }
      if plain { return emit(bytes) }
      var text = Sanitizer.clean(
        String(decoding: bytes, as: UTF8.self), keepingCarriageReturns: keepCR)
      text.withUTF8 { if !$0.isEmpty { emit($0) } }
    }

    /// The bytes of a UTF-8 scalar its first byte announces (1 for a byte
    /// that cannot start one, which decoding replaces on its own).
    static func length(ofScalarStartingWith byte: UInt8) -> Int {
      switch byte {
      case 0xC0...0xDF: return 2
      case 0xE0...0xEF: return 3
      case 0xF0...0xF7: return 4
      default: return 1
      }
    }

    /// Where the last scalar of `bytes` that ends inside them ends: the
    /// end, unless they stop inside a scalar (at most three bytes short).
    static func endOfLastWholeScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
      var start = bytes.endIndex
      while start > bytes.startIndex, bytes.endIndex - start < 4 {
        start -= 1
        let byte = bytes[start]
        guard byte & 0xC0 == 0x80 else {
          // The first byte of the last scalar: whole if its bytes are all
          // here.
          return start + length(ofScalarStartingWith: byte) > bytes.endIndex
            ? start : bytes.endIndex
        }
      }
      return bytes.endIndex
    }
  }
}
