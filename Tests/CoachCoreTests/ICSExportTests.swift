import Foundation
import Testing

@testable import CoachCore

/// The iCalendar export checked against RFC 5545 by hand, and imported by a
/// real iCalendar library.
@Suite struct ICSExportTests {
  static let text = ExportFormat.ics.render(ExportFixture.rich)

  /// Physical lines, without their CRLF.
  static var physicalLines: [Substring] {
    var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { Substring(decoding: $0, as: UTF8.self) }
    if lines.last == "" { lines.removeLast() }
    return lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
  }

  /// Content lines, unfolded (RFC 5545 section 3.1).
  static var contentLines: [String] {
    var out: [String] = []
    for line in physicalLines {
      if line.hasPrefix(" "), !out.isEmpty {
        out[out.count - 1] += line.dropFirst()
      } else {
        out.append(String(line))
      }
    }
    return out
  }

  @Test func everyLineEndsWithCRLF() {
    let bytes = Array(Self.text.utf8)
    #expect(bytes.suffix(2) == [13, 10])
    for (i, byte) in bytes.enumerated() {
      if byte == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
      if byte == 13 { #expect(i + 1 < bytes.count && bytes[i + 1] == 10) }
    }
  }

  @Test func linesAreFoldedAt75OctetsOnCharacterBoundaries() throws {
    let raw = Self.text.utf8.split(separator: 10).map { Array($0.dropLast()) }
    #expect(raw.contains { $0.count == 75 }, "the fixture should make at least one full line")
    for line in raw {
      #expect(line.count <= 75)
      // A fold inside a UTF-8 sequence would leave invalid UTF-8 on a line.
      #expect(String(validating: line, as: UTF8.self) != nil)
    }
  }

  @Test func calendarHasTheRequiredProperties() {
    let lines = Self.contentLines
    #expect(lines.first == "BEGIN:VCALENDAR")
    #expect(lines.last == "END:VCALENDAR")
    for required in ["VERSION:2.0", "PRODID:-//coach//Career plan//EN", "CALSCALE:GREGORIAN"] {
      #expect(lines.filter { $0 == required }.count == 1)
    }
  }

  @Test func everyTodoHasOneUIDStampSummaryAndDueDate() throws {
    let todos = Self.todos
    #expect(todos.count == Commitment.all(in: ExportFixture.rich).count)
    var uids: Set<String> = []
    for todo in todos {
      for name in ["UID", "DTSTAMP", "SUMMARY", "DESCRIPTION"] {
        #expect(todo.filter { $0.hasPrefix(name + ":") }.count == 1, "\(name) in \(todo)")
      }
      let uid = try #require(todo.first { $0.hasPrefix("UID:") })
      #expect(
        uid.wholeMatch(
          of: /UID:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil)
      // Never newer than the person's own edits, and never a status that
      // would mark a finished to-do as not done on re-import.
      #expect(todo.contains("SEQUENCE:0"))
      #expect(todo.contains("LAST-MODIFIED:20261125T000000Z"))
      #expect(!todo.contains { $0.hasPrefix("STATUS") })
      uids.insert(uid)
      #expect(todo.contains("DTSTAMP:20261125T000000Z"))
      for due in todo.filter({ $0.hasPrefix("DUE") }) {
        #expect(due.wholeMatch(of: /DUE;VALUE=DATE:\d{8}/) != nil)
      }
    }
    #expect(uids.count == todos.count)
    #expect(todos.filter { !$0.contains { $0.hasPrefix("DUE") } }.count == 2)
  }

  @Test func textValuesAreEscaped() {
    for line in Self.contentLines
    where line.hasPrefix("SUMMARY:") || line.hasPrefix("DESCRIPTION:") {
      let value = line.drop { $0 != ":" }.dropFirst()
      var escaped = false
      for c in value {
        if escaped {
          #expect("\\;,nN".contains(c), "bad escape in \(line)")
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else {
          #expect(c != ";" && c != ",", "unescaped \(c) in \(line)")
        }
      }
      #expect(!escaped)
    }
    let summaries = Self.contentLines.filter { $0.hasPrefix("SUMMARY:") }.map {
      Self.unescape(String($0.dropFirst("SUMMARY:".count)))
    }
    #expect(summaries == Commitment.all(in: ExportFixture.rich).map(\.title))
  }

  @Test func uidsAreStableAndDependOnTheSession() {
    var other = ExportFixture.rich
    other.actions.removeAll { $0.source == "next.action#3" }
    let uid = { (plan: Plan) in
      Set(ExportFormat.ics.render(plan).split(separator: "\r\n").filter { $0.hasPrefix("UID:") })
    }
    #expect(uid(other).isSubset(of: uid(ExportFixture.rich)))
    #expect(uid(other).count == uid(ExportFixture.rich).count - 1)
    other.sessionID = "another"
    #expect(uid(other).isDisjoint(with: uid(ExportFixture.rich)))
  }

  @Test(arguments: [
    ("a;b,c\\d\ne", "a\\;b\\,c\\\\d\\ne"),
    ("red \u{1B}[31m", "red [31m"),
    ("plain", "plain"),
  ])
  func escaping(input: String, expected: String) {
    #expect(input.icsEscaped == expected)
  }

  @Test func foldingNeverSplitsACharacter() {
    let line = "SUMMARY:" + String(repeating: "é", count: 40) + String(repeating: "👩‍💻", count: 10)
    let folded = line.icsFolded
    let pieces = folded.utf8.split(separator: 10).map { Array($0.dropLast()) }
    #expect(pieces.allSatisfy { $0.count <= 75 && String(validating: $0, as: UTF8.self) != nil })
    #expect(pieces[0].count == 74)  // 8 + 33 × 2: one more "é" would make 76.
    #expect(pieces.dropFirst().allSatisfy { $0.first == UInt8(ascii: " ") })
    let unfolded = pieces.enumerated().flatMap {
      $0.offset == 0 ? $0.element[...] : $0.element.dropFirst()
    }
    #expect(String(decoding: unfolded, as: UTF8.self) == line)
    // The woman-technologist emoji (11 octets) is never split across lines.
    #expect(
      pieces.allSatisfy { String(decoding: $0, as: UTF8.self).unicodeScalars.last != "\u{200D}" })
  }

  @Test(ExportToolRunner.needs(python: "icalendar", from: "icalendar"))
  func importsIntoPythonICalendar() throws {
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.ics")
    try Data(Self.text.utf8).write(to: file)
    let script = """
      import datetime, json, sys
      from icalendar import Calendar
      cal = Calendar.from_ical(open(sys.argv[1], "rb").read())
      todos = []
      for todo in cal.walk("VTODO"):
          due = todo.get("DUE")
          if due is not None:
              assert type(due.dt) is datetime.date, due.dt
          todos.append({"uid": str(todo["UID"]), "summary": str(todo["SUMMARY"]),
                        "description": str(todo["DESCRIPTION"]),
                        "due": due.dt.isoformat() if due is not None else None})
      print(json.dumps(todos))
      """
    let result = try #require(ExportToolRunner.run(["python3", "-c", script, file.path]))
    #expect(result.status == 0, "\(result.stderr)")
    let todos = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let commitments = Commitment.all(in: ExportFixture.rich)
    #expect(todos.map { $0["summary"] as? String } == commitments.map(\.title))
    #expect(todos.map { $0["description"] as? String } == commitments.map(ICSExporter.description))
    #expect(todos.map { $0["due"] as? String } == commitments.map(\.due?.iso))
  }

  static var todos: [[String]] {
    var out: [[String]] = []
    var current: [String]?
    for line in contentLines {
      if line == "BEGIN:VTODO" {
        current = []
      } else if line == "END:VTODO", let todo = current {
        out.append(todo)
        current = nil
      } else {
        current?.append(line)
      }
    }
    return out
  }

  static func unescape(_ value: String) -> String {
    var out = ""
    var escaped = false
    for c in value {
      if escaped {
        out.append(c == "n" || c == "N" ? "\n" : c)
        escaped = false
      } else if c == "\\" {
        escaped = true
      } else {
        out.append(c)
      }
    }
    return out
  }
}
