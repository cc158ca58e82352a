import CoachTestSupport
import Glibc

/// `coach` on pipes that a test talks to one line at a time: it sends an
/// answer, waits for what the program prints next, and can signal or kill
/// it at any moment. Started as a `ChildProcess` (close-on-exec pipes, the
/// shared spawn lock, an empty signal mask and default handlers).
final class LiveCoach {
  typealias Failure = ChildProcess.Failure

  private let child: ChildProcess
  /// Offset in the output up to which `read` has consumed.
  private var consumed = 0

  var pid: pid_t { child.pid }
  var stdout: String { child.stdout }
  var stderr: String { child.stderr }

  /// Starts `coach arguments` in the environment of `CoachProcess.run`
  /// (fixed clock, no colours, no `COACH_HOME`) with `extra` on top.
  init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
    child = try ChildProcess(
      executable: CoachProcess.binary, arguments: arguments,
      environment: CoachProcess.environment(extra))
  }

  /// Sends `line` and a line feed; a program that is gone is ignored.
  func send(_ line: String) {
    child.send(Array((line + "\n").utf8))
  }

  /// Closes standard input: the program sees end of input.
  func closeInput() {
    child.closeInput()
  }

  func signal(_ signal: Int32) {
    child.signal(signal)
  }

  /// Reads until `needle` appears in output not yet consumed; returns that
  /// output up to and including the needle.
  @discardableResult
  func read(until needle: String, timeout: Double = 20) throws -> String {
    try read(timeout: timeout, waitingFor: "'\(needle)'") { text in
      text.range(of: needle).map { (String(text[..<$0.upperBound]), $0.upperBound) }
    }
  }

  /// Reads until `match` finds something in the output not yet consumed,
  /// and consumes up to the end of what it found.
  func read<T>(
    timeout: Double = 20, waitingFor what: String,
    _ match: (String) -> (T, String.Index)?
  ) throws -> T {
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while true {
      let text = String(decoding: child.outputBytes[consumed...], as: UTF8.self)
      if let (found, end) = match(text) {
        consumed += text[..<end].utf8.count
        return found
      }
      guard ContinuousClock.now < deadline, child.outputOpen else {
        let why = child.outputOpen ? "timed out after \(timeout)s" : "output ended"
        throw Failure(
          description: "\(why) waiting for \(what); unread output:\n\(text)\nstderr:\n\(stderr)")
      }
      pump(milliseconds: 20)
    }
  }

  /// Waits for the program to end, reading all it writes.
  ///
  /// - Returns: The exit status, or 128 + the signal that ended it.
  @discardableResult
  func waitForExit(timeout: Double = 20) throws -> Int32 {
    try child.waitForExit(timeout: timeout)
  }

  /// Kills the program with SIGKILL and reaps it, so its pid is free again.
  @discardableResult
  func kill9() throws -> Int32 {
    try child.kill9()
  }

  /// Reads whatever is ready on stdout and stderr, waiting at most
  /// `milliseconds` for something to arrive.
  func pump(milliseconds: Int32) {
    child.pump(milliseconds: milliseconds)
  }
}
