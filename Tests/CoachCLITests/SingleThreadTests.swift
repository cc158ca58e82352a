import CoachTestSupport
import Foundation
import Testing

private let straceBinary: String? = ["/usr/bin/strace", "/bin/strace"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// coach's release build counts references without atomic instructions
/// (`-assume-single-threaded`, Makefile): sound only while the program
/// never starts a second thread. Each command runs here under `strace`,
/// which records every `clone`; one that makes a thread (`CLONE_THREAD`)
/// fails the test, naming the command.
@Suite(
  .enabled(
    if: straceBinary != nil || ProcessInfo.processInfo.environment["CI"] == "true",
    "needs 'strace' (apt-get install strace; .ci/setup --test installs it)"))
struct SingleThreadTests {
  static let strace = straceBinary

  static let prompts = CoachProcess.packageRoot.appendingPathComponent("Prompts").path

  let dir: TemporaryDirectory
  var data: String { dir.path + "/data" }

  init() throws { dir = try TemporaryDirectory() }

  /// The lines of the trace that make a thread.
  func threadsMade(by trace: String) throws -> [String] {
    let text = try String(contentsOfFile: trace, encoding: .utf8)
    return text.split(separator: "\n").filter { $0.contains("CLONE_THREAD") }.map(String.init)
  }

  /// Runs `coach arguments` under strace through pipes.
  func traced(_ arguments: [String], input: String = "") throws -> (
    run: ChildProcess.Result, threads: [String]
  ) {
    let strace = try #require(Self.strace, "strace is missing")
    let trace = dir.path + "/trace-\(UUID().uuidString)"
    let run = try ChildProcess.run(
      strace,
      ["-f", "-qq", "-o", trace, "-e", "trace=clone,clone3", CoachProcess.binary] + arguments,
      environment: CoachProcess.environment(["COACH_PROMPTS": Self.prompts]),
      input: Array(input.utf8), timeout: 120, directory: dir.path)
    return (run, try threadsMade(by: trace))
  }

  @Test func noCommandStartsAThread() throws {
    let answers = ["Ada", "5", "2", "by March 2027", "Ship the billing service by June", "/quit"]
    let session = try traced(
      ["start", "checkin", "--plain", "--data-dir", data], input: answers.joined(separator: "\n"))
    #expect(session.run.status == 0, "\(session.run.stderr)")
    #expect(session.threads == [], "start")
    let id = try #require(
      try FileManager.default.contentsOfDirectory(atPath: data + "/sessions").first)
    let commands: [[String]] = [
      ["resume", id, "--plain", "--data-dir", data],
      ["replay", data + "/sessions/\(id)/transcript.jsonl", "--format", "json"],
      ["export", id, "--format", "html", "--data-dir", data],
      ["export", id, "--format", "ics", "-o", dir.path + "/plan.ics", "--data-dir", data],
      ["sessions", "--data-dir", data],
      ["scripts"],
      ["check", Self.prompts],
      ["test"],
      ["graph", "goals"],
    ]
    for command in commands {
      let traced = try traced(command, input: "/quit\n")
      #expect(traced.run.status == 0, "\(command): \(traced.run.stderr)")
      #expect(traced.threads == [], "\(command)")
    }
  }

  @Test func aTerminalSessionStartsNoThread() throws {
    let strace = try #require(Self.strace, "strace is missing")
    let trace = dir.path + "/trace-terminal"
    var environment = PseudoTerminal.environment(home: dir.path)
    environment["COACH_NOW"] = "2026-11-25T09:00:00Z"
    environment["COACH_PROMPTS"] = Self.prompts
    let terminal = try PseudoTerminal(
      executable: strace,
      arguments: [
        "-f", "-qq", "-o", trace, "-e", "trace=clone,clone3", CoachProcess.binary,
        "start", "checkin", "--data-dir", data,
      ],
      environment: environment)
    try terminal.read(until: "checkin 1/", timeout: 30)
    try terminal.waitForRaw(timeout: 30)
    terminal.send("Ada\r")
    try terminal.read(until: "checkin 2/", timeout: 30)
    try terminal.waitForRaw(timeout: 30)
    terminal.send("/quit\r")
    #expect(try terminal.waitForExit(timeout: 30) == 0)
    #expect(try threadsMade(by: trace) == [])
  }
}
