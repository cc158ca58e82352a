import CoachCore
import Foundation
import Glibc
import Synchronization

/// `coach` on pipes that a test talks to one line at a time: it sends an
/// answer, waits for what the program prints next, and can signal or kill
/// it at any moment.
///
/// Started with `posix_spawn` rather than `Process`: the pipes are
/// close-on-exec (a program started by a parallel test must not inherit the
/// write end of this stdin, or closing it would never reach the program as
/// end of input), and the child gets an empty signal mask and default
/// handlers whatever the test runner's thread has blocked.
final class LiveCoach {
  /// A wait that ran out of time, or a program that could not start.
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  let pid: pid_t
  private var input: Int32
  private let output: Int32
  private let errors: Int32
  private var outputBytes: [UInt8] = []
  private var errorBytes: [UInt8] = []
  /// Offset in `outputBytes` up to which `read` has consumed.
  private var consumed = 0
  private var outputOpen = true
  private var errorsOpen = true
  private var exitStatus: Int32?

  var stdout: String { String(decoding: outputBytes, as: UTF8.self) }
  var stderr: String { String(decoding: errorBytes, as: UTF8.self) }

  /// The environment of `CoachProcess.run` (fixed clock, no colours, no
  /// `COACH_HOME`) with `extra` on top.
  static func environment(_ extra: [String: String]) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["COACH_NOW"] = "2026-11-25T09:00:00Z"
    env["NO_COLOR"] = "1"
    env.removeValue(forKey: "COACH_HOME")
    return env.merging(extra) { $1 }
  }

  init(_ arguments: [String], environment extra: [String: String] = [:]) throws {
    // A write to a program that has just been killed must fail with EPIPE,
    // not kill the test runner.
    Glibc.signal(SIGPIPE, SIG_IGN)
    // Making the pipes and spawning hold one lock, so another LiveCoach
    // never spawns between `pipe` and `fcntl` and inherits these ends.
    let spawned = Self.spawnLock.withLock { _ in Self.spawn(arguments, environment: extra) }
    guard let spawned else {
      throw Failure(description: "cannot start coach: errno \(errno)")
    }
    (pid, input, output, errors) = spawned
    for fd in [output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
  }

  /// Makes three close-on-exec pipes and spawns `coach` on them; returns the
  /// pid and the parent's ends (stdin, stdout, stderr).
  private static func spawn(_ arguments: [String], environment extra: [String: String])
    -> (pid_t, Int32, Int32, Int32)?
  {
    var inPipe: [Int32] = [-1, -1]
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { return nil }
    for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGPIPE, SIGHUP, SIGTERM, SIGINT, SIGQUIT] { sigaddset(&defaults, s) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let env = Self.environment(extra).sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
    let argv = ([CoachProcess.binary] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, CoachProcess.binary, &actions, &attributes, argv, envp)
    Glibc.close(inPipe[0])
    Glibc.close(outPipe[1])
    Glibc.close(errPipe[1])
    guard rc == 0 else {
      [inPipe[1], outPipe[0], errPipe[0]].forEach { Glibc.close($0) }
      errno = rc
      return nil
    }
    return (pid, inPipe[1], outPipe[0], errPipe[0])
  }

  /// Swift has no `pipe2`: making pipes close-on-exec and spawning are
  /// serialised instead.
  private static let spawnLock = Mutex(())

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    [input, output, errors].filter { $0 >= 0 }.forEach { Glibc.close($0) }
  }

  /// Sends `line` and a line feed; a program that is gone is ignored.
  func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count, input >= 0 {
      let n = bytes[offset...].withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      if n > 0 {
        offset += n
      } else if n < 0 && errno != EINTR {
        return
      }
    }
  }

  /// Closes standard input: the program sees end of input.
  func closeInput() {
    guard input >= 0 else { return }
    Glibc.close(input)
    input = -1
  }

  func signal(_ signal: Int32) {
    kill(pid, signal)
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
      let text = String(decoding: outputBytes[consumed...], as: UTF8.self)
      if let (found, end) = match(text) {
        consumed += text[..<end].utf8.count
        return found
      }
      guard ContinuousClock.now < deadline, outputOpen else {
        let why = outputOpen ? "timed out after \(timeout)s" : "output ended"
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
    if let exitStatus { return exitStatus }
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while outputOpen || errorsOpen {
      guard ContinuousClock.now < deadline else {
        throw Failure(description: "still running after \(timeout)s; output:\n\(stdout)")
      }
      pump(milliseconds: 20)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    let result = signal == 0 ? (status >> 8) & 0xff : 128 + signal
    exitStatus = result
    return result
  }

  /// Kills the program with SIGKILL and reaps it, so its pid is free again.
  @discardableResult
  func kill9() throws -> Int32 {
    kill(pid, SIGKILL)
    return try waitForExit()
  }

  /// Reads whatever is ready on stdout and stderr, waiting at most
  /// `milliseconds` for something to arrive.
  func pump(milliseconds: Int32) {
    var fds: [pollfd] = []
    if outputOpen { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
    if errorsOpen { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
    guard !fds.isEmpty, poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return }
    for fd in fds where fd.revents != 0 {
      var chunk = [UInt8](repeating: 0, count: 16384)
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd.fd, $0.baseAddress, $0.count) }
      if n > 0 {
        if fd.fd == output {
          outputBytes += chunk[..<n]
        } else {
          errorBytes += chunk[..<n]
        }
      } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
        if fd.fd == output { outputOpen = false } else { errorsOpen = false }
      }
    }
  }
}
