import CoachTestSupport
import Glibc

/// Runs a program on a real pseudo-terminal, like a person at a terminal.
///
/// libedit only edits, completes and handles Ctrl-C when its input is a
/// terminal that is also the controlling terminal, so these tests use
/// `forkpty` (a `Process` with an `openpty` slave has no controlling
/// terminal: Ctrl-C then only flushes input). Every wait has a timeout, so a
/// misbehaving program fails the test instead of hanging it.
///
/// Usage:
///
/// ```swift
/// let home = try makeTemporaryDirectory()
/// let terminal = try PseudoTerminal(
///   executable: PseudoTerminal.productPath("coach"),
///   arguments: ["start", "checkin", "--data-dir", home + "/data"],
///   environment: PseudoTerminal.environment(home: home))
/// try terminal.read(until: "›", timeout: 5)   // the first prompt
/// try terminal.waitForRaw(timeout: 5)         // libedit is reading keys now
/// terminal.send("/he\t")                      // Tab completes to /help
/// try terminal.read(until: "/help", timeout: 5)
/// terminal.send("\r")
/// terminal.send("\u{4}")                      // Ctrl-D, once raw again
/// #expect(try terminal.waitForExit(timeout: 5) == 0)
/// ```
///
/// Send keys only once `waitForRaw` has returned: control keys typed while the
/// terminal is still in canonical mode are taken by the kernel's line
/// discipline (a lost Ctrl-D hangs the program). After a line has been
/// entered, first read the program's answer to it, then wait for raw mode
/// again: until the answer appears the terminal may still be raw from the
/// previous read.
final class PseudoTerminal {
  /// A wait that ran out of time or a program that could not start.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// The child's process id.
  let pid: pid_t
  private let master: Int32
  private var bytes: [UInt8] = []
  /// Offset in `bytes` up to which `read(until:timeout:)` has consumed.
  private var consumed = 0
  private var outputEnded = false
  private var exitStatus: Int32?

  /// Everything the program has written so far, escape sequences included.
  var output: String { String(decoding: bytes, as: UTF8.self) }

  /// Starts `executable` on a new pseudo-terminal of the given size.
  ///
  /// - Parameters:
  ///   - executable: Path of the program (not searched in `PATH`).
  ///   - arguments: Arguments after the program name.
  ///   - environment: The program's whole environment; give at least `TERM`
  ///     and `HOME` (see `environment(home:)`).
  ///   - columns: The terminal's width.
  ///   - rows: The terminal's height.
  /// - Throws: `Failure` when the program cannot be started.
  init(
    executable: String, arguments: [String], environment: [String: String],
    columns: Int = 80, rows: Int = 24
  ) throws {
    // Everything the child needs is prepared before fork: after fork it may
    // only call async-signal-safe functions.
    let argv = CStringArray([executable] + arguments)
    let envp = CStringArray(environment.sorted { $0.key < $1.key }.map { "\($0)=\($1)" })
    defer {
      argv.free()
      envp.free()
    }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    // Test runners block most signals in their threads, and a blocked mask
    // survives execve: the program would never see Ctrl-C or SIGTERM.
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var master: Int32 = -1
    // `forkpty` makes the master without close-on-exec: until the `fcntl`
    // below, a program another test spawns would inherit it, and this
    // terminal would then never report the end of output. The lock every
    // spawn in the tests takes (`ChildProcess.spawnLock`) closes that gap.
    let pid = ChildProcess.spawnLock.withLock { _ -> pid_t in
      let pid = forkpty(&master, nil, nil, &size)
      if pid == 0 {
        sigprocmask(SIG_SETMASK, &noSignals, nil)
        // The runner ignores SIGPIPE (see `ChildProcess`), and an ignored
        // signal stays ignored across execve. (No array here: after fork
        // only async-signal-safe calls, so nothing that allocates.)
        Glibc.signal(SIGPIPE, SIG_DFL)
        for descriptor in 3..<1024 { Glibc.close(Int32(descriptor)) }
        execve(executable, argv.pointers, envp.pointers)
        _exit(127)
      }
      if pid > 0 { _ = fcntl(master, F_SETFD, FD_CLOEXEC) }
      return pid
    }
    guard pid > 0 else { throw Failure(description: "forkpty failed: errno \(errno)") }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    self.pid = pid
    self.master = master
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    Glibc.close(master)
  }

