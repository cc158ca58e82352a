import CoachTestSupport
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
      ["export", "--data-dir", data, "--format", "html", "-o", out + "/x"], dir)
    try clean.waitForExit(timeout: 60)
    let elapsed = ContinuousClock.now - started
    var micros =
      Int(elapsed.components.seconds) * 1_000_000
      + Int(elapsed.components.attoseconds / 1_000_000_000_000)
    // The machine's load changes while the test runs: a signal that came
    // too late shortens the next delay, so the signals keep landing in the
    // write whatever the load. Rounds go on until enough have (at most 200).
    var rounds = 0
    while rounds < 40 || (killed < 10 && rounds < 200) {
      let round = rounds
      rounds += 1
      let export = try Self.spawn(
        ["export", "--data-dir", data, "--format", "html", "-o", out + "/plan-\(round).html"], dir)
      usleep(UInt32(Int.random(in: (micros / 2)...max(micros / 2, micros), using: &rng)))
      export.signal(signal)
      try export.waitForExit(timeout: 60)
      // Killed by the signal (not exited): WIFSIGNALED.
      if export.terminationSignal != nil {
        killed += 1
      } else {
        micros = max(1_000, micros * 4 / 5)
      }
      let left = Self.temporaries(out).filter { $0.hasPrefix(".plan-\(round).html.tmp-") }
      #expect(left == [], "round \(round)")
    }
    // Enough of the signals arrived while coach was still running.
    #expect(killed >= 3, "only \(killed) of \(rounds) signals arrived in time")
  }

  /// Starts `coach arguments` as a `ChildProcess` (which gives it an empty
  /// signal mask and default handlers, whatever the runner's thread
  /// blocks), with nothing on stdin.
  static func spawn(_ arguments: [String], _ dir: TemporaryDirectory) throws -> ChildProcess {
    let child = try ChildProcess(
      executable: CoachProcess.binary, arguments: arguments,
      environment: CoachProcess.environment(["COACH_PROMPTS": dir.path + "/prompts"]))
    child.closeInput()
    return child
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
