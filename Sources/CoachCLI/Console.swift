import CoachCore
import Glibc

/// The one way out to the terminal: everything printed passes through the
/// sanitiser, so neither an answer nor a script can send control sequences.
final class Console: @unchecked Sendable {
  let colors: Bool
  let stdoutIsTerminal: Bool

  init(colors: Bool) {
    self.stdoutIsTerminal = isatty(1) == 1
    self.colors = colors && stdoutIsTerminal
  }

  enum Style: String {
    case coach = "\u{1B}[36m"
    case dim = "\u{1B}[2m"
    case bold = "\u{1B}[1m"
    case warning = "\u{1B}[33m"
    case error = "\u{1B}[31m"
  }

  /// Writes a line to stdout.
  func line(_ text: String, style: Style? = nil) {
    write(1, styled(Sanitizer.clean(text), style) + "\n")
  }

  /// Writes text to stdout as it is, but for controls: exports keep their
  /// carriage returns (ICS and CSV lines end in CRLF).
  func export(_ text: String) {
    write(1, Sanitizer.clean(text, keepingCarriageReturns: true))
  }

  /// Writes a line to stderr.
  func error(_ text: String) {
    write(2, Sanitizer.clean(text) + "\n")
  }

  func styled(_ text: String, _ style: Style?) -> String {
    guard colors, let style else { return text }
    return style.rawValue + text + "\u{1B}[0m"
  }

  private func write(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}
