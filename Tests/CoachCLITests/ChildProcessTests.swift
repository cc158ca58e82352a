import CoachTestSupport
import Foundation
import Glibc
import Testing

/// The helper every end-to-end test starts programs with: what it returns
/// is all the program wrote, a hang fails instead of hanging, and nothing a
/// test has open leaks into another test's program.
@Suite struct ChildProcessTests {
  static let shell = "/bin/sh"
  static let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

  static func sh(_ script: String, input: String = "", timeout: Double = 60) throws
    -> ChildProcess.Result
  {
    try ChildProcess.run(
      shell, ["-c", script], environment: environment, input: Array(input.utf8), timeout: timeout)
  }

  /// The old helper waited on `Thread.isExecuting`, false until the reader
  /// thread had started, and so often returned an empty stderr for a
  /// program that wrote one line and ended at once.
  @Test func stderrIsCompleteWhenTheProgramEndsAtOnce() throws {
    for round in 0..<200 {
      let result = try Self.sh("echo out; echo 'error: one line' >&2; exit 3")
      #expect(result.status == 3, "round \(round)")
      #expect(result.stdout == "out\n", "round \(round)")
      #expect(result.stderr == "error: one line\n", "round \(round)")
    }
  }

  /// coach's own one-line errors, many times over, as the suites see them.
  @Test func coachErrorsAreNeverLost() throws {
    for round in 0..<50 {
      let result = try CoachProcess.run(["replay", "/nonexistent/transcript.jsonl"])
      #expect(result.status == 1, "round \(round)")
      #expect(result.stderr.hasPrefix("error: "), "round \(round): '\(result.stderr)'")
      #expect(result.stdout.isEmpty, "round \(round)")
    }
  }

  /// A megabyte in, a megabyte out on each of stdout and stderr: writing
  /// stdin and reading both outputs in one loop cannot deadlock on a full
  /// pipe.
  @Test func largeInputAndOutputsDoNotDeadlock() throws {
    let line = String(repeating: "x", count: 1023) + "\n"
    let input = String(repeating: line, count: 1024)
    let result = try Self.sh("tee /dev/stderr", input: input)
    #expect(result.status == 0)
    #expect(result.stdout.utf8.count == input.utf8.count)
    #expect(result.stderr == input)
  }

  /// A program that never ends is killed, and the test gets an error that
  /// says so and shows what it had printed.
  @Test func aHangIsKilledAndReported() throws {
    let started = ContinuousClock.now
    let error = #expect(throws: ChildProcess.Failure.self) {
      try Self.sh("echo started; exec sleep 30", timeout: 0.5)
    }
    #expect(ContinuousClock.now - started < .seconds(10))
    let message = error?.description ?? ""
    #expect(message.contains("still running after 0.5s"), "\(message)")
    #expect(message.contains("started"), "\(message)")
  }

  @Test func aProgramThatCannotStartIsAnError() {
    #expect(throws: ChildProcess.Failure.self) {
      try ChildProcess.run("/nonexistent/program", [], environment: [:])
    }
  }

  /// A program that stops reading its input early is no error for the
  /// runner (no SIGPIPE), and what it printed is all there.
  @Test func aProgramThatIgnoresItsInput() throws {
    let input = String(repeating: "y\n", count: 200_000)
    let result = try Self.sh("head -n 1", input: input)
    #expect(result.status == 0)
    #expect(result.stdout == "y\n")
  }

  /// While one program waits for the end of its input, another is
  /// started and keeps running. Closing the first one's stdin must end it
  /// at once: the second must not hold that pipe's write end (it did, with
  /// Foundation's `Pipe`, and a piped run took as long as the stranger).
  @Test func aSecondProgramInheritsNoPipeOfTheFirst() throws {
    let first = try ChildProcess(
      executable: "/bin/cat", arguments: [], environment: Self.environment)
    let stranger = try ChildProcess(
      executable: "/bin/sleep", arguments: ["20"], environment: Self.environment)
    defer { _ = try? stranger.kill9() }
    first.send(Array("hello\n".utf8))
    first.closeInput()
    let started = ContinuousClock.now
    #expect(try first.waitForExit(timeout: 10) == 0)
    #expect(ContinuousClock.now - started < .seconds(5))
    #expect(first.stdout == "hello\n")
  }

  /// A descriptor a test opened without close-on-exec is not passed on.
  @Test func aChildInheritsOnlyItsThreeDescriptors() throws {
    let fd = open("/dev/null", O_RDONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    let result = try Self.sh("ls /proc/self/fd")
    #expect(result.status == 0, "\(result.stderr)")
    // ls itself opens one descriptor (3) for the directory it lists.
    let open = result.stdout.split(separator: "\n").compactMap { Int($0) }.filter { $0 > 3 }
    #expect(open.isEmpty, "inherited descriptors: \(open)")
  }
}
