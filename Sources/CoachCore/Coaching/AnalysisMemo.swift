import Synchronization

/// Results of a pure analysis of a text, remembered by everything they
/// depend on (the text, the day, the options), shared by every thread.
///
/// A replay analyses each goal at answer time and again for every plan it
/// builds, and a walk reads the same answers again and again, so each key
/// is worked out once per process. The table is bounded: full, it starts
/// afresh, so a process that analyses endless texts (a fuzzer) stays small;
/// a session never comes near the bound.
final class AnalysisMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
  private let table = Mutex<[Key: Value]>([:])
  /// How many results are kept before the table starts afresh.
  let limit: Int

  init(limit: Int = 65_536) { self.limit = limit }

  /// The result for `key`, worked out by `fresh` the first time. Two
  /// threads asking at once may both work it out; they get the same value.
  func value(_ key: Key, _ fresh: () -> Value) -> Value {
    if let known = table.withLock({ $0[key] }) { return known }
    let value = fresh()
    table.withLock { table in
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[key] = value
    }
    return value
  }

  /// Remembers `value` for `key`, worked out elsewhere as a by-product:
  /// it must be what `fresh` would give for `key`.
  func record(_ key: Key, _ value: Value) {
    table.withLock { table in
      if table.count >= limit { table.removeAll(keepingCapacity: true) }
      table[key] = value
    }
  }

  /// How many results are remembered (for tests).
  var count: Int { table.withLock { $0.count } }
}
