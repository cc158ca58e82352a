import Foundation
import Testing

/// `coach export --events`, and the org and todo.txt formats, from the
/// command line.
@Suite struct ExportFormatsCLITests {
  @Test func eventsWriteAllDayEventsAndFormatsIncludeOrgAndTodoTxt() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(
      ["start", "checkin", "--data-dir", data],
      input: "Ada\n3\nearly\nGrace\nin six weeks\nGet AWS certified by June 2027\n")
    let events = try CoachProcess.run(["export", "--format", "ics", "--events", "--data-dir", data])
    #expect(events.status == 0, "\(events.stderr)")
    #expect(events.stdout.contains("BEGIN:VEVENT"))
    #expect(events.stdout.contains("BEGIN:VALARM"))
    #expect(!events.stdout.contains("BEGIN:VTODO"))
    let todos = try CoachProcess.run(["export", "--format", "ics", "--data-dir", data])
    #expect(todos.stdout.contains("BEGIN:VTODO"))
    #expect(!todos.stdout.contains("BEGIN:VEVENT"))
    let org = try CoachProcess.run(["export", "--format", "org", "--data-dir", data])
    #expect(org.status == 0, "\(org.stderr)")
    #expect(org.stdout.contains("DEADLINE: <"))
    let todo = try CoachProcess.run(["export", "--format", "todotxt", "--data-dir", data])
    #expect(todo.status == 0, "\(todo.stderr)")
    #expect(todo.stdout.contains(" due:"))
    #expect(todo.stdout.contains(" +coach "))
  }
}
