/// Long texts of one transcript buffer, each made into a `String` once.
///
/// A long session repeats its texts: every round asks the same questions,
/// and the bench's 100,000 answers hold 91 distinct texts longer than a
/// small string. Making each anew costs an allocation and a copy, and the
/// answers then hold thousands of copies of the same bytes. A text is
/// found by a hash of its bytes and compared byte for byte with the first
/// place it was met in the same buffer, so a hit makes nothing.
struct TextInterner {
  /// Texts of at most this many bytes are small strings, made without an
  /// allocation: not worth a lookup.
  static let smallest = 16
  /// At most this many texts are kept: a transcript whose texts never
  /// repeat stops paying for the table once it is full.
  static let capacity = 4096

  private struct Entry {
    var hash: UInt64
    var start: Int
    var count: Int
    var text: String
  }

  /// Open addressing, twice the capacity; a `count` of 0 marks a free slot.
  private var slots: [Entry] = []
  private var used = 0

  /// The text of the bytes in `range` of `bytes`, shared with an earlier
  /// text of the same bytes in the same buffer.
  mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    let count = range.count
    guard count >= Self.smallest else { return Self.make(bytes, range) }
    if slots.isEmpty {
      slots = Array(
        repeating: Entry(hash: 0, start: 0, count: 0, text: ""), count: 2 * Self.capacity)
    }
    let hash = Self.hash(bytes, range.lowerBound, count)
    let mask = slots.count - 1
    var k = Int(truncatingIfNeeded: hash) & mask
    while slots[k].count != 0 {
      if slots[k].hash == hash, slots[k].count == count,
        Self.equal(bytes, slots[k].start, range.lowerBound, count)
      {
        return slots[k].text
      }
      k = (k + 1) & mask
    }
    let text = Self.make(bytes, range)
    if used < Self.capacity {
      slots[k] = Entry(hash: hash, start: range.lowerBound, count: count, text: text)
      used += 1
    }
    return text
  }

  private static func make(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// A hash of the `count` bytes at `start` (at least 8 of them), a word
  /// at a time, the last word overlapping the one before.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> UInt64 {
    let raw = UnsafeRawBufferPointer(bytes)
    var h = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
    var j = start
    let last = start + count - 8
    while j < last {
      h = (h ^ raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 32
      j += 8
    }
    h = (h ^ raw.loadUnaligned(fromByteOffset: last, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 29)
  }

  /// Whether the `count` bytes at `a` and at `b` are the same.
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int, _ count: Int) -> Bool {
    let raw = UnsafeRawBufferPointer(bytes)
    var k = 0
    while k + 8 <= count {
      guard
        raw.loadUnaligned(fromByteOffset: a + k, as: UInt64.self)
          == raw.loadUnaligned(fromByteOffset: b + k, as: UInt64.self)
      else { return false }
      k += 8
    }
    while k < count {
      guard bytes[a + k] == bytes[b + k] else { return false }
      k += 1
    }
    return true
  }
}
