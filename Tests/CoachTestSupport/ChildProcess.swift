import CTestSpawn
import Glibc
import Synchronization

/// A program the tests start, on three pipes: the one way every test runs
/// another program (`CoachProcess`, `LiveCoach`, the export checkers), with
/// `PseudoTerminal` taking the same spawn lock.
///
/// Tests run in parallel in one process, so whatever one test has open
/// while another starts a program must not leak into that program: a
/// stdin's write end held by a stranger never reaches its reader as end of
/// input, a stdout's write end held by a stranger never ends the output.
/// So the pipes are close-on-exec from birth (`pipe2`), the child closes
/// every descriptor above 2 before it runs, and every spawn holds
/// `spawnLock`. The child gets an empty signal mask and default handlers,
/// whatever the runner's thread has blocked.
///
/// All reading and writing happens in `pump`, one `poll` over the three
/// pipes on the caller's thread: no reader thread can still be running when
/// a result is returned, and a full stdout can never stall a stdin write.
public final class ChildProcess {
  /// A wait that ran out of time, or a program that could not start.
  public struct Failure: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) {
      self.description = description
    }
  }

  /// What a finished program did.
  public struct Result: Sendable {
    /// The exit status, or 128 + the signal that ended it.
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// The page faults the program took that needed no disk (`ru_minflt`):
    /// each page of memory it first touched, among others.
    public var minorFaults: Int

    public init(status: Int32, stdout: String, stderr: String, minorFaults: Int = 0) {
      (self.status, self.stdout, self.stderr) = (status, stdout, stderr)
      self.minorFaults = minorFaults
    }
  }

  /// Taken by everything in the test process that creates a child
  /// (`posix_spawn` here, `forkpty` in `PseudoTerminal`).
  public static let spawnLock = Mutex(())

  public let pid: pid_t
  /// The program and its arguments, for messages.
  public let command: String
  private var input: Int32
  private var output: Int32
  private var errors: Int32
  private var pendingInput: [UInt8] = []
  private var closeInputWhenSent = false
  public private(set) var outputBytes: [UInt8] = []
  public private(set) var errorBytes: [UInt8] = []
  private var exitStatus: Int32?
  /// The signal that ended the program, once `waitForExit` has seen it
  /// end; `nil` when it exited (an exit status of 130 is then an exit).
  public private(set) var terminationSignal: Int32?
  /// The program's minor page faults (`ru_minflt`), once `waitForExit` has
  /// seen it end.
  public private(set) var minorFaults: Int?

  public var stdout: String { String(decoding: outputBytes, as: UTF8.self) }
  public var stderr: String { String(decoding: errorBytes, as: UTF8.self) }
  /// Whether the program may still write to stdout.
  public var outputOpen: Bool { output >= 0 }

  /// Starts `executable` (a path, not searched in `PATH`) with exactly
  /// `environment`, in `directory` when given.
  public init(
    executable: String, arguments: [String], environment: [String: String],
    directory: String? = nil
  ) throws {
    // A write to a program that has ended must fail with EPIPE, not kill
    // the test runner.
    _ = Self.ignoreSIGPIPE
    command = ([executable] + arguments).joined(separator: " ")
    let spawned = Self.spawnLock.withLock { _ in
      Self.spawn(executable, arguments, environment, directory)
    }
    switch spawned {
    case .failure(let error):
      throw Failure(
        description: "cannot start \(executable): \(String(cString: strerror(error.code)))")
    case .success(let ends):
      (pid, input, output, errors) = ends
    }
    for fd in [input, output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
    [input, output, errors].filter { $0 >= 0 }.forEach { Glibc.close($0) }
  }

  private static let ignoreSIGPIPE: Void = { _ = Glibc.signal(SIGPIPE, SIG_IGN) }()

  private struct SpawnError: Error {
    let code: Int32
  }

  /// Makes the pipes and spawns; returns the pid and the parent's ends
  /// (stdin, stdout, stderr), or the errno.
  private static func spawn(
    _ executable: String, _ arguments: [String], _ environment: [String: String],
    _ directory: String?
  ) -> Swift.Result<(pid_t, Int32, Int32, Int32), SpawnError> {
    var pipes: [[Int32]] = []
    defer { pipes.joined().forEach { Glibc.close($0) } }
    for _ in 0..<3 {
      var fds: [Int32] = [-1, -1]
      guard coach_test_pipe_cloexec(&fds) == 0 else { return .failure(SpawnError(code: errno)) }
      pipes.append(fds)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, pipes[0][0], 0)
    posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipes[2][1], 2)
    coach_test_spawn_closefrom(&actions, 3)
    if let directory { coach_test_spawn_chdir(&actions, directory) }
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
    let env = environment.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup($0) } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
      posix_spawn_file_actions_destroy(&actions)
      posix_spawnattr_destroy(&attributes)
    }
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard rc == 0 else { return .failure(SpawnError(code: rc)) }
    let ends = (pid, pipes[0][1], pipes[1][0], pipes[2][0])
    // The parent keeps these three; the deferred close takes the child's.
    pipes = [[pipes[0][0]], [pipes[1][1]], [pipes[2][1]]]
    return .success(ends)
  }

  /// Queues `bytes` for stdin and writes what the pipe takes now; `pump`
  /// writes the rest. Bytes for a program that has closed stdin are dropped.
  public func send(_ bytes: [UInt8]) {
    guard input >= 0 else { return }
    pendingInput += bytes
    writePending()
  }

  /// Closes stdin once everything queued is written: the program then sees
  /// end of input.
  public func closeInput() {
    closeInputWhenSent = true
    writePending()
  }

  public func signal(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Writes queued input until the pipe is full, and closes stdin when
  /// asked and nothing is left.
  private func writePending() {
    while input >= 0, !pendingInput.isEmpty {
      let n = pendingInput.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
      if n > 0 {
        pendingInput.removeFirst(n)
      } else if n < 0 && errno == EINTR {
        continue
      } else if n < 0 && errno == EAGAIN {
        return
      } else {
        // EPIPE: the program has stopped reading; what it did not read is
        // part of what the test sees (it ended early).
        pendingInput = []
      }
    }
    if input >= 0, closeInputWhenSent, pendingInput.isEmpty {
      Glibc.close(input)
      input = -1
    }
  }

  /// Moves whatever is ready: reads stdout and stderr, writes queued input.
  /// Waits at most `milliseconds` for something to happen.
  public func pump(milliseconds: Int32) {
    var fds: [pollfd] = []
    if output >= 0 { fds.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
    if errors >= 0 { fds.append(pollfd(fd: errors, events: Int16(POLLIN), revents: 0)) }
    if input >= 0, !pendingInput.isEmpty {
      fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0))
    }
    guard !fds.isEmpty else {
      if milliseconds > 0 { usleep(useconds_t(milliseconds) * 1000) }
      return
    }
    guard poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return }
    for fd in fds where fd.revents != 0 {
      if fd.fd == input {
        writePending()
      } else {
        drain(fd.fd)
      }
    }
  }

  /// Reads one chunk from stdout or stderr; closes it at its end.
  private func drain(_ fd: Int32) {
    var chunk = [UInt8](repeating: 0, count: 65536)
    let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
    if n > 0 {
      if fd == output { outputBytes += chunk[..<n] } else { errorBytes += chunk[..<n] }
    } else if n == 0 || (errno != EAGAIN && errno != EINTR) {
      Glibc.close(fd)
      if fd == output { output = -1 } else { errors = -1 }
    }
  }

  /// Waits until the program has ended and closed stdout and stderr,
  /// reading all it writes; so `stdout` and `stderr` are then complete.
  ///
  /// - Returns: The exit status, or 128 + the signal that ended it.
  /// - Throws: `Failure` (with what was read so far) when `timeout`
  ///   seconds pass first; the program is left running.
  @discardableResult
  public func waitForExit(timeout: Double) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
    while true {
      if output < 0, errors < 0 {
        var status: Int32 = 0
        var usage = rusage()
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid {
          minorFaults = usage.ru_minflt
          let signal = status & 0x7f
          let result = signal == 0 ? (status >> 8) & 0xff : 128 + signal
          if signal != 0 { terminationSignal = signal }
          exitStatus = result
          return result
        }
        if reaped < 0 && errno != EINTR {
          throw Failure(description: "\(command): waitpid failed: errno \(errno)")
        }
      }
      guard ContinuousClock.now < deadline else {
        throw Failure(
          description: "\(command): still running after \(timeout)s\nstdout:\n\(stdout)\n"
            + "stderr:\n\(stderr)")
      }
      pump(milliseconds: 10)
    }
  }

  /// Kills the program with SIGKILL and reaps it, so its pid is free again.
  @discardableResult
  public func kill9(timeout: Double = 60) throws -> Int32 {
    kill(pid, SIGKILL)
    return try waitForExit(timeout: timeout)
  }

  /// Runs a program to its end: feeds it `input` (stdin is closed after
  /// it) and collects all of stdout and stderr.
  ///
  /// - Throws: `Failure` when it cannot start, or when it is still running
  ///   after `timeout` seconds: it is then killed, and the message shows
  ///   what it had printed.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: [UInt8] = [], timeout: Double = 60, directory: String? = nil
  ) throws -> Result {
    let child = try ChildProcess(
      executable: executable, arguments: arguments, environment: environment,
      directory: directory)
    child.send(input)
    child.closeInput()
    do {
      let status = try child.waitForExit(timeout: timeout)
      return Result(
        status: status, stdout: child.stdout, stderr: child.stderr,
        minorFaults: child.minorFaults ?? 0)
    } catch {
      _ = try? child.kill9(timeout: 10)
      throw error
    }
  }
}
