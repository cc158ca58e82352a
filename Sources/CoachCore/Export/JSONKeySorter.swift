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
  ///
  /// The bytes all keys begin with (`"goals."`) are skipped, and the next
  /// sixteen of each key read once as two big-endian numbers (zeros past
  /// its end): most comparisons are of those two, and only keys equal in
  /// them are compared byte by byte.
  func sorted() -> [Int] {
    var order = Array(spans.indices)
    text.withUnsafeBufferPointer { text in
      spans.withUnsafeBufferPointer { spans in
        let shared = Self.sharedPrefixLength(text, spans)
        let heads = spans.map { span in
          Self.head(text, from: span.start + shared, to: span.end)
        }
        order.sort { a, b in
          let x = heads[a]
          let y = heads[b]
          if x.high != y.high { return x.high < y.high }
          if x.low != y.low { return x.low < y.low }
          return Self.precedes(
            UnsafeBufferPointer(rebasing: text[spans[a].start..<spans[a].end]),
            UnsafeBufferPointer(rebasing: text[spans[b].start..<spans[b].end]))
        }
      }
    }
    return order
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
  /// numbers whose order is theirs.
  static func head(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> (high: UInt64, low: UInt64)
  {
    func word(_ from: Int) -> UInt64 {
      var w: UInt64 = 0
      for i in from..<(from + 8) { w = w << 8 | UInt64(i < end ? text[i] : 0) }
      return w
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
