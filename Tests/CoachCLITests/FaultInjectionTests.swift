import CoachCore
import Foundation
import Testing

/// A whole piped session run once for every N, with the Nth file-system
/// call failing (`COACH_TEST_FAULT`, docs/reliability.md): what is printed
/// must say truthfully what was saved, and what is on disk must hold every
/// answer that was acknowledged (its next question shown).
@Suite struct FaultInjectionTests {
  static let script = """
    id: three
    title: Three questions
    steps:
      - id: q1
        ask: "Q1: where do you work?"
      - id: q2
        ask: "Q2: what do you want next?"
      - id: q3
        ask: "Q3: by when?"

    """
  static let questions = ["Q1: where do you work?", "Q2: what do you want next?", "Q3: by when?"]
  static let answers = ["A1 first", "A2 second", "A3 third"]
  static let finished = "Your plan is saved."

  /// One run of the session and what it left.
  struct Run {
    var result: CoachProcess.Result
    var calls: Int
    var fired: Bool
    /// The answers in the transcript, in order; `nil` when there is none.
    var saved: [String]?
  }

  /// A folder with the script and an empty data dir.
  static func setUp() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory()
    try dir.write(script, to: "prompts/three.yaml")
    return dir
  }

  /// Runs `coach start` over the script with `fault`, in a fresh data dir.
  static func run(_ dir: TemporaryDirectory, fault: String, input: String? = nil) throws -> Run {
    let data = dir.path + "/data"
    try? FileManager.default.removeItem(atPath: data)
    let report = dir.path + "/report"
    try? FileManager.default.removeItem(atPath: report)
    let result = try CoachProcess.run(
      ["start", "--data-dir", data],
      input: input ?? answers.map { $0 + "\n" }.joined(),
      environment: [
        "COACH_PROMPTS": dir.path + "/prompts", "COACH_TEST_FAULT": "\(fault),report=\(report)",
      ])
    let line = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    let calls = line.split(separator: " ").first.flatMap { Int($0.dropFirst("calls=".count)) }
    return Run(
      result: result, calls: calls ?? -1, fired: line.contains("fired=yes"),
      saved: try savedAnswers(data))
  }

  /// The answers in the data dir's one transcript, which must read cleanly.
  static func savedAnswers(_ data: String) throws -> [String]? {
    let sessions = data + "/sessions"
    let ids = (try? FileManager.default.contentsOfDirectory(atPath: sessions)) ?? []
    let transcripts = ids.map { "\(sessions)/\($0)/transcript.jsonl" }.filter {
      FileManager.default.fileExists(atPath: $0)
    }
    guard let path = transcripts.first else { return nil }
    #expect(transcripts.count == 1)
    let decoding = try TranscriptCodec.decode(Data(contentsOf: URL(fileURLWithPath: path)))
    return decoding.events.compactMap { event in
      if case .answered(_, let text, _, _) = event { return text } else { return nil }
    }
  }

  /// The answers acknowledged by what stdout shows: answer k once question
  /// k+1 is shown (a line of its own), the last once the session says the
  /// plan is saved.
  static func acknowledged(_ stdout: String) -> [String] {
    let lines = Set(stdout.split(separator: "\n").map(String.init))
    var acked: [String] = []
    for (index, answer) in answers.enumerated() {
      let next = index + 1 < questions.count ? questions[index + 1] : nil
      let shown = next.map { lines.contains($0) } ?? stdout.contains(finished)
      guard shown else { break }
      acked.append(answer)
    }
    return acked
  }

  /// The checks every run must pass, whatever failed.
  static func check(_ run: Run, label: String) {
    let out = run.result.stdout
    let err = run.result.stderr
    let saved = run.saved ?? []
    // Every acknowledged answer is on disk, in order.
    let acked = acknowledged(out)
    #expect(Array(saved.prefix(acked.count)) == acked, "\(label): \(out)\n\(err)")
    // A run that ends well saved everything; one that does not says so.
    if run.result.status == 0 {
      #expect(saved == answers, "\(label): exit 0 but saved \(saved)\n\(out)\n\(err)")
      #expect(out.contains(finished), "\(label)")
    } else {
      #expect([1, 65].contains(run.result.status), "\(label): status \(run.result.status)")
      #expect(!err.isEmpty, "\(label): a failure with nothing on stderr")
      #expect(!out.contains("Saved."), "\(label): claims 'Saved.' after a failure:\n\(out)")
      #expect(!out.contains(finished), "\(label): claims the plan is saved:\n\(out)")
    }
    for line in err.split(separator: "\n") {
      #expect(line.contains("error:"), "\(label): unexpected stderr line '\(line)'")
    }
    // "your N earlier answers are saved" must be exactly true.
    for line in err.split(separator: "\n") where line.contains("could not save your answer") {
      let claimed = claimedCount(String(line))
      #expect(claimed == saved.count, "\(label): '\(line)' but \(saved.count) saved")
    }
  }

  /// N in "your N earlier answers are saved" (0 for "no earlier answer").
  static func claimedCount(_ line: String) -> Int? {
    if line.hasSuffix("no earlier answer was lost") { return 0 }
    guard let range = line.range(of: "; your ") else { return nil }
    return Int(line[range.upperBound...].prefix { $0.isNumber })
  }

  @Test(arguments: ["ENOSPC", "EIO", "EACCES", "EFBIG"])
  func everyFailingCallOfASessionIsReportedTruthfully(code: String) throws {
    let dir = try Self.setUp()
    let clean = try Self.run(dir, fault: "op=0,errno=\(code)")
    #expect(clean.result.status == 0, "\(clean.result.stderr)")
    #expect(clean.saved == Self.answers)
    #expect(clean.calls > 20)
    var failedSaves = 0
    for n in 1...(clean.calls + 1) {
      let run = try Self.run(dir, fault: "op=\(n),errno=\(code)")
      #expect(run.fired == (n <= clean.calls), "op \(n) of \(clean.calls)")
      Self.check(run, label: "\(code) at call \(n)")
      if run.result.stderr.contains("could not save your answer") { failedSaves += 1 }
    }
    // Each answer's write and sync, at least.
    #expect(failedSaves >= 6)
  }

  @Test func theFailedSaveLineSaysWhatWasAndWasNotSaved() throws {
    let dir = try Self.setUp()
    let clean = try Self.run(dir, fault: "op=0,errno=ENOSPC")
    var found: Run?
    for n in 1...clean.calls {
      let run = try Self.run(dir, fault: "op=\(n),errno=ENOSPC")
      if run.result.stderr.contains("could not save your answer to 'Q3") {
        found = run
        break
      }
    }
    let run = try #require(found)
    #expect(
      run.result.stderr
        == "error: could not save your answer to 'Q3: by when?': no space left on device; "
        + "your 2 earlier answers are saved\n")
    #expect(run.result.status == 1)
    #expect(run.saved == Array(Self.answers.prefix(2)))
    #expect(run.result.stdout.contains("Left without saving your answer to 'Q3: by when?'."))
    #expect(run.result.stdout.contains("coach resume"))
    // The session goes on where the failed save left it.
    let resumed = try CoachProcess.run(
      ["resume", "--data-dir", dir.path + "/data"], input: Self.answers[2] + "\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains(Self.questions[2]))
    #expect(try Self.savedAnswers(dir.path + "/data") == Self.answers)
  }
}
