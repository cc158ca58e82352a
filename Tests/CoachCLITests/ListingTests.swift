import Foundation
import Testing

/// `coach scripts` and `coach sessions` (names, columns, --json, rm), and
/// `export -o` taking the format from the file's extension.
@Suite struct ListingTests {
  static let checkinAnswers =
    "Ada Lovelace\n3\nearly\nGrace\nin six weeks\nGet AWS certified by June 2027\n"

  @Test func scriptsShowsSummariesInAlignedColumns() throws {
    let run = try CoachProcess.run(["scripts"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("ID          TITLE ") == true, "\(lines)")
    let goals = try #require(lines.first { $0.hasPrefix("goals ") })
    #expect(goals.contains("Vision and SMART goals"))
    #expect(goals.hasSuffix("Picture five years ahead, then set SMART goals with milestones."))
    // Every column starts at the same place on every line.
    let column = try #require(lines[0].range(of: "SUMMARY")).lowerBound.utf16Offset(in: lines[0])
    let summary = try #require(goals.range(of: "Picture")).lowerBound.utf16Offset(in: goals)
    #expect(column == summary)
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func sessionsShowsTheNameAndPrintsJSON() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: Self.checkinAnswers)
    let table = try CoachProcess.run(["sessions", "--data-dir", data])
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first?.hasPrefix("ID                    NAME          STARTED ") == true, "\(lines)")
    #expect(lines.count == 2)
    #expect(lines.last?.contains("  Ada Lovelace  2026-11-25 09:00") == true)
    let json = try CoachProcess.run(["sessions", "--json", "--data-dir", data])
    #expect(json.status == 0)
    let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    let first = try #require(list?.first)
    #expect(first["name"] as? String == "Ada Lovelace")
    #expect(first["answers"] as? Int == 6)
    #expect(first["finished"] as? Bool == true)
    #expect(first["started"] as? String == "2026-11-25T09:00:00Z")
    #expect(first["scriptsDone"] as? [String] == ["checkin"])
  }

  @Test func sessionsRmNeedsYesWithoutATerminal() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: Self.checkinAnswers)
    let id = try #require(try dir.sessions().first)
    let refused = try CoachProcess.run(["sessions", "rm", id, "--data-dir", data])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("standard input is not a terminal"))
    #expect(refused.stderr.contains("add --yes"))
    #expect(try dir.sessions() == [id])
    let unknown = try CoachProcess.run(["sessions", "rm", id, "nope", "--yes", "--data-dir", data])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no session 'nope'; nothing was deleted"))
    #expect(try dir.sessions() == [id])
    // --yes confirms a deletion; listing has none to confirm.
    let listing = try CoachProcess.run(["sessions", "--yes", "--data-dir", data])
    #expect(listing.status == 64)
    #expect(listing.stderr.hasPrefix("Error: Option '--yes' applies only to 'coach sessions rm'."))
    #expect(listing.stdout.isEmpty)
    let removed = try CoachProcess.run(["sessions", "rm", id, "--yes", "--data-dir", data])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(removed.stdout == "Deleted session \(id).\n")
    #expect(try dir.sessions().isEmpty)
  }

  @Test func sessionsRmAsksOnATerminal() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: Self.checkinAnswers)
    let id = try #require(try dir.sessions().first)
    var environment = PseudoTerminal.environment(home: dir.path)
    environment["NO_COLOR"] = "1"
    for (answer, kept) in [("n", true), ("y", false)] {
      let terminal = try PseudoTerminal(
        executable: CoachProcess.binary, arguments: ["sessions", "rm", id, "--data-dir", data],
        environment: environment)
      _ = try terminal.read(until: "This cannot be undone. [y/N] ", timeout: 10)
      terminal.send(answer + "\n")
      #expect(try terminal.waitForExit(timeout: 10) == 0)
      #expect(FileManager.default.fileExists(atPath: "\(data)/sessions/\(id)") == kept)
    }
  }

  @Test(arguments: [
    ("plan.html", "<!DOCTYPE html>"), ("plan.json", "{\n"), ("plan.md", "# "),
    ("plan.ics", "BEGIN:VCALENDAR"), ("plan.csv", "id,kind,"), ("plan.org", "#+TITLE:"),
    ("plan.txt", "2026-11-25 "),
  ])
  func exportTakesTheFormatFromTheExtension(_ name: String, _ start: String) throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: Self.checkinAnswers)
    let run = try CoachProcess.run(["export", "-o", dir.path + "/" + name, "--data-dir", data])
    #expect(run.status == 0, "\(run.stderr)")
    let written = try dir.read(name)
    #expect(written.hasPrefix(start), "\(written.prefix(80))")
  }

  @Test func exportToAnUnknownExtensionNamesTheFormats() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(["start", "checkin", "--data-dir", data], input: Self.checkinAnswers)
    let run = try CoachProcess.run(["export", "-o", dir.path + "/plan.pdf", "--data-dir", data])
    #expect(run.status == 64)
    #expect(
      run.stderr.hasPrefix(
        "Error: Cannot tell the format from '\(dir.path)/plan.pdf': give --format (markdown, json, html, ics, csv, taskwarrior, org, todotxt) or a file ending in .md, .json, .html, .ics, .csv, .org or .txt."
      ))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/plan.pdf"))
    let given = try CoachProcess.run(
      ["export", "-o", dir.path + "/plan.pdf", "--format", "markdown", "--data-dir", data])
    #expect(given.status == 0)
    // No extension at all: the default, Markdown.
    let bare = try CoachProcess.run(["export", "-o", dir.path + "/plan", "--data-dir", data])
    #expect(bare.status == 0, "\(bare.stderr)")
    #expect(try dir.read("plan").hasPrefix("# "))
  }
}
