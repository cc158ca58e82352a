@preconcurrency import CEditShim
@preconcurrency import CLibEdit
import Glibc

/// Reads lines on a terminal with libedit: emacs keys (or whatever
/// `~/.editrc` says), history, Tab completion and bracketed paste.
///
/// libedit's defaults surprise people (Ctrl-R redisplays, Ctrl-W kills a
/// region, Ctrl-Left inserts garbage, a pasted paragraph becomes several
/// answers), so the bindings below fix them before `~/.editrc` is read, and
/// `~/.editrc` still has the last word.
public final class LineEditor: LineReader {
  /// Entries kept in the history file.
  public static let historySize: Int32 = 500

  private let editLine: OpaquePointer
  private let history: OpaquePointer
  private let historyFile: String?
  private let colors: Bool
  /// Whether bracketed paste can be switched on: both ends are a terminal
  /// and editing was not turned off in `~/.editrc`.
  private var pasteMode = false
  /// The prompt libedit shows; it must stay valid while `el_gets` runs.
  private var promptBuffer: UnsafeMutablePointer<CChar>? = strdup("")
  private var completions: [String] = []
  private var closed = false

  /// Whether a paste keeps its line breaks: on while a `long` answer is
  /// read, whose lines are kept; otherwise a pasted paragraph is one line.
  public var pasteKeepsLineBreaks = false {
    didSet { cedit_set_paste_keeps_lines(pasteKeepsLineBreaks) }
  }

  /// Starts libedit on standard input and output, or fails (`nil`) when
  /// libedit cannot start.
  ///
  /// Installs `SignalTrap` (idempotent) if the caller has not: without its
  /// SIGINT handler, libedit would re-raise Ctrl-C with the default action and
  /// end the session.
  ///
  /// - Parameters:
  ///   - historyFile: Where history is loaded from and saved to (its
  ///     directory is created 0700, the file written 0600), or `nil` for
  ///     history of this session only.
  ///   - colors: Whether the prompt is shown in bold.
  public init?(historyFile: String?, colors: Bool) {
    // Before anything reaches libedit: in a non-UTF-8 locale it drops
    // non-ASCII input and history lines, and the next save loses them.
    _ = cedit_use_utf8_ctype()
    SignalTrap.install()
    guard let editLine = cedit_init("coach") else { return nil }
    guard let history = history_init() else {
      el_end(editLine)
      return nil
    }
    self.editLine = editLine
    self.history = history
    self.historyFile = historyFile
    self.colors = colors
    // A fresh history holds nothing until it has a size.
    _ = cedit_history_set_size(history, Self.historySize)
    _ = cedit_history_set_unique(history, 1)
    if let historyFile { _ = cedit_history_load(history, historyFile) }
    configure()
  }

  deinit {
    close()
    free(promptBuffer)
  }

  private func configure() {
    _ = cedit_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    _ = cedit_set_history(editLine, history)
    _ = cedit_set_editor(editLine, "emacs")
    _ = cedit_set_signal(editLine, 1)
    _ = cedit_set_prompt(editLine, lineEditorPrompt)
    _ = cedit_add_function(
      editLine, "coach-complete", "Complete commands and options", lineEditorComplete)
    _ = cedit_enable_bracketed_paste(editLine)
    // Keys are read by polling stdin with the signal wake pipe, so no
    // Ctrl-C is lost while libedit draws (docs/libedit.md).
    _ = cedit_use_key_reader(editLine)
    for (key, command) in Self.bindings { _ = cedit_bind(editLine, key, command) }
    // Last, so that the user's choices (vi mode, `edit off`) win.
    _ = el_source(editLine, nil)
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    pasteMode =
      isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 && term != "dumb"
      && cedit_edit_mode(editLine) != 0
  }

  /// Keys in libedit's notation and the commands they run.
  private static let bindings: [(String, String)] = [
    ("^I", "coach-complete"),
    ("^R", "em-inc-search-prev"),
    ("^W", "ed-delete-prev-word"),
    ("\\e[3~", "ed-delete-next-char"),
    ("\\e[1;5C", "em-next-word"), ("\\e[1;5D", "ed-prev-word"),
    ("\\e[5C", "em-next-word"), ("\\e[5D", "ed-prev-word"),
    ("\\e[1;3C", "em-next-word"), ("\\e[1;3D", "ed-prev-word"),
    ("\\e[H", "ed-move-to-beg"), ("\\e[F", "ed-move-to-end"),
    ("\\e[1~", "ed-move-to-beg"), ("\\e[4~", "ed-move-to-end"),
  ]

