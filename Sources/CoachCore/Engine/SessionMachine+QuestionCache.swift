import Synchronization

extension SessionMachine {
  /// The questions `question(for:)` found, by a key's text without its
  /// round: a replay asks for one per answer, and keys differ only in
  /// their round.
  ///
  /// Copies of a machine share it (it depends only on their catalog), so
  /// it is locked: a copy may be sent to another thread.
  final class QuestionCache: Sendable {
    private let byStep = Mutex<[Step: Question?]>([:])

    /// A key's text before its round, with a hash of its bytes made in the
    /// same pass that found the round (a replay looks one up per answer:
    /// no string is made, and the text is not read again to hash it).
    struct Step: Hashable, Sendable {
      var text: Substring
      var bytesHash: UInt64

      static func == (a: Step, b: Step) -> Bool {
        a.bytesHash == b.bytesHash && a.text == b.text
      }

      func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
    }

    /// The question found for `step`, worked out by `fresh` the first
    /// time.
    func question(_ step: Step, _ fresh: () -> Question?) -> Question? {
      if let known = byStep.withLock({ $0[step] }) { return known }
      let found = fresh()
      byStep.withLock { $0[step] = .some(found) }
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
    static func roundless(_ key: String) -> Substring? { step(of: key)?.text }

    /// `roundless(key)`, with the hash of its bytes (FNV-1a).
    static func step(of key: String) -> Step? {
      var text = key
      let found = text.withUTF8 { bytes -> (mark: Int, hash: UInt64)? in
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
      guard let found else { return nil }
      // (`#` is a scalar of its own: the scalars before it, exactly.)
      let mark = key.utf8.index(key.utf8.startIndex, offsetBy: found.mark)
      return Step(text: Substring(key.unicodeScalars[..<mark]), bytesHash: found.hash)
    }
  }
}
