import CoachCore
import Foundation
import Glibc
import Testing

/// `kill -9` at any moment loses no acknowledged answer.
///
/// An answer is acknowledged once the next question's prompt (or the closing
/// words) appears: the program shows it only after the answer is synced.
/// Each round drives one session of `TestScripts.long` through pipes, one
/// answer at a time, and SIGKILLs the program at random moments: while it
/// starts, right after an answer is sent, a few hundred microseconds later,
/// during a `/save`, or while it waits. After every kill, `coach export`
/// must hold every acknowledged answer, and `coach resume` must print no
/// error and ask the first question not yet answered, never an acknowledged
/// one again.
@Suite struct KillTests {
  static let questions = 15

  /// Kills per seed; `COACH_KILLS` changes it.
  static var killsPerSeed: Int {
    ProcessInfo.processInfo.environment["COACH_KILLS"].flatMap(Int.init) ?? 75
  }

  /// What happened across the kills, printed for the report.
  struct Tally {
    var kills = 0
    var rounds = 0
    var inFlightSaved = 0
    var inFlightLost = 0
    var tornRepairs = 0
    var strayTemporaries = 0
  }

  /// One session being driven and killed.
  struct Round {
    let number: Int
    let data: String
    var id: String?
    /// Answers 1...acknowledged were acknowledged.
    var acknowledged = 0
    /// An answer sent but not acknowledged when the program was killed.
    var inFlight: Int?
    var finished = false

    func answer(_ n: Int) -> String { TestScripts.longAnswer(n, round: number) }
  }

  @Test(arguments: [1, 2, 3, 4] as [UInt64])
  func killNineLosesNoAcknowledgedAnswer(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("prompts", in: dir, ["long.yaml": TestScripts.long])
    let env = ["COACH_PROMPTS": prompts]
    var tally = Tally()
    let started = ContinuousClock.now
    while tally.kills < Self.killsPerSeed {
      tally.rounds += 1
      var round = Round(
        number: Int(seed) * 1000 + tally.rounds, data: dir.path + "/data\(tally.rounds)")
      while !round.finished {
        try step(&round, env: env, rng: &rng, tally: &tally)
      }
      try expectExport(round, env: env)
    }
    print(
      "kill -9 seed \(seed): \(tally.kills) kills in \(tally.rounds) sessions, "
        + "in-flight answers saved \(tally.inFlightSaved) / lost \(tally.inFlightLost), "
        + "torn tails repaired \(tally.tornRepairs), stray temporary files "
        + "\(tally.strayTemporaries), \(ContinuousClock.now - started)")
  }

  /// Starts or resumes the session, checks where it picks up, gives a few
  /// answers, and kills it at a random moment.
  func step(
    _ round: inout Round, env: [String: String], rng: inout SeededRandom, tally: inout Tally
  ) throws {
    var arguments = ["start", "long"]
    if let id = round.id {
      // Once every answer may be in, the session may be finished: name it.
      let all = round.acknowledged + (round.inFlight == nil ? 0 : 1) == Self.questions
      arguments = all ? ["resume", id] : ["resume"]
    }
    let coach = try LiveCoach(arguments + ["--data-dir", round.data, "--plain"], environment: env)
    if Int.random(in: 0..<10, using: &rng) == 0 {
      // Kill while it starts, repairs or sweeps.
      usleep(UInt32.random(in: 0..<40_000, using: &rng))
      try afterKill(coach, &round, env: env, rng: &rng, tally: &tally)
      return
    }
    var asked = try expectPickUp(coach, &round, tally: &tally)
    if asked > Self.questions {
      #expect(try coach.waitForExit() == 0)
      #expect(coach.stderr.isEmpty, "\(coach.stderr)")
      round.finished = true
      return
    }
    for _ in 0..<Int.random(in: 0...2, using: &rng) {
      if Int.random(in: 0..<5, using: &rng) == 0 {
        coach.send("/save")
        try coach.read(until: "Saved to ")
        // The same question is prompted again.
        #expect(try nextPrompt(coach) == asked)
      }
      coach.send(round.answer(asked))
      asked = try nextPrompt(coach)
      #expect(asked == round.acknowledged + 2)
      round.acknowledged += 1
      if asked > Self.questions {
        #expect(try coach.waitForExit() == 0)
        round.finished = true
        return
      }
    }
    switch Int.random(in: 0..<10, using: &rng) {
    case 0...1:
      break  // waiting at the prompt
    case 2...3:
      coach.send(round.answer(asked))
      round.inFlight = asked
    case 4...7:
      coach.send(round.answer(asked))
      round.inFlight = asked
      usleep(UInt32.random(in: 0..<3000, using: &rng))
    default:
      coach.send("/save")
      usleep(UInt32.random(in: 0..<5000, using: &rng))
    }
    try afterKill(coach, &round, env: env, rng: &rng, tally: &tally)
  }

