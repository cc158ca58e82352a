/// The members and arrays of the plan's types, written the way
/// `JSONEncoder` writes a keyed container's members.
extension JSONWriter {
  /// `"name" : value`.
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ value: Value) {
    key(name)
    value.write(to: &self)
  }

  /// `"name" : value`, or nothing when `value` is nil (as `encodeIfPresent`).
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
    guard let value else { return }
    member(name, value)
  }

  /// `"name" : value`, or `"name" : null` when `value` is nil (as `encode`
  /// of an optional).
  mutating func memberOrNull<Value: JSONWritable>(_ name: StaticString, _ value: Value?) {
    key(name)
    if let value { value.write(to: &self) } else { null() }
  }

  /// `"name" : [ … ]`, written even when empty.
  mutating func member<Element: JSONWritable>(_ name: StaticString, _ values: [Element]) {
    key(name)
    array(values)
  }

  /// `"name" : [ … ]`, or nothing when `values` is nil.
  mutating func member<Element: JSONWritable>(_ name: StaticString, _ values: [Element]?) {
    guard let values else { return }
    member(name, values)
  }

  /// `"name" : { … }` from a dictionary, its keys in the order of their
  /// UTF-8 bytes.
  ///
  /// The keys' bytes are copied once into one buffer and their places in
  /// it sorted, so no comparison touches a `String`; each value is then
  /// found by its dictionary index, not looked up by its key again.
  mutating func member<Value: JSONWritable>(_ name: StaticString, _ values: [String: Value]) {
    key(name)
    beginObject()
    var sorter = JSONKeySorter(capacity: values.count)
    var indices: [Dictionary<String, Value>.Index] = []
    indices.reserveCapacity(values.count)
    for index in values.indices {
      sorter.add(values.keys[index])
      indices.append(index)
    }
    let order = sorter.sorted()
    sorter.text.withUnsafeBufferPointer { text in
      for item in order {
        let span = sorter.spans[item]
        key(utf8: UnsafeBufferPointer(rebasing: text[span.start..<span.end]))
        values.values[indices[item]].write(to: &self)
      }
    }
    endObject()
  }

  /// Whether `a`'s UTF-8 bytes come before `b`'s, as `.sortedKeys` orders
  /// keys (not `<`, which compares Unicode-normalised characters).
  static func utf8Precedes(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in b.withUTF8 { y in JSONKeySorter.precedes(x, y) } }
  }

  /// `[ … ]`, the elements read in place (a `for` loop over the array
  /// copies each element out, retaining every string in it).
  mutating func array<Element: JSONWritable>(_ values: [Element]) {
    beginArray()
    values.withUnsafeBufferPointer { buffer in
      for index in buffer.indices {
        element()
        buffer[index].write(to: &self)
      }
    }
    endArray()
  }
}
