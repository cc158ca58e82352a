import Foundation
import Testing

/// Replaying or resuming a transcript after its script was edited. By
/// default a session runs on its own copy of the script, as it ran; with
/// `--rescript` it is re-driven over the edited one, with clear warnings
/// naming the steps (errors with `--strict`), never a crash.
@Suite struct ChangedScriptTests {
  static let answers = "Ada\n4\nearly\n4.5%\nWrite a blog post\n"

  /// A session recorded over `TestScripts.change`, and a folder to put the
  /// edited script in.
  struct Recorded {
    let dir: TemporaryDirectory
    let data: String
    let id: String

    /// Runs `coach` with `script` as the only script.
    func run(_ arguments: [String], script: String?, input: String = "") throws
      -> CoachProcess.Result
    {
      let name = "v\(UUID().uuidString.prefix(8))"
      let prompts = try TestScripts.folder(
        name, in: dir, script.map { ["change.yaml": $0] } ?? ["other.yaml": TestScripts.extra])
      return try CoachProcess.run(
        arguments + ["--data-dir", data], input: input, environment: ["COACH_PROMPTS": prompts])
    }
  }

  static func record() throws -> Recorded {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("v1", in: dir, ["change.yaml": TestScripts.change])
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["start", "change", "--data-dir", data], input: answers,
      environment: ["COACH_PROMPTS": prompts])
    #expect(run.status == 0, "\(run.stderr)")
    return Recorded(dir: dir, data: data, id: try #require(try dir.sessions().first))
  }

