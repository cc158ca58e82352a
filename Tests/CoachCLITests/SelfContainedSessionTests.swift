import CoachTestSupport
import Foundation
import Testing

/// A session folder stands on its own: it keeps a copy of every script it
/// ran, and resume, export, replay and sessions use those copies.
@Suite struct SelfContainedSessionTests {
  /// A script of its own, only in a `--prompts` folder.
  static let mine = """
    id: mine
    title: My own part
    steps:
      - id: name
        ask: "Your name?"
      - id: team
        ask: "Your team?"
      - id: years
        ask: "Years there?"
        type: integer
      - id: next
        ask: "Next step by when?"
        type: date
      - id: last
        ask: "Anything else?"
    """

  /// A script with a built-in script's id and other questions.
  static let ownCheckin = """
    id: checkin
    title: A check-in of my own
    steps:
      - id: q1
        ask: "First?"
      - id: q2
        ask: "Second?"
      - id: q3
        ask: "Third?"
      - id: q4
        ask: "Fourth?"
      - id: q5
        ask: "Fifth?"
      - id: q6
        ask: "Sixth?"
      - id: q7
        ask: "Seventh?"
      - id: q8
        ask: "Eighth?"
      - id: q9
        ask: "Ninth?"
    """

  /// Runs coach with the real built-in scripts.
  static func coach(_ arguments: [String], input: String = "") throws -> CoachProcess.Result {
    try CoachProcess.run(
      arguments, input: input,
      environment: ["COACH_PROMPTS": CoachProcess.packageRoot.path + "/Prompts"])
  }

