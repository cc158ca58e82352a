import Synchronization

/// Commitment ids made from bytes: `NameUUID.v5` of `<planID> U+001F
/// <identity>` in `NameUUID.commitmentNamespace`, the same text, without
/// reading the namespace's hex again or joining the name as a `String` for
/// each of the thousands of commitments a long plan has.
/// `CommitmentIDTests` keeps it equal to `NameUUID.v5`.
enum CommitmentID {
  /// The 16 bytes of `NameUUID.commitmentNamespace`.
  static let namespace = NameUUID.bytes(of: NameUUID.commitmentNamespace)

  /// The id of the commitment `identity` of the plan `planID`.
  ///
  /// The name is laid out and padded in one buffer on the stack. Its first
  /// block (the namespace, a 36-byte plan id, the separator and the start
  /// of the identity: `date:benchg`) is the same for most commitments of a
  /// plan, so its state is taken from `FirstBlocks` when it was hashed
  /// before: about half the rounds of a two-block name.
  static func uuid(planID: String, identity: String) -> String {
    let count = namespace.count + planID.utf8.count + 1 + identity.utf8.count
    let padded = SHA1.paddedCount(count)
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padded) { buffer in
      guard let start = buffer.baseAddress else { return "" }
      var end = namespace.withUnsafeBufferPointer { copy($0, to: start) }
      end = copy(planID.utf8, to: end)
      end.pointee = 0x1F
      end = copy(identity.utf8, to: end + 1)
      SHA1.pad(buffer, count: count)
      let blocks = UnsafeBufferPointer(buffer)
      var h = FirstBlocks.shared.state(after: blocks)
      SHA1.compress(&h, UnsafeBufferPointer(rebasing: blocks[64...]))
      return NameUUID.text(ofState: h)
    }
  }

  /// Copies `bytes` to `to`; where they end. A native string's bytes are
  /// copied at once: going through its UTF-8 view byte by byte cost more
  /// than the hash.
  private static func copy<C: Collection<UInt8>>(
    _ bytes: C, to out: UnsafeMutablePointer<UInt8>
  ) -> UnsafeMutablePointer<UInt8> {
    if let end = bytes.withContiguousStorageIfAvailable({ run -> UnsafeMutablePointer<UInt8> in
      if let base = run.baseAddress { out.update(from: base, count: run.count) }
      return out + run.count
    }) {
      return end
    }
    var end = out
    for byte in bytes {
      end.pointee = byte
      end += 1
    }
    return end
  }
}

/// The SHA-1 states after the first blocks of the latest commitment names,
/// a few of them: a plan's names share a handful of first blocks (one per
/// kind of commitment, for the usual 36-byte plan id).
final class FirstBlocks: Sendable {
  static let shared = FirstBlocks()

  /// A first block as eight words, and the state after it.
  struct Entry {
    var block: InlineArray<8, UInt64>
    var state: SHA1.State
  }

  /// How many first blocks are kept.
  static let capacity = 8

  private let table = Mutex<(entries: [Entry], next: Int)>(([], 0))

  /// The state after the first 64-byte block of `blocks`.
  func state(after blocks: UnsafeBufferPointer<UInt8>) -> SHA1.State {
    let block = Self.words(blocks)
    if let known = table.withLock({ table in
      table.entries.first { Self.equal($0.block, block) }?.state
    }) {
      return known
    }
    var h = SHA1.initial
    SHA1.compress(&h, UnsafeBufferPointer(rebasing: blocks[..<64]))
    let entry = Entry(block: block, state: h)
    table.withLock { table in
      if table.entries.count < Self.capacity {
        table.entries.append(entry)
      } else {
        table.entries[table.next] = entry
        table.next = (table.next + 1) % Self.capacity
      }
    }
    return h
  }

  private static func words(_ blocks: UnsafeBufferPointer<UInt8>) -> InlineArray<8, UInt64> {
    let raw = UnsafeRawBufferPointer(blocks)
    return InlineArray { i in raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) }
  }

  private static func equal(_ a: InlineArray<8, UInt64>, _ b: InlineArray<8, UInt64>) -> Bool {
    for i in 0..<8 where a[i] != b[i] { return false }
    return true
  }
}