  /// An environment for a test: a known terminal type, a UTF-8 locale, and a
  /// temporary home so nothing touches the real one.
  static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
    let base = [
      "TERM": "xterm-256color", "HOME": home, "LANG": "C.UTF-8",
      "PATH": "/usr/local/bin:/usr/bin:/bin", "XDG_STATE_HOME": home + "/state",
    ]
    return base.merging(extra) { $1 }
  }

  /// The path of a product built next to the running tests (SwiftPM puts
  /// executables and the test bundle in the same directory).
  static func productPath(_ name: String, filePath: String = #filePath) -> String {
    let runner = CommandLine.arguments.first ?? ""
    if let slash = runner.lastIndex(of: "/") {
      let candidate = runner[..<slash] + "/" + name
      if access(candidate, X_OK) == 0 { return String(candidate) }
    }
    // Fall back to the package's default build directory.
    var root = Substring(filePath)
    while let slash = root.lastIndex(of: "/"), !root.hasSuffix("/Tests") {
      root = root[..<slash]
    }
    return root.dropLast("/Tests".count) + "/.build/debug/" + name
  }

  /// Waits until the program has put the terminal in raw mode (canonical
  /// mode off), which is when libedit is reading keys.
  func waitForRaw(timeout: Double = 5) throws {
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while true {
      var modes = termios()
      if tcgetattr(master, &modes) == 0 && modes.c_lflag & tcflag_t(ICANON) == 0 { return }
      guard ContinuousClock.now < deadline, exitStatus == nil, !outputEnded else {
        throw Failure(description: "terminal not raw after \(timeout)s; output:\n\(output)")
      }
      pump(milliseconds: 10)
    }
  }

  /// Types `text` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for
  /// Ctrl-D, "\t" for Tab, "\u{1B}[A" for Up).
  func send(_ text: String) {
    var pending = Array(text.utf8)[...]
    while !pending.isEmpty {
      let written = pending.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written > 0 {
        pending = pending.dropFirst(written)
      } else if written < 0 && errno != EINTR && errno != EAGAIN {
        return
      } else {
        pump(milliseconds: 10)  // the program is busy: drain its output meanwhile
      }
    }
  }

  /// Sends `signal` to the program (e.g. `SIGTERM`, `SIGHUP`).
  func signal(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Changes the terminal size; the program receives SIGWINCH.
  func resize(columns: Int, rows: Int) {
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Reads until `needle` appears in output not yet consumed, and returns that
  /// output up to and including the needle.
  @discardableResult
  func read(until needle: String, timeout: Double = 5) throws -> String {
    let target = Array(needle.utf8)
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while true {
      if let end = Self.find(target, in: bytes, from: consumed) {
        let text = String(decoding: bytes[consumed..<end], as: UTF8.self)
        consumed = end
        return text
      }
      guard ContinuousClock.now < deadline, !outputEnded else {
        let rest = String(decoding: bytes[consumed...], as: UTF8.self)
        let why = outputEnded ? "output ended" : "timed out after \(timeout)s"
        throw Failure(description: "\(why) waiting for '\(needle)'; unread output:\n\(rest)")
      }
      pump(milliseconds: 20)
    }
  }

  /// Waits for the program to exit, draining its output meanwhile.
  ///
  /// - Returns: The exit status, or 128 + the signal that killed it.
  @discardableResult
  func waitForExit(timeout: Double = 5) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while true {
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        while !outputEnded && pump(milliseconds: 0) {}
        let signal = status & 0x7f
        let result = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        exitStatus = result
        return result
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(description: "still running after \(timeout)s; output:\n\(output)")
      }
      pump(milliseconds: 10)
    }
  }

  /// Reads what the program has written, waiting at most `milliseconds`.
  /// Returns whether anything arrived.
  @discardableResult
  private func pump(milliseconds: Int32) -> Bool {
    guard !outputEnded else {
      if milliseconds > 0 { usleep(useconds_t(milliseconds) * 1000) }
      return false
    }
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
    var chunk = [UInt8](repeating: 0, count: 4096)
    let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
    if count > 0 {
      bytes.append(contentsOf: chunk[..<count])
      return true
    }
    // EIO once the program and everything it started closed the terminal.
    if count == 0 || (errno != EAGAIN && errno != EINTR) { outputEnded = true }
    return false
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty else { return start }
    guard haystack.count - start >= needle.count else { return nil }
    for offset in start...(haystack.count - needle.count)
    where haystack[offset..<offset + needle.count].elementsEqual(needle) {
      return offset + needle.count
    }
    return nil
  }
}

/// A NULL-terminated array of C strings for `execve`, allocated before fork.
private struct CStringArray {
  let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

  init(_ strings: [String]) {
    pointers = .allocate(capacity: strings.count + 1)
    for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
    pointers[strings.count] = nil
  }

  func free() {
    var index = 0
    while let string = pointers[index] {
      Glibc.free(string)
      index += 1
    }
    pointers.deallocate()
  }
}