  /// `coach start career` keeps a copy of career only, not of the default
  /// script that runs it: the export and the replay still see the plan the
  /// live session wrote (career's answers without a target are notes, not a
  /// second "Job or career?").
  @Test func onePartStartedAloneExportsAsItRanLive() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let answers = "mid\n7\npermanent\n4\n4\n4\n2\n2\n2\nhow to lead\n"
    let started = try Self.coach(["start", "career", "--data-dir", data], input: answers)
    #expect(started.status == 0, "\(started.stderr)")
    let id = try #require(try dir.sessions().first)
    let live = try dir.read("data/sessions/\(id)/plan.json")
    #expect(!live.contains("scriptSections"))
    let export = try Self.coach(["export", id, "--format", "json", "--data-dir", data])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout == live)
    let markdown = try Self.coach(["export", id, "--format", "markdown", "--data-dir", data])
    #expect(markdown.stdout.components(separatedBy: "## Job or career?").count == 2)
  }

  @Test func aCopiedSessionFolderWorksWithoutItsPrompts() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("extra", in: dir, ["mine.yaml": Self.mine])
    let data = dir.path + "/data"
    let started = try Self.coach(
      ["start", "mine", "--prompts", prompts, "--data-dir", data], input: "Ada\nInfra\n3\n")
    #expect(started.status == 0, "\(started.stderr)")
    let id = try #require(try dir.sessions().first)
    #expect(FileManager.default.fileExists(atPath: "\(data)/sessions/\(id)/scripts/mine.yaml"))
    var original: [String] = []
    for command in [["export", id, "--format", "json"], ["replay", id], ["sessions"]] {
      let run = try Self.coach(command + ["--prompts", prompts, "--data-dir", data])
      #expect(run.status == 0, "\(run.stderr)")
      original.append(run.stdout)
    }
    // The folder alone, in a fresh data dir, and the prompts gone.
    let fresh = dir.path + "/fresh"
    try FileManager.default.createDirectory(
      atPath: fresh + "/sessions", withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try FileManager.default.copyItem(
      atPath: "\(data)/sessions/\(id)", toPath: "\(fresh)/sessions/\(id)")
    try FileManager.default.removeItem(atPath: prompts)
    var copied: [String] = []
    for command in [["export", id, "--format", "json"], ["replay", id], ["sessions"]] {
      let run = try Self.coach(command + ["--data-dir", fresh])
      #expect(run.status == 0, "\(command): \(run.stderr)")
      #expect(run.stderr.isEmpty, "\(command): \(run.stderr)")
      copied.append(run.stdout)
    }
    #expect(copied == original)
    // The plain `coach export` too: it is the latest session.
    let latest = try Self.coach(["export", "--format", "json", "--data-dir", fresh])
    #expect(latest.stdout == original[0])
    let resumed = try Self.coach(["resume", "--data-dir", fresh], input: "in 6 months\n")
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Next step by when?"))
    #expect(!resumed.stdout.contains("Your team?"))
  }

  @Test func aScriptWithABuiltInIDKeepsEveryAnswer() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("extra", in: dir, ["checkin.yaml": Self.ownCheckin])
    let data = dir.path + "/data"
    let answers = (1...9).map { "answer \($0)" }.joined(separator: "\n") + "\n"
    let started = try Self.coach(
      ["start", "checkin", "--prompts", prompts, "--data-dir", data], input: answers)
    #expect(started.status == 0, "\(started.stderr)")
    let id = try #require(try dir.sessions().first)
    let planBefore = try dir.read("data/sessions/\(id)/plan.json")
    let export = try Self.coach(["export", "--format", "json", "--data-dir", data])
    #expect(export.status == 0, "\(export.stderr)")
    let exported = try #require(try export.stdout.json()["answers"] as? [String: Any])
    #expect(exported.count == 9)
    #expect(try dir.read("data/sessions/\(id)/plan.json") == planBefore)
    let list = try Self.coach(["sessions", "--data-dir", data])
    #expect(list.stdout.contains("1/1 checkin   9        0      yes"), "\(list.stdout)")
    // Re-driven over the built-in check-in, most answers no longer fit:
    // the plan.json keeps every answer all the same.
    let rescripted = try Self.coach(["export", id, "--rescript", "--data-dir", data])
    #expect(rescripted.status == 0)
    #expect(rescripted.stderr.contains("note: script 'checkin': questions added"))
    #expect(try dir.read("data/sessions/\(id)/plan.json") == planBefore)
  }

  /// A session made before sessions kept their scripts gains copies when
  /// its scripts are found unchanged.
  @Test func anOlderSessionGainsCopiesOfUnchangedScripts() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("extra", in: dir, ["mine.yaml": Self.mine])
    let data = dir.path + "/data"
    _ = try Self.coach(
      ["start", "mine", "--prompts", prompts, "--data-dir", data], input: "Ada\n")
    let id = try #require(try dir.sessions().first)
    let copies = "\(data)/sessions/\(id)/scripts"
    try FileManager.default.removeItem(atPath: copies)
    let export = try Self.coach(["export", id, "--prompts", prompts, "--data-dir", data])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(FileManager.default.fileExists(atPath: copies + "/mine.yaml"))
    #expect(try String(contentsOfFile: copies + "/mine.yaml", encoding: .utf8) == Self.mine)
  }

  @Test func aHeaderWithoutRootsIsBadDataAndThePlanIsKept() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try Self.coach(["start", "checkin", "--data-dir", data], input: "Ada\n3\n")
    let id = try #require(try dir.sessions().first)
    let path = "data/sessions/\(id)/transcript.jsonl"
    var lines = try dir.read(path).split(separator: "\n").map(String.init)
    lines[0] = lines[0].replacingOccurrences(of: #""roots":["checkin"]"#, with: #""roots":[]"#)
    try dir.write(lines.joined(separator: "\n") + "\n", to: path)
    let plan = try dir.read("data/sessions/\(id)/plan.json")
    for command in [["export", id], ["export"], ["replay", id], ["resume", id]] {
      let run = try Self.coach(command + ["--data-dir", data])
      #expect(run.status == 65, "\(command)")
      #expect(
        run.stderr
          == "\(data)/\(path.dropFirst(5)):1: error: the header names no scripts ('roots' is empty); "
          + "this is not a session coach can rebuild\n", "\(command)")
    }
    #expect(try dir.read("data/sessions/\(id)/plan.json") == plan)
  }

  /// Following a hint reaches the same session: it repeats the options in
  /// use.
  @Test func hintsRepeatTheDataDirAndPrompts() throws {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("my prompts", in: dir, ["mine.yaml": Self.mine])
    let data = dir.path + "/data"
    let run = try Self.coach(
      ["start", "mine", "--prompts", prompts, "--data-dir", data], input: "Ada\n")
    let id = try #require(try dir.sessions().first)
    #expect(
      run.stdout.hasSuffix(
        "Saved. Continue any time with: coach resume \(id) --data-dir \(data) --prompts '\(prompts)'\n"
      ))
    let done = try Self.coach(
      ["start", "mine", "--prompts", prompts, "--data-dir", data],
      input: "Ada\nInfra\n3\nin 6 months\nno\n")
    let second = try #require(try dir.sessions().last)
    #expect(
      done.stdout.hasSuffix(
        "Export it with: coach export \(second) --format markdown --data-dir \(data) --prompts '\(prompts)'\n"
      ))
  }

  /// Resume and export agree on what a bad session id is: a usage error.
  @Test func aBadIDIsTheSameUsageErrorEverywhere() throws {
    let dir = try TemporaryDirectory()
    for (id, commands) in [
      ("20260101-000000-abcd", ["resume", "export", "replay"]), ("bad!id", ["resume", "export"]),
    ] {
      for command in commands {
        let run = try Self.coach([command, id, "--data-dir", dir.path])
        #expect(run.status == 64, "\(command) \(id): \(run.stderr)")
        #expect(run.stderr.hasPrefix("error: no session '\(id)'"), "\(command): \(run.stderr)")
      }
    }
  }
}

