import CoachCore
import Glibc

/// The one way out to the terminal: everything printed passes through the
/// sanitiser, so neither an answer nor a script can send control sequences.
final class Console: @unchecked Sendable {
  let colors: Bool
  let stdoutIsTerminal: Bool
  /// Error lines held back while `capturingErrors` runs.
  private var captured: [String]?

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

  /// Writes a line to stdout, wrapped at word boundaries to the terminal's
  /// width when stdout is a terminal.
  func line(_ text: String, style: Style? = nil) {
    let clean = Sanitizer.clean(text)
    let shown = stdoutIsTerminal ? Self.wrap(clean, width: Self.terminalWidth()) : clean
    write(1, styled(shown, style) + "\n")
  }

  /// The terminal's width in columns (80 when unknown), at most 100 so text
  /// stays readable on wide windows.
  static func terminalWidth() -> Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return min(Int(size.ws_col), 100)
  }

  /// The width to lay text out for: `COLUMNS` when set to a number, else
  /// the terminal's, else 80; at most 100.
  static func layoutWidth(environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
      return min(columns, 100)
    }
    return terminalWidth()
  }

  /// Writes lines laid out by the core: bold and dim become escapes when
  /// colours are on (a terminal, no `NO_COLOR`), and are dropped otherwise.
  /// The lines are already wrapped, so they are written as they are.
  func lines(_ lines: [StyledLine]) {
    write(1, Self.text(of: lines, colors: colors))
  }

  /// The text `lines` writes: each span cleaned to one line, its style an
  /// escape when `colors`, nothing otherwise.
  static func text(of lines: [StyledLine], colors: Bool) -> String {
    lines.map { line in
      let clean = StyledLine(
        line.spans.map { StyledLine.Span(StyledLine.oneLine($0.text), $0.style) })
      guard colors else { return clean.plain }
      return clean.rendered(open: { escape($0).rawValue }, close: "\u{1B}[0m")
    }.joined(separator: "\n") + "\n"
  }

  static func escape(_ style: StyledLine.Style) -> Style {
    switch style {
    case .bold: return .bold
    case .dim: return .dim
    }
  }

  /// Breaks each line of `text` so none is wider than `width` terminal
  /// columns (`StyledLine.wrap`: at spaces, between CJK characters, inside
  /// a word longer than the line); leading indentation is kept.
  static func wrap(_ text: String, width: Int) -> String {
    guard width > 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.displayWidth > width else { return String(line) }
      let indent = String(repeating: " ", count: line.prefix(while: { $0 == " " }).count)
      return StyledLine.wrap(
        [.init(String(line.dropFirst(indent.count)))], width: width, first: indent, rest: indent
      ).map(\.plain).joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// Writes text to stdout as it is, but for controls: exports keep their
  /// carriage returns (ICS and CSV lines end in CRLF).
  func export(_ text: String) {
    write(1, Sanitizer.clean(text, keepingCarriageReturns: true))
  }

  /// Writes an export to stdout as `produce` makes it, a part at a time,
  /// cleaned as `export(_:)` cleans it: a long plan is never held whole.
  func export(producing produce: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
    var stream = Sanitizer.Stream(keepingCarriageReturns: true)
    produce { chunk in stream.clean(chunk) { write(1, $0) } }
    stream.finish { write(1, $0) }
  }

  /// Writes a line to stderr.
  func error(_ text: String) {
    if captured != nil {
      captured?.append(Sanitizer.clean(text))
      return
    }
    write(2, Sanitizer.clean(text) + "\n")
  }

  /// Runs `body` with the error lines it writes held back and returned, for
  /// a listing that reports each failure in its own row.
  func capturingErrors<T>(_ body: () -> T) -> (result: T, errors: [String]) {
    let outer = captured
    captured = []
    let result = body()
    let errors = captured ?? []
    captured = outer
    return (result, errors)
  }

  func styled(_ text: String, _ style: Style?) -> String {
    guard colors, let style else { return text }
    return style.rawValue + text + "\u{1B}[0m"
  }

  private func write(_ fd: Int32, _ text: String) {
    var text = text
    text.withUTF8 { write(fd, $0) }
  }

  private func write(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
    var offset = 0
    while offset < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += n
    }
  }
}
