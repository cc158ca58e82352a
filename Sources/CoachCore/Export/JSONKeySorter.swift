/// Puts the keys of one JSON object in the order `JSONEncoder`'s
/// `.sortedKeys` writes them on Linux: by their UTF-8 bytes.
///
/// The keys' bytes are copied once into one buffer and only their places
/// in it are sorted. The bytes all keys begin with (`"benchgoals."`) are
/// skipped, and the next sixteen of each key read once as two big-endian
/// numbers (zeros past its end); those are put in order by a radix sort, a
/// byte at a time from the last, with no comparison at all. Only keys
/// equal in those sixteen bytes are then compared byte by byte. Comparing
/// `String`s, or even byte buffers, in a comparison sort had cost most of
/// the writing of a plan's `answers`.
struct JSONKeySorter {
  /// Every key's UTF-8 bytes, one after another.
  private(set) var text: [UInt8] = []
  /// Where each key is in `text`, in the order they were added.
  private(set) var spans: [(start: Int, end: Int)] = []

  init(capacity: Int) {
    spans.reserveCapacity(capacity)
    text.reserveCapacity(capacity * 16)
  }

  mutating func add(_ key: String) {
    var key = key
    let start = text.count
    key.withUTF8 { text.append(contentsOf: $0) }
    spans.append((start, text.count))
  }

  /// A key's sixteen bytes after the shared ones, and its place.
  struct Head {
    var high: UInt64
    var low: UInt64
    var item: Int

    /// Byte `place` of the sixteen, counted from the last (0) to the
    /// first (15).
    @inline(__always)
    func byte(_ place: Int) -> Int {
      Int(truncatingIfNeeded: (place < 8 ? low : high) >> (8 * UInt64(place & 7)) & 0xFF)
    }
  }

  /// The positions of the keys, in the order they were added, sorted by
  /// their bytes.
  func sorted() -> [Int] {
    // Sixteen zeros after the last key, so that a key's head can be read
    // as two words wherever it ends.
    let padded = text + [UInt8](repeating: 0, count: 16)
    return padded.withUnsafeBufferPointer { text in
      spans.withUnsafeBufferPointer { spans in
        let shared = Self.sharedPrefixLength(text, spans)
        var heads = [Head](unsafeUninitializedCapacity: spans.count) { buffer, initialized in
          for item in spans.indices {
            let (high, low) = Self.head(text, from: spans[item].start + shared, to: spans[item].end)
            buffer.initializeElement(at: item, to: Head(high: high, low: low, item: item))
          }
          initialized = spans.count
        }
        Self.radixSort(&heads)
        Self.sortTies(&heads, text, spans)
        return heads.map(\.item)
      }
    }
  }

  /// Sorts `heads` by their sixteen bytes: a stable counting sort on each
  /// byte from the last to the first, leaving out the bytes every head has
  /// the same (found from the bits set in some heads and clear in others).
  static func radixSort(_ heads: inout [Head]) {
    let n = heads.count
    guard n > 1 else { return }
    let places = varyingPlaces(heads)
    guard !places.isEmpty else { return }
    var counts = [Int](repeating: 0, count: 256)
    var other = heads
    heads.withUnsafeMutableBufferPointer { source in
      other.withUnsafeMutableBufferPointer { target in
        counts.withUnsafeMutableBufferPointer { counts in
          var from = source
          var to = target
          for place in places {
            countingSort(from, into: to, byte: place, counts: counts)
            swap(&from, &to)
          }
          // An odd number of passes leaves the order in `other`.
          if from.baseAddress != source.baseAddress {
            for i in 0..<n { source[i] = from[i] }
          }
        }
      }
    }
  }

