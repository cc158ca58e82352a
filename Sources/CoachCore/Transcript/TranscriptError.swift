/// Why a transcript cannot be read, and on which line.
///
/// Kept as data; the shell prints it as `<file>:<line>: error: <message>`
/// with `formatted(file:)`, like a compiler diagnostic.
public struct TranscriptError: Error, Hashable, Sendable, CustomStringConvertible {
  /// 1-based; the header is line 1.
  public var line: Int
  /// Lower case, with names in single quotes.
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  /// `transcript.jsonl:41: error: line is not a valid event: unknown type 'foo'`.
  public func formatted(file: String) -> String { "\(file):\(line): error: \(message)" }

  public var description: String { formatted(file: "transcript.jsonl") }
}
