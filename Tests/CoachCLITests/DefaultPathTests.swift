import CoachCore
import Foundation
import Testing

/// The whole default path, answered plausibly, and the same path under
/// whatever a person might type.
@Suite struct DefaultPathTests {
  static func fixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name)")
    return try String(decoding: Data(contentsOf: url), as: UTF8.self)
  }

  @Test func aPlausibleSessionGivesAWholePlan() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["--data-dir", data], input: try Self.fixture("default-path-answers.txt"))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains("Please "), "an answer of the fixture was refused")
    #expect(run.stdout.contains("Your plan is saved"))
    let plan = try CoachProcess.run(["export", "--format", "json", "--data-dir", data]).stdout
      .json()
    let assessment = try #require(plan["assessment"] as? [String: Any])
    #expect(assessment["verdict"] as? String == "a step in your career")
    #expect((assessment["reasons"] as? [String])?.count == 6)
    let goals = try #require(plan["goals"] as? [[String: Any]])
    #expect(goals.count == 1)
    #expect(goals.first?["deadline"] as? String == "2027-12-31")
    #expect((goals.first?["milestones"] as? [Any])?.count == 3)
    let smart = try #require(goals.first?["smart"] as? [String: Bool])
    #expect(
      smart == [
        "specific": true, "measurable": true, "achievable": true, "relevant": true,
        "timeBound": true,
      ])
    let growth = try #require(plan["growth"] as? [String: [Any]])
    #expect(growth["skills"]?.count == 1)
    #expect(growth["experience"]?.count == 1)
    let networking = try #require(plan["networking"] as? [String: Any])
    #expect((networking["items"] as? [Any])?.count == 1)
    let balance = try #require(plan["balance"] as? [String: Any])
    #expect((balance["priorities"] as? [Any])?.count == 3)
    let compensation = try #require(plan["compensation"] as? [String: Any])
    #expect((compensation["offers"] as? [Any])?.count == 2)
    #expect(compensation["best"] as? String == "Acme Health")
    #expect((plan["actions"] as? [Any])?.count == 1)
    #expect((plan["openQuestions"] as? [Any])?.isEmpty == true)
  }

  @Test func skipAnywhereEndsCleanly() throws {
    let dir = try TemporaryDirectory()
    let input = "Ada\nanalyst\nhealth\n\n" + String(repeating: "/skip\n", count: 300)
    let run = try CoachProcess.run(["--data-dir", dir.path + "/data"], input: input)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Your plan is saved"))
  }

  /// Whatever is typed — commands, garbage, control characters, invalid
  /// UTF-8, huge lines — the session never crashes and never loops: it
  /// ends at the end of input with status 0.
  @Test(arguments: [1, 2, 3, 4, 5, 6])
  func anythingTypedNeverCrashes(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let pieces = [
      "/skip", "/back", "/back", "/plan", "/why", "/help", "/goto goals", "/goto benefits",
      "/goto nowhere", "/export json", "/export nope", "/scripts", "/save", "/hepl", "//x", "",
      "yes", "no", "3", "-1", "1e308", "nan", "$85k", "12%", "in six weeks", "yesterday",
      "career, goals", "1", "2,3", "Zoë 日本 🚀", "\u{1B}[31mred\u{7}", "\u{202E}evil",
      String(repeating: "x", count: 100_000), "a,b;c", "   ", "\t", "end of Q3 2027",
    ]
    var input = Data()
    for _ in 0..<400 {
      let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
      input.append(contentsOf: Array(piece.utf8))
      if rng.next() % 17 == 0 { input.append(contentsOf: [0xFF, 0xFE, 0xC3]) }
      input.append(0x0A)
    }
    let dir = try TemporaryDirectory()
    let run = try CoachProcess.run(
      ["--data-dir", dir.path + "/data"], input: String(decoding: input, as: UTF8.self))
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains("\u{1B}["), "an escape sequence reached the output")
    let export = try CoachProcess.run([
      "export", "--format", "json", "--data-dir", dir.path + "/data",
    ])
    #expect(export.status == 0, "\(export.stderr)")
  }
}
