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
