import Foundation
import Testing

@testable import CoachCore

/// The Taskwarrior export, and a real `task import` of it.
@Suite struct TaskwarriorExportTests {
  static let text = ExportFormat.taskwarrior.render(ExportFixture.rich)

  static func tasks(_ text: String) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
  }

  @Test func tasksHaveStableUUIDsAndCompactDates() throws {
    let tasks = try Self.tasks(Self.text)
    #expect(tasks.count == Commitment.all(in: ExportFixture.rich).count)
    for task in tasks {
      let uuid = try #require(task["uuid"] as? String)
      #expect(
        uuid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/)
          != nil)
      #expect(task["status"] as? String == "pending")
      #expect(task["project"] as? String == "coach")
      #expect(task["entry"] as? String == "20261125T000000Z")
      if let due = task["due"] as? String { #expect(due.wholeMatch(of: /\d{8}T120000Z/) != nil) }
    }
    #expect(Set(tasks.compactMap { $0["uuid"] as? String }).count == tasks.count)
  }

  @Test(ExportToolRunner.needs(program: "task", from: "taskwarrior"))
  func importsWithTask() throws {
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let data = directory.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    let rc = directory.appendingPathComponent("taskrc")
    try Data("data.location=\(data.path)\nconfirmation=off\nhooks=off\nnews.version=9.9.9\n".utf8)
      .write(to: rc)
    let file = directory.appendingPathComponent("plan.json")
    try Data(Self.text.utf8).write(to: file)
    let environment = [
      "TASKRC": rc.path, "TASKDATA": data.path, "HOME": directory.path,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    let task = { (arguments: [String]) throws -> ExportToolRunner.Result in
      try #require(
        ExportToolRunner.run(["task", "rc.verbose=nothing"] + arguments, environment: environment))
    }
    for _ in 0..<2 {  // A second import updates the same tasks.
      let imported = try task(["import", file.path])
      #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
    }
    let exported = try task(["export"])
    #expect(exported.status == 0, "\(exported.stderr)")
    let back = try Self.tasks(exported.stdout)
    let commitments = Commitment.all(in: ExportFixture.rich)
    #expect(back.count == commitments.count)
    let expected = Set(commitments.map { $0.uuid(sessionID: ExportFixture.rich.sessionID) })
    #expect(Set(back.compactMap { $0["uuid"] as? String }) == expected)
    let descriptions = Set(back.compactMap { $0["description"] as? String })
    #expect(descriptions == Set(commitments.map(\.title)))
    #expect(back.allSatisfy { $0["project"] as? String == "coach" })
  }
}
