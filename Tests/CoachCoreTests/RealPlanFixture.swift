import Foundation

@testable import CoachCore

/// A plan made the way a person makes one: the bundled scripts in
/// `Prompts/` driven through the session engine with the answers in
/// `Fixtures/real-plan-answers.txt` (one line per answer, an empty line for
/// Enter). Its keys are the real ones (`goals.milestones#1[1]`,
/// `benefits.salary#2`), so exports are checked against what the scripts
/// really produce, not a hand-written plan.
enum RealPlanFixture {
  /// 2026-11-25T09:00:00Z.
  static let now = Moment(seconds: 1_795_597_200)

  static var promptsDirectory: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Prompts")
  }

  /// The bundled scripts.
  static func catalog() throws -> ScriptCatalog {
    let files = try FileManager.default.contentsOfDirectory(atPath: promptsDirectory.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let scripts = try files.compactMap { name -> Script? in
      let text = try String(
        contentsOf: promptsDirectory.appendingPathComponent(name), encoding: .utf8)
      return ScriptParser.parse(text, file: name).0
    }
    return ScriptCatalog(scripts)
  }

  /// An engine over the bundled scripts, started at `now`, after `answers`.
  static func engine(
    roots: [String] = ["path"], answers: [String], session: String = "20261125-090000-ada"
  ) throws -> SessionMachine {
    var engine = SessionMachine(
      catalog: try catalog(), roots: roots, identity: PlanIdentity(sessionID: session))
    _ = engine.start(at: now)
    for line in answers { _ = engine.handle(line: line, at: now) }
    return engine
  }

  static func answers() throws -> [String] {
    let text = try Goldens.fixture("real-plan-answers.txt")
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The whole default path, answered.
  static func plan() throws -> Plan {
    let engine = try engine(answers: try answers())
    return PlanBuilder(machine: engine).build()
  }
}
