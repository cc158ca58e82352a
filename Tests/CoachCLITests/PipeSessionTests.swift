import Foundation
import Testing

/// End-to-end: the built binary driven through pipes, as PRODUCT.md's plain
/// mode promises.
@Suite struct PipeSessionTests {
  /// A script written only with the contract vocabulary, which the project's
  /// own scripts never use in this combination.
  static let unseen = """
    id: unseen
    title: A script the project has never seen
    steps:
      - say: "Welcome. A few quick questions."
      - id: who
        ask: "Your name?"
        type: text
      - id: bio
        ask: "Tell me about yourself, {who}."
        type: long
      - id: age
        ask: "Years in the field?"
        type: integer
        min: 0
        max: 60
      - id: hours
        ask: "Hours a week?"
        type: number
      - id: pay
        ask: "Current salary?"
        type: money
        private: true
      - id: raise
        ask: "Raise you hope for?"
        type: percent
      - id: mood
        ask: "How do you feel about work, 1 to 5?"
        type: scale
        min: 1
        max: 5
      - id: field
        ask: "Which field?"
        type: choice
        options: [yes, no, maybe]
      - id: tools
        ask: "Which tools?"
        type: multi
        options: [email, chat, calendar]
      - id: remote
        ask: "Remote?"
        type: yesno
      - id: why_remote
        ask: "Why remote, {who}?"
        type: text
        when: remote == true and (age >= 2 or mood < 3)
      - id: never
        ask: "Never asked"
        when: field == "maybe"
      - id: by
        ask: "By when?"
        type: date
      - id: skills
        ask: "Skills to learn?"
        type: list
      - id: colour
        ask: "Favourite colour?"
        default: blue
      - id: goal
        ask: "One goal?"
        check: smart
        required: true
    """

  static let answers = [
    "Zoë", "I build things", "seventy", "4", "37.5", "$85k", "12%", "9", "3", "yes",
    "email, calendar", "y", "Fewer commutes", "yesterday", "end of Q3 2027",
    "Swift; SQL, design", "", "Publish 2 articles by March 2027",
  ]

  @Test func anUnseenScriptRunsWithReasksWhenTypesAndInterpolation() throws {
    let dir = try TemporaryDirectory()
    try dir.write(Self.unseen, to: "prompts/unseen.yaml")
    let result = try CoachProcess.run(
      ["start", "unseen", "--prompts", dir.path + "/prompts", "--data-dir", dir.path + "/data"],
      input: Self.answers.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.contains("Tell me about yourself, Zoë."))
    #expect(out.contains("Please enter a whole number from 0 to 60."))
    #expect(out.contains("Please enter a whole number from 1 to 5."))
    #expect(out.contains("Why remote, Zoë?"))
    #expect(!out.contains("Never asked"))
    #expect(out.contains("in the past"))
    #expect(!out.contains("› $85k"), "a private answer is not echoed")
    #expect(out.contains("› (private answer)"))

    let export = try CoachProcess.run(
      [
        "export", "--format", "json", "--data-dir", dir.path + "/data", "--prompts",
        dir.path + "/prompts",
      ])
    #expect(export.status == 0, "\(export.stderr)")
    let plan = try export.stdout.json()
    let answers = try #require(plan["answers"] as? [String: [String: Any]])
    func value(_ key: String) -> Any? { answers["unseen.\(key)"]?["value"] }
    #expect(plan["schemaVersion"] as? Int == 1)
    #expect(value("who") as? String == "Zoë")
    #expect(value("age") as? Int == 4)
    #expect(value("hours") as? Double == 37.5)
    #expect(value("pay") as? Int == 85000)
    #expect(answers["unseen.pay"]?["text"] as? String == "$85k")
    #expect(value("raise") as? Int == 12)
    #expect(value("mood") as? Int == 3)
    #expect(value("field") as? String == "yes")
    #expect(value("tools") as? [String] == ["email", "calendar"])
    #expect(value("remote") as? Bool == true)
    #expect(value("by") as? String == "2027-09-30")
    #expect(value("skills") as? [String] == ["Swift", "SQL", "design"])
    #expect(value("colour") as? String == "blue")
    #expect(value("never") == nil)
    let smart = try #require(answers["unseen.goal"]?["smart"] as? [String: Any])
    #expect(smart["measurable"] as? Bool == true)
    #expect(smart["timeBound"] as? Bool == true)
    #expect(
      smart.keys.sorted() == ["achievable", "measurable", "relevant", "specific", "timeBound"])
  }

  @Test func endOfInputSavesAndResumeAsksOnlyTheRest() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let first = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: "Ada\n3\n")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.contains("coach resume"))
    let second = try CoachProcess.run(["resume", "--data-dir", data], input: "mid\n")
    #expect(second.status == 0, "\(second.stderr)")
    #expect(!second.stdout.contains("What should I call you?"))
    #expect(!second.stdout.contains("How many years"))
    #expect(second.stdout.contains("Which stage are you at?"))
    #expect(second.stdout.contains("By when do you want to take your next step?"))
    // Plain `coach` picks up the unfinished session too.
    let third = try CoachProcess.run(
      ["--data-dir", data], input: "in 3 months\nRun a 10k race by June 2027\n")
    #expect(third.status == 0, "\(third.stderr)")
    #expect(third.stdout.contains("Resuming your unfinished session"))
    #expect(try dir.sessions().count == 1)
    let plan = try CoachProcess.run(["export", "--format", "json", "--data-dir", data]).stdout
      .json()
    let answers = try #require(plan["answers"] as? [String: Any])
    #expect(
      Set(answers.keys) == [
        "checkin.name", "checkin.years", "checkin.stage", "checkin.next_step", "checkin.goal",
      ])
  }

  @Test func filesArePrivate() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: "Ada\n")
    let session = try #require(try dir.sessions().first)
    let fm = FileManager.default
    func mode(_ path: String) throws -> Int {
      (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
    #expect(try mode(data) == 0o700)
    #expect(try mode(data + "/sessions/" + session) == 0o700)
    #expect(try mode(data + "/sessions/\(session)/transcript.jsonl") == 0o600)
    #expect(try mode(data + "/sessions/\(session)/plan.json") == 0o600)
  }

  @Test func theLatestSessionIsTheLastStartedEvenInTheSameSecond() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    for name in ["First", "Second", "Third"] {
      _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: name + "\n")
    }
    let export = try CoachProcess.run(["export", "--format", "json", "--data-dir", data])
    let answers = try #require(try export.stdout.json()["answers"] as? [String: [String: Any]])
    #expect(answers["checkin.name"]?["text"] as? String == "Third")
    #expect(try dir.sessions().count == 3)
  }

  @Test func aResumedTranscriptIsMadePrivateAgain() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: "Ada\n")
    let session = try #require(try dir.sessions().first)
    let transcript = "\(data)/sessions/\(session)/transcript.jsonl"
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: transcript)
    _ = try CoachProcess.run(["resume", "--data-dir", data], input: "3\n")
    let mode = try FileManager.default.attributesOfItem(atPath: transcript)[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }
}