  /// The warning or error lines, without the notes on what changed.
  static func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("note: ") }
  }

  /// What `--rescript` says first about `TestScripts.changed`.
  static let note =
    "note: script 'change': questions added: 'experience', 'city'; questions removed: 'years'\n"

  /// Every change at once: a renamed step, a new question in the middle, an
  /// option taken away and a changed type.
  static let expected = [
    "the transcript answers 'change.years', which the scripts no longer ask",
    "the answer to 'change.stage' no longer fits its question: "
      + "Please choose one of: 1) junior, 2) mid, 3) senior.",
    "the answer to 'change.bonus' no longer fits its question: Please answer yes or no.",
    "the scripts now ask 'change.experience', which the transcript never answered",
    "the scripts now ask 'change.city', which the transcript never answered",
  ]

  @Test func replayWarnsAboutEveryChangedStepAndStillBuildsThePlan() throws {
    let r = try Self.record()
    let transcript = "\(r.data)/sessions/\(r.id)/transcript.jsonl"
    for target in [r.id, transcript] {
      let replay = try r.run(["replay", target, "--rescript"], script: TestScripts.changed)
      #expect(replay.status == 0, "\(replay.stderr)")
      #expect(Self.lines(replay.stderr) == Self.expected.map { "warning: " + $0 })
      #expect(replay.stderr.hasPrefix(Self.note))
      #expect(replay.stdout.contains("Write a blog post"))
      // A new question is still to come, not an open one (only a /skip is).
      #expect(!replay.stdout.contains("Which city?"))
      let strict = try r.run(
        ["replay", target, "--strict", "--rescript"], script: TestScripts.changed)
      #expect(strict.status == 65)
      #expect(Self.lines(strict.stderr) == Self.expected.map { "error: " + $0 })
      #expect(strict.stdout.isEmpty)
    }
    let json = try r.run(
      ["replay", r.id, "--format", "json", "--rescript"], script: TestScripts.changed)
    let answers = try #require(try json.stdout.json()["answers"] as? [String: Any])
    #expect(Set(answers.keys) == ["change.name", "change.goal"])
    let show = try r.run(["replay", r.id, "--show", "--rescript"], script: TestScripts.changed)
    #expect(show.status == 0)
    #expect(show.stdout.contains("you:   4.5%"), "--show prints what was said")
    #expect(Self.lines(show.stderr).count == Self.expected.count)
  }

  @Test func unchangedScriptsReplayWithoutAWord() throws {
    let r = try Self.record()
    let replay = try r.run(["replay", r.id, "--strict"], script: TestScripts.change)
    #expect(replay.status == 0)
    #expect(replay.stderr.isEmpty, "\(replay.stderr)")
  }

  /// The default: the session's own copy, every answer kept, one note.
  @Test func aChangedScriptLeavesTheSessionAsItRan() throws {
    let r = try Self.record()
    let before = try r.run(["replay", r.id, "--format", "json"], script: TestScripts.change)
    // --strict is replay's (export takes no such option: it would be a
    // usage error, not ignored).
    for command in [
      ["replay", r.id, "--format", "json", "--strict"], ["export", r.id, "--format", "json"],
    ] {
      let run = try r.run(command, script: TestScripts.changed)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout == before.stdout)
      let answers = try #require(try run.stdout.json()["answers"] as? [String: Any])
      #expect(answers.count == 5)
    }
    let resume = try r.run(["resume", r.id], script: TestScripts.changed)
    #expect(resume.status == 0, "\(resume.stderr)")
    #expect(
      resume.stderr.split(separator: "\n").map(String.init) == [
        "note: script 'change' has changed since this session began; going on with the "
          + "session's copy ('coach resume \(r.id) --rescript --data-dir \(r.data)' uses the current one)"
      ])
    #expect(!resume.stdout.contains("Which city?"))
  }

  @Test func resumeWarnsAndAsksTheNewQuestions() throws {
    let r = try Self.record()
    let resume = try r.run(
      ["resume", "--rescript"], script: TestScripts.changed, input: "7\nLeeds\n")
    #expect(resume.status == 0, "\(resume.stderr)")
    #expect(Self.lines(resume.stderr) == Self.expected.prefix(3).map { "warning: " + $0 })
    let out = resume.stdout
    let experience = try #require(out.range(of: "Years of experience?"))
    let city = try #require(out.range(of: "Which city?"))
    #expect(experience.lowerBound < city.lowerBound)
    #expect(out.contains("Which stage?"), "an answer that no longer fits is asked again")
    #expect(!out.contains("Your name?"))
  }

  /// Engine bug (`SessionMachine.apply`): an answer to a step the scripts no
  /// longer ask stays in the `/back` order, so a `/back` after resuming
  /// "revises" `change.years` and visibly does nothing.
  @Test func backPassesOverAnswersTheScriptsNoLongerAsk() throws {
    let r = try Self.record()
    let resume = try r.run(
      ["resume", "--rescript"], script: TestScripts.changed, input: "/back\n/back\n")
    #expect(resume.status == 0, "\(resume.stderr)")
    let transcript = try r.dir.read("data/sessions/\(r.id)/transcript.jsonl")
    #expect(!transcript.contains(#""key":"change.years","type":"revised""#))
    #expect(transcript.contains(#""key":"change.name","type":"revised""#))
  }

  /// A session made before sessions kept their scripts, whose script is
  /// gone.
  @Test func aScriptThatIsGoneIsAnErrorNotACrash() throws {
    let r = try Self.record()
    try FileManager.default.removeItem(atPath: "\(r.data)/sessions/\(r.id)/scripts")
    let replay = try r.run(["replay", r.id], script: nil)
    #expect(replay.status == 65)
    #expect(
      replay.stderr
        == "\(r.data)/sessions/\(r.id)/transcript.jsonl:1: error: the session's scripts 'change' "
        + "are neither kept with it nor available now\n")
    let resume = try r.run(["resume", r.id], script: nil)
    #expect(resume.status == 65)
    #expect(resume.stderr == replay.stderr)
    let plan = try r.dir.read("data/sessions/\(r.id)/plan.json")
    let export = try r.run(["export", r.id], script: nil)
    #expect(export.status == 65)
    #expect(export.stderr == replay.stderr)
    #expect(try r.dir.read("data/sessions/\(r.id)/plan.json") == plan, "the snapshot was emptied")
  }

  /// One edit at a time: what it must name; `nil` edits that may or may not
  /// warn.
  static let edits: [(name: String, from: String, to: String, names: [String]?)] = [
    ("rename", "id: years", "id: experience", ["'change.years'", "'change.experience'"]),
    (
      "insert", "  - id: stage", "  - id: city\n    ask: \"Which city?\"\n  - id: stage",
      ["'change.city'"]
    ),
    ("retype", "type: percent", "type: yesno", ["'change.bonus' no longer fits"]),
    ("options", "[early, mid, senior]", "[junior, mid, senior]", ["'change.stage' no longer fits"]),
    ("remove", "  - id: bonus\n    ask: \"Bonus?\"\n    type: percent\n", "", ["'change.bonus'"]),
    ("hide", "    type: percent\n", "    type: percent\n    when: name == \"Bob\"\n", []),
    ("integer to date", "type: integer", "type: date", ["'change.years' no longer fits"]),
    (
      "into a group", "  - id: goal\n    ask: \"One goal?\"",
      "  - group: goals\n    steps:\n      - id: goal\n        ask: \"One goal?\"", nil
    ),
  ]

  @Test(arguments: edits.indices)
  func oneEditAtATime(index: Int) throws {
    let edit = Self.edits[index]
    let script = TestScripts.change.replacingOccurrences(of: edit.from, with: edit.to)
    #expect(script != TestScripts.change, "the edit '\(edit.name)' changes nothing")
    let r = try Self.record()
    let replay = try r.run(["replay", r.id, "--rescript"], script: script)
    #expect(replay.status == 0, "\(edit.name): \(replay.stderr)")
    let warnings = Self.lines(replay.stderr)
    #expect(warnings.allSatisfy { $0.hasPrefix("warning: ") }, "\(edit.name): \(warnings)")
    if let names = edit.names {
      #expect(warnings.count == names.count, "\(edit.name): \(warnings)")
      for name in names {
        #expect(warnings.contains { $0.contains(name) }, "\(edit.name): no \(name) in \(warnings)")
      }
    }
    let strict = try r.run(["replay", r.id, "--strict", "--rescript"], script: script)
    #expect(strict.status == (warnings.isEmpty ? 0 : 65), "\(edit.name)")
    #expect(Self.lines(strict.stderr) == warnings.map { "error: " + $0.dropFirst(9) })
    let resume = try r.run(["resume", r.id, "--rescript"], script: script)
    #expect(resume.status == 0, "\(edit.name): \(resume.stderr)")
  }
}
