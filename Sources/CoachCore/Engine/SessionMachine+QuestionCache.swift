import Synchronization

extension SessionMachine {
  /// The questions `question(for:)` found, by a key's text without its
  /// round: a replay asks for one per answer, and keys differ only in
  /// their round.
  ///
  /// Copies of a machine share it (it depends only on their catalog), so
  /// it is locked: a copy may be sent to another thread.
  final class QuestionCache: Sendable {
    private let byStep = Mutex<[String: Question?]>([:])

    /// The question found for `step` (a key without its round), worked
    /// out by `fresh` the first time.
    func question(_ step: String, _ fresh: () -> Question?) -> Question? {
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
    static func roundless(_ key: String) -> String? {
      var text = key
      return text.withUTF8 { bytes -> String? in
        var i = bytes.count
        while i > 0, bytes[i - 1] >= UInt8(ascii: "0"), bytes[i - 1] <= UInt8(ascii: "9") {
          i -= 1
        }
        let digits = bytes.count - i
        guard digits >= 1, digits <= 18, i > 0, bytes[i - 1] == UInt8(ascii: "#") else {
          return nil
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(i - 1)]), as: UTF8.self)
      }
    }
  }
}