  public func readLine(prompt: String, completions: [String]) -> LineInput {
    guard !closed else { return .endOfInput }
    if SignalTrap.terminationRequested { return .terminated }
    // A Ctrl-C pressed while the coach was talking must not cancel this line.
    SignalTrap.interrupted = false
    setPrompt(prompt)
    self.completions = completions
    if pasteMode { cedit_put_stdout("\u{1B}[?2004h") }
    defer { if pasteMode { cedit_put_stdout("\u{1B}[?2004l") } }
    var count: Int32 = 0
    errno = 0
    guard let raw = el_gets(editLine, &count) else {
      let interruptedBySignal = count == -1 && errno == EINTR
      // Leave the cursor on a fresh line for whatever is printed next.
      cedit_put_stdout("\n")
      if SignalTrap.terminationRequested { return .terminated }
      // A Ctrl-C inside a Ctrl-R search comes back as end of input (the
      // search ends the line on any failed read), but the flag says it was
      // Ctrl-C: it cancels the search and the line, never the session.
      if SignalTrap.consumeInterrupt() || interruptedBySignal { return .cancelled }
      return .endOfInput
    }
    var line = String(cString: raw)
    // By scalar: a "\r\n" ending would be one Character.
    if line.unicodeScalars.last == "\n" { line.unicodeScalars.removeLast() }
    // A paste of several lines into a `long` answer ended this line at its
    // first break; its other lines belong to the same answer, shown as the
    // continuation lines a person would have typed.
    if let rest = cedit_take_pasted_rest() {
      let lines = String(cString: rest)
      free(rest)
      for pasted in lines.split(separator: "\n", omittingEmptySubsequences: false) {
        cedit_put_stdout("  … \(pasted)\n")
      }
      line += "\n" + lines
    }
    if line.utf8.count > LineLimit.bytes { return .tooLong(bytes: line.utf8.count) }
    return .line(line)
  }

  public func remember(_ line: String) {
    guard !closed, !line.isEmpty else { return }
    _ = cedit_history_enter(history, line)
  }

  public func close() {
    guard !closed else { return }
    closed = true
    saveHistory()
    el_end(editLine)
    history_end(history)
  }

  private func setPrompt(_ prompt: String) {
    // \u{1} delimits invisible text for libedit; a stray one would hide text.
    let visible = prompt.filter { $0 != "\u{1}" }
    var shown = visible
    if colors && !visible.isEmpty {
      // libedit drops an invisible sequence that ends the prompt, so the
      // reset goes before the trailing spaces (or the last character).
      var body = Substring(visible)
      var tail = ""
      while body.last == " " { tail.append(body.removeLast()) }
      if tail.isEmpty, let last = body.popLast() { tail = String(last) }
      shown = "\u{1}\u{1B}[1m\u{1}\(body)\u{1}\u{1B}[0m\u{1}\(tail)"
    }
    free(promptBuffer)
    promptBuffer = strdup(shown)
  }

  fileprivate var currentPrompt: UnsafeMutablePointer<CChar>? { promptBuffer }

  /// Tab: completes the text before the cursor or lists the candidates.
  fileprivate func complete() -> UInt8 {
    guard let info = el_line(editLine)?.pointee, let start = info.buffer else {
      return UInt8(CC_ERROR)
    }
    let length = info.cursor.map { $0 - start } ?? 0
    let typed = start.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    switch TabCompletion.complete(typed, among: completions) {
    case .none:
      return UInt8(CC_ERROR)
    case .replace(let text):
      el_deletestr(editLine, Int32(typed.unicodeScalars.count))
      return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case .list(let candidates):
      let width = Int(cedit_terminal_columns(STDOUT_FILENO))
      let rows = TabCompletion.columns(candidates, width: width)
      cedit_put_stdout("\n" + rows.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    }
  }

  /// Writes the history to a temporary file (0600) and renames it over the
  /// old one, so an interrupted save never leaves half a file.
  private func saveHistory() {
    guard let historyFile, let slash = historyFile.lastIndex(of: "/") else { return }
    Self.makeDirectories(String(historyFile[..<slash]))
    let temporary = "\(historyFile).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return }
    _ = fchmod(descriptor, 0o600)
    if cedit_history_save_fd(history, descriptor) < 0 || rename(temporary, historyFile) != 0 {
      unlink(temporary)
    }
  }

  /// `mkdir -p` with 0700 for every directory it creates.
  private static func makeDirectories(_ path: String) {
    guard !path.isEmpty else { return }
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/\(component)"
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST { return }
    }
  }
}

/// libedit's prompt callback: the editor's current prompt buffer.
///
/// libedit calls it after installing its signal handlers for `el_gets`, which
/// makes it the place to take SIGTERM and SIGHUP back (see
/// `cedit_reclaim_termination_signals`).
private func lineEditorPrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
  cedit_reclaim_termination_signals()
  guard let editLine, let data = cedit_client_data(editLine) else { return nil }
  return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().currentPrompt
}

/// libedit's Tab command.
private func lineEditorComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let editLine, let data = cedit_client_data(editLine) else { return UInt8(CC_ERROR) }
  return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
}