/// An export refreshes `plan.json` without the session's lock, so a resume
/// at the same moment is never refused (it was, 61 times in 200).
@Suite struct ExportNeverBlocksResumeTests {
  @Test func resumesWhileExportsRunAreNeverRefused() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let env = ["COACH_PROMPTS": CoachProcess.packageRoot.path + "/Prompts"]
    _ = try CoachProcess.run(
      ["start", "checkin", "--data-dir", data], input: "Ada\n", environment: env)
    let id = try #require(try dir.sessions().first)
    // Make plan.json lag so every export rewrites it.
    let plan = "\(data)/sessions/\(id)/plan.json"
    for round in 0..<12 {
      try Data("{}".utf8).write(to: URL(fileURLWithPath: plan))
      let exporters = try (0..<3).map { _ in
        try ChildProcess(
          executable: CoachProcess.binary,
          arguments: ["export", id, "--format", "json", "--data-dir", data],
          environment: CoachProcess.environment(env))
      }
      for p in exporters { p.closeInput() }
      let resume = try CoachProcess.run(["resume", id, "--data-dir", data], environment: env)
      for p in exporters { try p.waitForExit(timeout: 60) }
      #expect(resume.status == 0, "round \(round): \(resume.stderr)")
      #expect(!resume.stderr.contains("open in another coach"), "round \(round)")
    }
  }
}

/// A plan's id: random for a new plan, kept by a later session that
/// continues it (`start --plan`), so its commitments keep their ids.
@Suite struct PlanIDTests {
  static func planJSON(_ id: String, data: String) throws -> [String: Any] {
    let run = try SelfContainedSessionTests.coach(
      ["export", id, "--format", "json", "--data-dir", data])
    return try run.stdout.json()
  }

  @Test func laterSessionsOfAPlanKeepItsIDAndItsCommitmentIDs() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let answers = "Ada\n3\nmid\nin 6 months\nGet AWS certified by June 2027\n"
    for _ in 0..<2 {
      _ = try SelfContainedSessionTests.coach(
        ["start", "checkin", "--data-dir", data], input: answers)
    }
    let ids = try dir.sessions()
    #expect(ids.count == 2)
    let first = try Self.planJSON(ids[0], data: data)
    let second = try Self.planJSON(ids[1], data: data)
    let firstPlan = try #require(first["planID"] as? String)
    #expect(firstPlan.count == 36, "a random UUID: \(firstPlan)")
    #expect(second["planID"] as? String != firstPlan, "two plans started in one second")
    let review = try SelfContainedSessionTests.coach(
      ["start", "checkin", "--plan", ids[0], "--data-dir", data], input: answers)
    #expect(review.status == 0, "\(review.stderr)")
    let third = try #require(try dir.sessions().last)
    let continued = try Self.planJSON(third, data: data)
    #expect(continued["planID"] as? String == firstPlan)
    func commitmentIDs(_ plan: [String: Any]) -> Set<String> {
      Set((plan["commitments"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    }
    #expect(!commitmentIDs(first).isEmpty)
    #expect(commitmentIDs(continued) == commitmentIDs(first))
    #expect(commitmentIDs(second).isDisjoint(with: commitmentIDs(first)))
    let missing = try SelfContainedSessionTests.coach(
      ["start", "checkin", "--plan", "20200101-000000-0000", "--data-dir", data])
    #expect(missing.status == 64)
    #expect(missing.stderr.hasPrefix("error: no session '20200101-000000-0000'"))
  }
}

/// `/export FORMAT` with no file writes one in the current folder and says
/// where, rather than pouring a whole page into the chat.
@Suite struct ExportWithoutAFileTests {
  @Test func writesAFileNamedAfterTheSessionInTheCurrentFolder() throws {
    let dir = try TemporaryDirectory()
    let run = try CoachProcess.run(
      ["start", "checkin", "--data-dir", dir.path + "/data"], input: "Ada\n/export html\n",
      environment: ["COACH_PROMPTS": CoachProcess.packageRoot.path + "/Prompts"],
      directory: dir.path)
    #expect(run.status == 0, "\(run.stderr)")
    let id = try #require(try dir.sessions().first)
    let file = "\(dir.path)/coach-plan-\(id).html"
    #expect(run.stdout.contains("Exported html to \(file)."))
    #expect(!run.stdout.contains("<!DOCTYPE html>"))
    #expect(try dir.read("coach-plan-\(id).html").hasPrefix("<!DOCTYPE html>"))
  }
}