  /// Copies `from` into `to` in the order of byte `place` of each head,
  /// keeping the order of heads equal in it.
  static func countingSort(
    _ from: UnsafeMutableBufferPointer<Head>, into to: UnsafeMutableBufferPointer<Head>,
    byte place: Int, counts: UnsafeMutableBufferPointer<Int>
  ) {
    let shift = UInt64(8 * (place & 7))
    let inLow = place < 8
    @inline(__always) func byte(_ head: Head) -> Int {
      Int(truncatingIfNeeded: (inLow ? head.low : head.high) >> shift & 0xFF)
    }
    counts.update(repeating: 0)
    for head in from { counts[byte(head)] &+= 1 }
    var sum = 0
    for b in 0..<256 {
      let c = counts[b]
      counts[b] = sum
      sum &+= c
    }
    for head in from {
      let b = byte(head)
      to[counts[b]] = head
      counts[b] &+= 1
    }
  }

  /// The places (as `Head.byte` counts them) of the bytes in which some
  /// heads differ, last first.
  static func varyingPlaces(_ heads: [Head]) -> [Int] {
    guard let first = heads.first else { return [] }
    var high: UInt64 = 0
    var low: UInt64 = 0
    for head in heads {
      high |= head.high ^ first.high
      low |= head.low ^ first.low
    }
    let differing = Head(high: high, low: low, item: 0)
    return (0..<16).filter { differing.byte($0) != 0 }
  }

  /// Sorts each run of heads equal in their sixteen bytes by the whole of
  /// their keys.
  static func sortTies(
    _ heads: inout [Head], _ text: UnsafeBufferPointer<UInt8>,
    _ spans: UnsafeBufferPointer<(start: Int, end: Int)>
  ) {
    var start = 0
    while start < heads.count {
      var end = start + 1
      while end < heads.count, heads[end].high == heads[start].high,
        heads[end].low == heads[start].low
      {
        end += 1
      }
      if end - start > 1 {
        heads[start..<end].sort { a, b in
          precedes(
            UnsafeBufferPointer(rebasing: text[spans[a.item].start..<spans[a.item].end]),
            UnsafeBufferPointer(rebasing: text[spans[b.item].start..<spans[b.item].end]))
        }
      }
      start = end
    }
  }

  /// How many bytes every key begins with.
  static func sharedPrefixLength(
    _ text: UnsafeBufferPointer<UInt8>, _ spans: UnsafeBufferPointer<(start: Int, end: Int)>
  ) -> Int {
    guard let first = spans.first else { return 0 }
    var shared = first.end - first.start
    for span in spans.dropFirst() {
      shared = min(shared, span.end - span.start)
      var i = 0
      while i < shared, text[span.start + i] == text[first.start + i] { i += 1 }
      shared = i
      if shared == 0 { break }
    }
    return shared
  }

  /// The sixteen bytes of `text` from `start` (zeros from `end`), as two
  /// numbers whose order is theirs. `text` has sixteen bytes after `end`.
  static func head(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> (high: UInt64, low: UInt64)
  {
    guard let base = text.baseAddress else { return (0, 0) }
    func word(_ from: Int) -> UInt64 {
      let bytes = end - from
      guard bytes > 0 else { return 0 }
      let w = UInt64(bigEndian: UnsafeRawPointer(base + from).loadUnaligned(as: UInt64.self))
      return bytes >= 8 ? w : w & ~(UInt64.max >> (8 * UInt64(bytes)))
    }
    return (word(start), word(start + 8))
  }

  /// Whether `x` comes before `y`, byte by byte, a shorter one first when
  /// it begins the other. Eight bytes are compared at a time, read as one
  /// big-endian number so that its order is theirs.
  static func precedes(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
    let common = min(x.count, y.count)
    var i = 0
    if let xs = x.baseAddress, let ys = y.baseAddress {
      while i + 8 <= common {
        let a = UnsafeRawPointer(xs + i).loadUnaligned(as: UInt64.self)
        let b = UnsafeRawPointer(ys + i).loadUnaligned(as: UInt64.self)
        if a != b { return UInt64(bigEndian: a) < UInt64(bigEndian: b) }
        i += 8
      }
    }
    while i < common {
      if x[i] != y[i] { return x[i] < y[i] }
      i += 1
    }
    return x.count < y.count
  }
}
