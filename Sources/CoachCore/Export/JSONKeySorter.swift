/// Puts the keys of one JSON object in the order `JSONEncoder`'s
/// `.sortedKeys` writes them on Linux: by their UTF-8 bytes.
///
/// The keys' bytes are copied once into one buffer and only their places
/// in it are sorted: comparing `String`s by their bytes (`withUTF8` on
/// both, for each of the many comparisons a sort makes) cost most of the
/// writing of a plan's `answers`.
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

  /// The positions of the keys, in the order they were added, sorted by
  /// their bytes.
  func sorted() -> [Int] {
    var order = Array(spans.indices)
    text.withUnsafeBufferPointer { text in
      spans.withUnsafeBufferPointer { spans in
        order.sort { a, b in
          Self.precedes(
            UnsafeBufferPointer(rebasing: text[spans[a].start..<spans[a].end]),
            UnsafeBufferPointer(rebasing: text[spans[b].start..<spans[b].end]))
        }
      }
    }
    return order
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
