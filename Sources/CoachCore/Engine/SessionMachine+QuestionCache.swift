import Synchronization

extension SessionMachine {
  /// The questions `question(for:)` found, by a key's text without its
  /// round: a replay asks for one per answer, and keys differ only in
  /// their round.
  ///
  /// Copies of a machine share it (it depends only on their catalog), so
  /// it is locked: a copy may be sent to another thread.
  final class QuestionCache: Sendable {
    private let table = Mutex(StepTable())

    /// A question found, held once: an answer reads it in place instead of
    /// copying the whole struct out of the table.
    final class Found: Sendable {
      let question: Question

      init(_ question: Question) { self.question = question }

      /// `AnswerParser.parse` for this question, which it reads in place.
      func parse(_ text: String, today: CalendarDay, options: DeadlineOptions) -> Result<
        AnswerValue, AnswerParser.Rejection
      > {
        AnswerParser.parse(text, for: question, today: today, options: options)
      }
    }

    /// The question found for the key whose bytes are `key`, its step the
    /// first `step.count` of them with the hash `step.hash`, worked out by
    /// `fresh` the first time.
    func found(
      _ key: UnsafeBufferPointer<UInt8>, step: (count: Int, hash: UInt64),
      _ fresh: () -> Question?
    ) -> Found? {
      let bytes = UnsafeBufferPointer(rebasing: key[..<step.count])
      if let known = table.withLock({ $0.find(bytes, hash: step.hash) }) { return known }
      let found = fresh().map(Found.init)
      table.withLock { $0.insert(bytes, hash: step.hash, found) }
      return found
    }

    /// `key` without a final `#` and digits (its round), or nil when it
    /// does not end so.
    ///
    /// Every key that is the same text before such an end reads as the
    /// same script, step and facet: `AnswerKey` finds no item (the key
    /// ends in a digit), takes that `#` as the round's (the last one, and
    /// at most 18 digits always read as an `Int`), and reads the rest
    /// alone. Nothing else of a key picks its question.
    static func roundless(_ key: String) -> Substring? {
      var text = key
      guard let count = text.withUTF8({ step(of: $0)?.count }) else { return nil }
      // (`#` is a scalar of its own: the scalars before it, exactly.)
      let mark = key.utf8.index(key.utf8.startIndex, offsetBy: count)
      return Substring(key.unicodeScalars[..<mark])
    }

    /// A key's text before its round, with the hash of its bytes: what
    /// the table finds a step by.
    struct Step: Hashable {
      var text: Substring
      var bytesHash: UInt64
    }

    /// `step(of:)` of a key's bytes, with its text.
    static func step(of key: String) -> Step? {
      var bytes = key
      guard let found = bytes.withUTF8({ step(of: $0) }), let text = roundless(key) else {
        return nil
      }
      return Step(text: text, bytesHash: found.hash)
    }

    /// How many of the key's bytes come before its round, with the hash
    /// of those bytes (FNV-1a); nil when the key has no round.
    static func step(of bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, hash: UInt64)? {
      var i = bytes.count
      while i > 0, bytes[i - 1] >= UInt8(ascii: "0"), bytes[i - 1] <= UInt8(ascii: "9") {
        i -= 1
      }
      let digits = bytes.count - i
      guard digits >= 1, digits <= 18, i > 0, bytes[i - 1] == UInt8(ascii: "#") else {
        return nil
      }
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for k in 0..<(i - 1) { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
      return (i - 1, hash)
    }
  }

  /// The steps seen, by the bytes of their text: open addressing over one
  /// buffer of those bytes, so a lookup makes no string and compares
  /// bytes, not `String`s.
  struct StepTable {
    private struct Slot {
      var hash: UInt64 = 0
      var start = 0
      var count = -1
      var found: QuestionCache.Found?
    }

    private var slots = [Slot](repeating: Slot(), count: 64)
    private var used = 0
    private var text: [UInt8] = []

    /// The entry for `step`, when there is one: nil when the step is
    /// not in the table, `.some(nil)` for a step the scripts do not ask.
    func find(_ step: UnsafeBufferPointer<UInt8>, hash: UInt64) -> QuestionCache.Found?? {
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: hash) & mask
      while slots[k].count >= 0 {
        if slots[k].hash == hash, slots[k].count == step.count, same(slots[k].start, step) {
          return .some(slots[k].found)
        }
        k = (k + 1) & mask
      }
      return nil
    }

    mutating func insert(
      _ step: UnsafeBufferPointer<UInt8>, hash: UInt64, _ found: QuestionCache.Found?
    ) {
      // Another copy of the machine may have put it in meanwhile.
      guard find(step, hash: hash) == nil else { return }
      if 2 * (used + 1) > slots.count { grow() }
      let start = text.count
      text.append(contentsOf: step)
      put(Slot(hash: hash, start: start, count: step.count, found: found))
      used += 1
    }

    private mutating func put(_ slot: Slot) {
      let mask = slots.count - 1
      var k = Int(truncatingIfNeeded: slot.hash) & mask
      while slots[k].count >= 0 { k = (k + 1) & mask }
      slots[k] = slot
    }

    private mutating func grow() {
      let old = slots
      slots = [Slot](repeating: Slot(), count: 2 * old.count)
      for slot in old where slot.count >= 0 { put(slot) }
    }

    /// Whether the text at `start` is `step` (as long as it), eight bytes
    /// at a time.
    private func same(_ start: Int, _ step: UnsafeBufferPointer<UInt8>) -> Bool {
      text.withUnsafeBytes { text in
        let step = UnsafeRawBufferPointer(step)
        var k = 0
        while k + 8 <= step.count {
          guard
            text.loadUnaligned(fromByteOffset: start + k, as: UInt64.self)
              == step.loadUnaligned(fromByteOffset: k, as: UInt64.self)
          else { return false }
          k += 8
        }
        while k < step.count {
          guard text[start + k] == step[k] else { return false }
          k += 1
        }
        return true
      }
    }
  }
}
