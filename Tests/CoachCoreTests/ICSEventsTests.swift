import Foundation
import Testing

@testable import CoachCore

/// `--events`: all-day events with a reminder, for calendars that show
/// events only; checked by hand and with Debian's khal.
@Suite struct ICSEventsTests {
  static func plan() throws -> Plan { try RealPlanFixture.plan() }

  static func components(_ text: String, _ name: String) -> [[String]] {
    var out: [[String]] = []
    var current: [String]?
    var depth = 0
    var unfolded: [String] = []
    for line in text.split(separator: "\r\n") {
      if line.hasPrefix(" "), !unfolded.isEmpty {
        unfolded[unfolded.count - 1] += line.dropFirst()
      } else {
        unfolded.append(String(line))
      }
    }
    for line in unfolded {
      if line == "BEGIN:\(name)" {
        current = []
        depth = 0
      } else if line == "END:\(name)", let c = current {
        out.append(c)
        current = nil
      } else {
        if line.hasPrefix("BEGIN:") { depth += 1 }
        if line.hasPrefix("END:") { depth -= 1 }
        current?.append(line)
      }
    }
    return out
  }

  @Test func everyDatedCommitmentIsAnAllDayEventWithAnAlarm() throws {
    let plan = try Self.plan()
    let text = ExportFormat.ics.render(plan, options: ExportOptions(events: true))
    #expect(!text.contains("VTODO"))
    let events = Self.components(text, "VEVENT")
    let dated = Commitment.all(in: plan).filter { $0.due != nil }
    #expect(events.count == dated.count)
    for (event, item) in zip(events, dated) {
      let day = try #require(item.due)
      #expect(event.contains("DTSTART;VALUE=DATE:" + ICSExporter.basicDate(day)))
      #expect(event.contains("DTEND;VALUE=DATE:" + ICSExporter.basicDate(day.adding(days: 1))))
      #expect(event.contains("UID:" + item.uuid(in: plan)))
      #expect(event.contains("BEGIN:VALARM") && event.contains("TRIGGER:-P1D"))
      #expect(event.contains("ACTION:DISPLAY"))
    }
  }

  @Test func milestonesRelateToTheirGoalAndCadencesRepeat() throws {
    let plan = try Self.plan()
    let todos = Self.components(ExportFormat.ics.render(plan), "VTODO")
    let all = Commitment.all(in: plan)
    let goal = try #require(all.first { $0.kind == .deadline })
    let milestones = todos.filter { $0.contains("CATEGORIES:coach,milestone") }
    #expect(milestones.count == 3)
    #expect(milestones.allSatisfy { $0.contains("RELATED-TO:" + goal.uuid(in: plan)) })
    let networking = try #require(todos.first { $0.contains("CATEGORIES:coach,networking") })
    #expect(networking.contains("RRULE:FREQ=MONTHLY"))
    let review = try #require(todos.first { $0.contains("SUMMARY:Review your career plan") })
    #expect(review.contains("RRULE:FREQ=MONTHLY;INTERVAL=3"))
  }

  @Test(ExportToolRunner.needs(python: "icalendar", from: "icalendar"))
  func pythonICalendarReadsTheEventsAndTheirRules() throws {
    let plan = try Self.plan()
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var files: [String] = []
    for events in [false, true] {
      let file = directory.appendingPathComponent(events ? "events.ics" : "todos.ics")
      try Data(ExportFormat.ics.render(plan, options: ExportOptions(events: events)).utf8)
        .write(to: file)
      files.append(file.path)
    }
    let script = """
      import sys
      from icalendar import Calendar
      for path in sys.argv[1:]:
          cal = Calendar.from_ical(open(path, "rb").read())
          for c in cal.walk():
              if c.name in ("VTODO", "VEVENT"):
                  rule = c.get("RRULE")
                  print(c.name, str(c["UID"]), str(c.get("RELATED-TO", "")),
                        rule.to_ical().decode() if rule else "",
                        len(c.subcomponents))
      """
    let result = try #require(ExportToolRunner.run(["python3", "-c", script] + files))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    let all = Commitment.all(in: plan)
    #expect(lines.filter { $0.hasPrefix("VTODO ") }.count == all.count)
    #expect(lines.filter { $0.hasPrefix("VEVENT ") }.count == all.filter { $0.due != nil }.count)
    #expect(lines.contains { $0.hasPrefix("VEVENT ") && $0.contains("FREQ=MONTHLY;INTERVAL=3") })
    #expect(lines.filter { $0.hasPrefix("VEVENT ") }.allSatisfy { $0.hasSuffix(" 1") })
  }

  /// khal shows events only: importing the `--events` file, it lists every
  /// deadline on its day.
  @Test(ExportToolRunner.needs(program: "khal", from: "khal"))
  func khalImportsTheEventsAndListsEveryDeadline() throws {
    let plan = try Self.plan()
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let calendar = directory.appendingPathComponent("calendar")
    try FileManager.default.createDirectory(at: calendar, withIntermediateDirectories: true)
    let config = directory.appendingPathComponent("config")
    try Data(
      """
      [calendars]
      [[plan]]
      path = \(calendar.path)
      type = calendar
      [locale]
      timeformat = %H:%M
      dateformat = %Y-%m-%d
      longdateformat = %Y-%m-%d
      datetimeformat = %Y-%m-%d %H:%M
      longdatetimeformat = %Y-%m-%d %H:%M
      [default]
      default_calendar = plan

      """.utf8
    ).write(to: config)
    let file = directory.appendingPathComponent("plan.ics")
    try Data(ExportFormat.ics.render(plan, options: ExportOptions(events: true)).utf8)
      .write(to: file)
    let environment = [
      "HOME": directory.path, "TZ": "Pacific/Auckland", "LANG": "C.UTF-8",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    let khal = { (arguments: [String]) throws -> ExportToolRunner.Result in
      try #require(
        ExportToolRunner.run(["khal", "-c", config.path] + arguments, environment: environment))
    }
    let imported = try khal(["import", "--batch", "-a", "plan", file.path])
    #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
    let listed = try khal([
      "list", "--format", "{start-date}\t{title}", "--day-format", "", "2026-11-01", "1500d",
    ])
    #expect(listed.status == 0, "\(listed.stderr)")
    let shown = Set(listed.stdout.split(separator: "\n").map(String.init))
    for item in Commitment.all(in: plan) {
      guard let day = item.due else { continue }
      #expect(shown.contains("\(day.iso)\t\(item.title)"), "\(item.title) on \(day.iso)")
    }
  }
}
