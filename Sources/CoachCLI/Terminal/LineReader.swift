/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C cleared the line being typed: prompt again.
  case cancelled
  /// End of input (Ctrl-D on an empty line, or the end of piped input).
  case endOfInput
  /// SIGTERM or SIGHUP arrived: save and leave.
  case terminated
  /// A line longer than `LineLimit.bytes`: refused whole, never cut.
  case tooLong(bytes: Int)
}

/// The longest answer line coach takes: 64 KiB of UTF-8 (docs/cli.md).
///
/// A longer line (piped, typed or pasted) is refused with a message rather
/// than cut and acknowledged; the reader keeps only this much in memory.
public enum LineLimit {
  public static let bytes = 64 * 1024
}

/// Where the session's answers come from: libedit on a terminal, plain lines
/// otherwise. The REPL only sees this protocol, so both modes share one loop.
public protocol LineReader: AnyObject {
  /// Reads one line (without its newline). `completions` are offered on Tab
  /// (slash commands and the current question's options).
  func readLine(prompt: String, completions: [String]) -> LineInput
  /// Remembers `line` for Up-arrow recall (and in the history file). Never
  /// called for private answers.
  func remember(_ line: String)
  /// Saves history and restores the terminal.
  func close()
}
