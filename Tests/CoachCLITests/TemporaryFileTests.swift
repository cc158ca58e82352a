import Foundation
import Glibc
import Testing

/// `export -o` writes a temporary file beside its target: a signal during
/// the write must not leave it behind (it holds the whole plan, salaries
/// included), and those a SIGKILL left are swept by the next write.
@Suite struct TemporaryFileTests {
  /// A session whose plan is large, so an export takes a while to write.
  static func bigSession(_ dir: TemporaryDirectory) throws -> String {
    let data = dir.path + "/data"
    let answers = (1...3).map { String(repeating: "answer \($0) ", count: 5_000) }
    let run = try CoachProcess.run(
      ["start", "--data-dir", data], input: answers.joined(separator: "\n") + "\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 0, "\(run.stderr)")
    return data
  }

  static func temporaries(_ path: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { $0.contains(".tmp-") }
  }

  @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
  func aSignalDuringExportLeavesNoTemporaryFile(signal: Int32) throws {
    let dir = try FaultInjectionTests.setUp()
    let data = try Self.bigSession(dir)
    let out = dir.path + "/out"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    var killed = 0
    var rng = SystemRandomNumberGenerator()
    // The file is written at the end of the run: aim the signals there.
    let started = ContinuousClock.now
    let clean = try Self.spawn(
      [CoachProcess.binary, "export", "--data-dir", data, "--format", "html", "-o", out + "/x"],
      environment: ["COACH_PROMPTS=" + dir.path + "/prompts"])
    var status: Int32 = 0
    while waitpid(clean, &status, 0) < 0 && errno == EINTR {}
    let elapsed = ContinuousClock.now - started
    let micros =
      Int(elapsed.components.seconds) * 1_000_000
      + Int(elapsed.components.attoseconds / 1_000_000_000_000)
    for round in 0..<40 {
      let pid = try Self.spawn(
        [
          CoachProcess.binary, "export", "--data-dir", data, "--format", "html", "-o",
          out + "/plan-\(round).html",
        ],
        environment: ["COACH_PROMPTS=" + dir.path + "/prompts"])
      usleep(UInt32(Int.random(in: (micros / 2)...micros, using: &rng)))
      kill(pid, signal)
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      // Killed by the signal (not exited): WIFSIGNALED.
      if status & 0x7F != 0 && status & 0x7F != 0x7F { killed += 1 }
      let left = Self.temporaries(out).filter { $0.hasPrefix(".plan-\(round).html.tmp-") }
      #expect(left == [], "round \(round)")
    }
    // Enough of the signals arrived while coach was still running.
    #expect(killed >= 3, "only \(killed) of 40 signals arrived in time")
  }

  /// Starts `argv` with stdin, stdout and stderr on /dev/null and the
  /// signal mask and dispositions reset (a test runner's thread may block
  /// signals, and a child inherits that).
  static func spawn(_ argv: [String], environment: [String]) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", O_RDWR, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" } + environment
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer { (cArgs + cEnv).forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
    guard result == 0 else { throw PseudoTerminal.Failure(description: "spawn failed: \(result)") }
    return pid
  }

  @Test func staleTemporariesBesideTheTargetAreSwept() throws {
    let dir = try FaultInjectionTests.setUp()
    let data = try Self.bigSession(dir)
    var dead: Int32 = 4_000_000
    while kill(dead, 0) == 0 || errno != ESRCH { dead += 1 }
    let stale = ".plan.md.tmp-\(dead)-1"
    let other = ".notes.md.tmp-\(dead)-1"
    for name in [stale, other] {
      try "old plan".write(toFile: dir.path + "/" + name, atomically: false, encoding: .utf8)
    }
    let run = try CoachProcess.run(
      ["export", "--data-dir", data, "-o", dir.path + "/plan.md"],
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 0, "\(run.stderr)")
    // Only the target's own temporaries: another file's belong to its writer.
    #expect(Self.temporaries(dir.path) == [other])
  }
}