  /// Reads up to the first prompt of a started or resumed program and checks
  /// that it is the first question not yet acknowledged (or the one after,
  /// when the answer in flight was saved). Returns the question asked, or 16
  /// when the session is finished.
  func expectPickUp(_ coach: LiveCoach, _ round: inout Round, tally: inout Tally) throws -> Int {
    let asked = try nextPrompt(coach)
    let answers = asked - 1
    let lowest = round.acknowledged
    let highest = round.acknowledged + (round.inFlight == nil ? 0 : 1)
    #expect(
      (lowest...highest).contains(answers),
      "round \(round.number): asked question \(asked) after \(lowest) acknowledged answers")
    if round.inFlight != nil {
      if answers > lowest { tally.inFlightSaved += 1 } else { tally.inFlightLost += 1 }
    }
    round.acknowledged = max(lowest, min(answers, highest))
    round.inFlight = nil
    coach.pump(milliseconds: 0)
    let out = coach.stdout
    #expect(coach.stderr.isEmpty, "resume printed an error: \(coach.stderr)")
    if round.id != nil {
      let s = answers == 1 ? "" : "s"
      #expect(out.contains("Welcome back. You have \(answers) answer\(s) so far"), "\(out)")
    }
    let notices = out.split(separator: "\n").filter { $0.contains("Recovered an interrupted") }
    #expect(notices.count <= 1)
    tally.tornRepairs += notices.count
    if let id = round.id { try expectTidy(round.data, id: id) }
    return asked
  }

  /// The number of the next question prompted (`long · N › `), or 16 once
  /// the session says it is finished.
  func nextPrompt(_ coach: LiveCoach) throws -> Int {
    try coach.read(waitingFor: "a prompt or the end") { text in
      let prompt = text.firstMatch(of: #/long (\d+)/15 › /#)
      let end = text.range(of: "Your plan is saved")
      if let end, prompt.map({ $0.range.lowerBound > end.lowerBound }) ?? true {
        return (Self.questions + 1, end.upperBound)
      }
      guard let prompt, let n = Int(prompt.output.1) else { return nil }
      return (n, prompt.range.upperBound)
    }
  }

  /// After a kill: the export holds every acknowledged answer; sometimes a
  /// stale temporary file is planted for the next start to sweep.
  func afterKill(
    _ coach: LiveCoach, _ round: inout Round, env: [String: String], rng: inout SeededRandom,
    tally: inout Tally
  ) throws {
    let status = try coach.kill9()
    #expect(status == 137 || status == 0, "status \(status): \(coach.stderr)")
    // Everything it wrote is read by now, so this also covers what it
    // wrote after the prompt that `expectPickUp` looked at.
    #expect(coach.stderr.isEmpty, "round \(round.number): \(coach.stderr)")
    tally.kills += 1
    if round.id == nil {
      let sessions =
        (try? FileManager.default.contentsOfDirectory(atPath: round.data + "/sessions"))
      round.id = sessions?.sorted().first {
        FileManager.default.fileExists(atPath: "\(round.data)/sessions/\($0)/transcript.jsonl")
      }
      guard round.id != nil else {
        #expect(round.acknowledged == 0, "answers acknowledged but no transcript")
        round.inFlight = nil
        return
      }
    }
    guard let id = round.id else { return }
    let directory = "\(round.data)/sessions/\(id)"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    tally.strayTemporaries += names.filter { $0.contains(".tmp-") && !$0.hasSuffix("-999") }.count
    try expectExport(round, env: env)
    if Int.random(in: 0..<4, using: &rng) == 0 {
      // The killed program's pid is free again: a temporary file it might
      // have left, for the next start to sweep.
      let stale = "\(directory)/.plan.json.tmp-\(coach.pid)-999"
      FileManager.default.createFile(
        atPath: stale, contents: Data("{".utf8), attributes: [.posixPermissions: 0o600])
    }
  }

  /// `coach export --format json` holds every acknowledged answer, as typed.
  func expectExport(_ round: Round, env: [String: String]) throws {
    guard let id = round.id else { return }
    let export = try CoachProcess.run(
      ["export", id, "--format", "json", "--data-dir", round.data], environment: env)
    #expect(export.status == 0, "\(export.stderr)")
    let unexpected = export.stderr.split(separator: "\n").filter {
      !$0.hasPrefix("Recovered an interrupted save")
    }
    #expect(unexpected.isEmpty, "\(export.stderr)")
    let plan = try export.stdout.json()
    let answers = plan["answers"] as? [String: [String: Any]] ?? [:]
    for n in stride(from: 1, through: round.acknowledged, by: 1) {
      #expect(
        answers["long.q\(n)"]?["text"] as? String == round.answer(n),
        "round \(round.number): acknowledged answer \(n) missing from the export")
    }
    if let n = round.inFlight, let text = answers["long.q\(n)"]?["text"] as? String {
      #expect(text == round.answer(n))
    }
    for n in stride(from: round.acknowledged + 2, through: Self.questions, by: 1) {
      #expect(answers["long.q\(n)"] == nil, "an answer never sent is in the export")
    }
  }

  /// No temporary file is left once a start has swept, and every file and
  /// folder keeps its private mode.
  func expectTidy(_ data: String, id: String) throws {
    let fm = FileManager.default
    let directory = "\(data)/sessions/\(id)"
    func mode(_ path: String) -> Int {
      (try? fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }
    let names = try fm.contentsOfDirectory(atPath: directory)
    #expect(!names.contains { $0.contains(".tmp-") }, "stale temporary files: \(names)")
    for name in names where name != "scripts" {
      #expect(mode("\(directory)/\(name)") == 0o600, "\(name) is not 0600")
    }
    if names.contains("scripts") {
      #expect(mode("\(directory)/scripts") == 0o700)
      for name in try fm.contentsOfDirectory(atPath: "\(directory)/scripts") {
        #expect(mode("\(directory)/scripts/\(name)") == 0o600, "scripts/\(name) is not 0600")
      }
    }
    #expect(mode(directory) == 0o700)
    #expect(mode(data + "/sessions") == 0o700)
  }
}
