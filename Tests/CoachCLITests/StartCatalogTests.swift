import CoachCore
import Foundation
import Testing

/// `coach start` parses only the scripts its session runs (and those they
/// run or name): a broken script it does not use is left to `coach check`,
/// and one it does use stops it with the errors a full load gives.
@Suite struct StartCatalogTests {
  static let good = """
    id: good
    title: Good
    steps:
      - id: name
        ask: "What should I call you?"
    """
  static let broken = """
    id: broken
    title: Broken
    steps:
      - id: years
        ask: "How many?"
        type: nubmer
    """
  static let runsBroken = """
    id: runner
    title: Runs the broken one
    steps:
      - id: name
        ask: "Your name?"
      - run: broken
    """

  static func start(_ scripts: [String], in dir: TemporaryDirectory, _ files: [String: String])
    throws -> CoachProcess.Result
  {
    let prompts = try TestScripts.folder("prompts", in: dir, files)
    return try CoachProcess.run(
      ["start"] + scripts + ["--data-dir", dir.path + "/data"],
      environment: ["COACH_PROMPTS": prompts])
  }

  @Test func aBrokenScriptTheSessionDoesNotUseIsLeftToCheck() throws {
    let dir = try TemporaryDirectory()
    let files = ["good.yaml": Self.good, "broken.yaml": Self.broken]
    let start = try Self.start(["good"], in: dir, files)
    #expect(start.status == 0, "\(start.stderr)")
    #expect(start.stdout.contains("What should I call you?"))
    #expect(start.stderr.isEmpty, "\(start.stderr)")
    let check = try CoachProcess.run(["check", dir.path + "/prompts"])
    #expect(check.status == 65)
    #expect(check.stderr.contains("broken.yaml:6:11: error: unknown type 'nubmer'"))
  }

  /// Broken through a `run:`: the same lines as a full load, and so as
  /// `coach start` gave before it parsed only what it needs.
  @Test func aBrokenScriptTheSessionRunsStopsItWithEveryError() throws {
    let dir = try TemporaryDirectory()
    let files = [
      "runner.yaml": Self.runsBroken, "broken.yaml": Self.broken, "good.yaml": Self.good,
    ]
    let start = try Self.start(["runner"], in: dir, files)
    #expect(start.status == 65)
    #expect(
      start.stderr
        == "\(dir.path)/prompts/broken.yaml:6:11: error: unknown type 'nubmer'; did you mean 'number'?\n"
    )
    #expect(try Self.start(["good"], in: dir, files).status == 0)
    // The default path: with no script marked default, every script.
    #expect(try Self.start([], in: dir, files).stderr == start.stderr)
  }

  @Test func aScriptWhoseIDCannotBeToldStopsStart() throws {
    let dir = try TemporaryDirectory()
    let files = ["good.yaml": Self.good, "list.yaml": "- id: not-a-script\n"]
    let start = try Self.start(["good"], in: dir, files)
    #expect(start.status == 65)
    #expect(
      start.stderr.hasPrefix(
        "\(dir.path)/prompts/list.yaml:1:1: error: a script must be a mapping"),
      "\(start.stderr)")
  }

  @Test func anUnknownScriptNamesEveryKnownOne() throws {
    let dir = try TemporaryDirectory()
    let files = ["good.yaml": Self.good, "broken.yaml": Self.broken]
    let start = try Self.start(["goood"], in: dir, files)
    #expect(start.status == 65, "a broken script stops a start that names no known one")
    let fixed = try Self.start(["goood"], in: try TemporaryDirectory(), ["good.yaml": Self.good])
    #expect(fixed.status == 64)
    #expect(
      fixed.stderr.hasPrefix("Error: Unknown script 'goood'. Did you mean 'good'?"),
      "\(fixed.stderr)")
  }

  /// A `--prompts` script with a built-in id replaces it, unparsed or not.
  @Test func aReplacementIsTheScriptThatRuns() throws {
    let dir = try TemporaryDirectory()
    let builtIn = try TestScripts.folder("builtin", in: dir, ["good.yaml": Self.good])
    let mine = try TestScripts.folder(
      "mine", in: dir,
      ["good.yaml": Self.good.replacingOccurrences(of: "What should I call you?", with: "Mine?")])
    let start = try CoachProcess.run(
      ["start", "good", "--prompts", mine, "--data-dir", dir.path + "/data"],
      environment: ["COACH_PROMPTS": builtIn])
    #expect(start.status == 0, "\(start.stderr)")
    #expect(start.stdout.contains("Mine?"))
    #expect(!start.stdout.contains("What should I call you?"))
    let id = try #require(try dir.sessions().first)
    let copy = try dir.read("data/sessions/\(id)/scripts/good.yaml")
    #expect(copy.contains("Mine?"))
  }

  /// Nothing of a session without answers is synced (docs/durability.md):
  /// a power cut at its last file-system call leaves no transcript, and it
  /// writes no plan.json. Its first answer then syncs it all.
  @Test func aStartWithoutAnswersSyncsNothing() throws {
    let dir = try FaultInjectionTests.setUp()
    let clean = try FaultInjectionTests.run(dir, fault: "op=0,power-cut", input: "")
    #expect(clean.result.status == 0, "\(clean.result.stderr)")
    #expect(clean.saved == [])
    let id = try #require(try dir.sessions().first)
    #expect(!FileManager.default.fileExists(atPath: "\(dir.path)/data/sessions/\(id)/plan.json"))
    let cut = try FaultInjectionTests.run(dir, fault: "op=\(clean.calls),power-cut", input: "")
    #expect(cut.fired)
    #expect(cut.saved == nil, "a transcript survived: something was synced")
    let answered = try FaultInjectionTests.run(dir, fault: "op=0,power-cut", input: "A1 first\n")
    let last = try FaultInjectionTests.run(
      dir, fault: "op=\(answered.calls),power-cut", input: "A1 first\n")
    #expect(last.saved == ["A1 first"])
  }
}
