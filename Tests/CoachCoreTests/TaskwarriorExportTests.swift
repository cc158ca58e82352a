import Foundation
import Testing

@testable import CoachCore

/// The Taskwarrior export, and a real `task import` of it.
@Suite struct TaskwarriorExportTests {
  static let text = ExportFormat.taskwarrior.render(ExportFixture.rich)

  static func tasks(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  @Test func tasksHaveStableUUIDsAndDays() throws {
    let tasks = try Self.tasks(Self.text)
    #expect(tasks.count == Commitment.all(in: ExportFixture.rich).count)
    for task in tasks {
      let uuid = try #require(task["uuid"] as? String)
      #expect(
        uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
          != nil)
      #expect(task["project"] as? String == "coach")
      #expect(task["entry"] as? String == "20261125T000000Z")
      // The day alone: Taskwarrior reads it in the zone it runs in.
      if let due = task["due"] as? String { #expect(due.wholeMatch(of: /\d{4}-\d\d-\d\d/) != nil) }
    }
    #expect(Set(tasks.compactMap { $0["uuid"] as? String }).count == tasks.count)
    // One task a line, which is what the documented merge greps.
    let lines = Self.text.split(separator: "\n")
    #expect(lines.first == "[" && lines.last == "]")
    #expect(lines.dropFirst().dropLast().allSatisfy { $0.hasPrefix("{\"") })
  }

  @Test func goalsDependOnTheirMilestonesAndCadencesRecur() throws {
    let plan = try RealPlanFixture.plan()
    let tasks = try Self.tasks(ExportFormat.taskwarrior.render(plan))
    let all = Commitment.all(in: plan)
    let goal = try #require(all.first { $0.kind == .deadline })
    let milestones = all.filter { $0.parent == goal.identity }.map { $0.uuid(in: plan) }
    #expect(milestones.count == 3)
    let goalTask = try #require(tasks.first { $0["uuid"] as? String == goal.uuid(in: plan) })
    #expect(goalTask["depends"] as? String == milestones.joined(separator: ","))
    let networking = try #require(
      tasks.first { ($0["tags"] as? [String])?.contains("networking") == true })
    #expect(networking["recur"] as? String == "monthly")
    let review = try #require(
      tasks.first { $0["description"] as? String == "Review your career plan" })
    #expect(review["recur"] as? String == "quarterly")
  }

  /// A throwaway Taskwarrior: its own data and rc, in `zone`.
  struct Taskwarrior {
    var directory: URL
    var environment: [String: String]

    init(zone: String = "UTC") throws {
      directory = try ExportToolRunner.temporaryDirectory()
      let data = directory.appendingPathComponent("data")
      try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
      let rc = directory.appendingPathComponent("taskrc")
      try Data(
        "data.location=\(data.path)\nconfirmation=off\nhooks=off\nnews.version=9.9.9\n".utf8
      ).write(to: rc)
      environment = [
        "TASKRC": rc.path, "TASKDATA": data.path, "HOME": directory.path, "TZ": zone,
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      ]
    }

    func file(_ name: String, _ text: String) throws -> String {
      let url = directory.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url.path
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> ExportToolRunner.Result {
      let result = try #require(
        ExportToolRunner.run(["task", "rc.verbose=nothing"] + arguments, environment: environment))
      #expect(result.status == 0, "task \(arguments): \(result.stdout)\(result.stderr)")
      return result
    }

    /// The documented merge (docs/export.md): import only what the task
    /// list does not have yet.
    func merge(_ path: String) throws -> ExportToolRunner.Result {
      let script = """
        task rc.verbose=nothing status.any: _uuids | grep . > known.txt
        grep '^{' "$1" | grep -v -F -f known.txt | sed 's/},$/}/' | task rc.verbose=nothing import -
        """
      return try #require(
        ExportToolRunner.run(
          ["sh", "-c", "cd \"$2\" && " + script, "merge", path, directory.path],
          environment: environment))
    }

    func exported() throws -> [[String: Any]] {
      try TaskwarriorExportTests.tasks(try run(["export"]).stdout)
    }
  }

  @Test(ExportToolRunner.needs(program: "task", from: "taskwarrior"))
  func importsWithTask() throws {
    let task = try Taskwarrior()
    defer { try? FileManager.default.removeItem(at: task.directory) }
    let file = try task.file("plan.json", Self.text)
    for _ in 0..<2 { try task.run(["import", file]) }  // A second import updates the same tasks.
    let back = try task.exported()
    let commitments = Commitment.all(in: ExportFixture.rich)
    // Recurring tasks add instances of themselves; the imported ones are all there once.
    let expected = Set(commitments.map { $0.uuid(in: ExportFixture.rich) })
    let imported = back.filter { expected.contains($0["uuid"] as? String ?? "") }
    #expect(imported.count == commitments.count)
    let descriptions = Set(imported.compactMap { $0["description"] as? String })
    #expect(descriptions == Set(commitments.map(\.title)))
    #expect(back.allSatisfy { $0["project"] as? String == "coach" })
  }

  /// Under UTC+13 (and UTC−10) every task is due on the plan's own day,
  /// in the person's time zone.
  @Test(
    ExportToolRunner.needs(program: "task", from: "taskwarrior"),
    arguments: ["Pacific/Auckland", "Pacific/Honolulu"])
  func dueIsThePlansDayInThePersonsZone(zone: String) throws {
    let plan = try RealPlanFixture.plan()
    let task = try Taskwarrior(zone: zone)
    defer { try? FileManager.default.removeItem(at: task.directory) }
    try task.run(["import", try task.file("plan.json", ExportFormat.taskwarrior.render(plan))])
    let dated = Commitment.all(in: plan).filter { $0.due != nil }
    #expect(dated.count >= 8)
    for item in dated {
      let shown = try task.run(["_get", item.uuid(in: plan) + ".due"]).stdout
      #expect(shown.hasPrefix(item.due?.iso ?? "-"), "\(item.title): \(shown)")
    }
  }

  /// Import, finish a task, tag another, import a later export (one more
  /// action, in a later session of the same plan) by the documented merge:
  /// what the person did stays, the new action arrives, nothing doubles.
  @Test(ExportToolRunner.needs(program: "task", from: "taskwarrior"))
  func reimportKeepsWhatThePersonDid() throws {
    let plan = try RealPlanFixture.plan()
    let task = try Taskwarrior()
    defer { try? FileManager.default.removeItem(at: task.directory) }
    let first = try task.file("first.json", ExportFormat.taskwarrior.render(plan))
    #expect(try task.merge(first).status == 0)
    let all = Commitment.all(in: plan)
    let done = try #require(all.first { $0.kind == .action }).uuid(in: plan)
    let tagged = try #require(all.first { $0.kind == .growth }).uuid(in: plan)
    try task.run([done, "done"])
    try task.run([tagged, "modify", "+mine", "priority:H"])
    try task.run([tagged, "annotate", "booked it"])
    var later = plan
    later.sessionID = "20270301-090000-ada"
    later.actions.append(
      Action(title: "Email the course tutor", due: nil, source: "goals.first_step#9"))
    let second = try task.file("second.json", ExportFormat.taskwarrior.render(later))
    let merged = try task.merge(second)
    #expect(merged.status == 0, "\(merged.stdout)\(merged.stderr)")
    let back = try task.exported()
    let byID = Dictionary(back.compactMap { t in (t["uuid"] as? String).map { ($0, t) } }) { a, _ in
      a
    }
    #expect(byID[done]?["status"] as? String == "completed")
    #expect(byID[tagged]?["priority"] as? String == "H")
    #expect((byID[tagged]?["tags"] as? [String])?.contains("mine") == true)
    #expect((byID[tagged]?["annotations"] as? [[String: Any]])?.count == 2)
    #expect(back.contains { $0["description"] as? String == "Email the course tutor" })
    let ours = Set(Commitment.all(in: later).map { $0.uuid(in: later) })
    #expect(back.filter { ours.contains($0["uuid"] as? String ?? "") }.count == ours.count)
    // A plain `task import` would have reopened it: the reason for the merge.
    try task.run(["import", second])
    let reopened = try task.exported().first { $0["uuid"] as? String == done }
    #expect(reopened?["status"] as? String == "pending")
  }
}
