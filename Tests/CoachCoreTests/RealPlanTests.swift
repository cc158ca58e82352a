import Foundation
import Testing

@testable import CoachCore

/// The plan the bundled scripts really make (`RealPlanFixture`): its
/// commitments and its golden exports.
@Suite struct RealPlanTests {
  static func plan() throws -> Plan { try RealPlanFixture.plan() }

  @Test(arguments: ExportFormat.allCases)
  func exportsMatchTheirGoldens(format: ExportFormat) throws {
    let plan = try Self.plan()
    try ExportGolden.check(
      format.render(plan), named: "real-\(format.rawValue).\(format.fileExtension)")
  }

  @Test func icsEventsMatchTheirGolden() throws {
    try ExportGolden.check(
      ExportFormat.ics.render(try Self.plan(), options: ExportOptions(events: true)),
      named: "real-ics-events.ics")
  }

  @Test func theKeysAreTheScriptsOwn() throws {
    let plan = try Self.plan()
    let milestones = plan.goals.flatMap(\.milestones).map(\.source)
    #expect(
      milestones == ["goals.milestones#1[1]", "goals.milestones#1[2]", "goals.milestones#1[3]"])
    #expect(plan.dates.contains { $0.key == "goals.milestone_due#1" })
  }

  /// The first milestone's day is answered by its own question: one
  /// commitment, not the milestone plus a to-do titled with the question.
  @Test func oneCommitmentPerThing() throws {
    let plan = try Self.plan()
    let all = Commitment.all(in: plan)
    #expect(!all.contains { $0.title.contains("By when") || $0.title.contains("?") })
    #expect(all.filter { $0.kind == .milestone }.count == 3)
    #expect(
      all.filter { $0.kind == .date }.map(\.title) == [
        "Rate your work-life balance again", "Review your career plan",
      ])
    #expect(Set(all.map(\.identity)).count == all.count)
    #expect(Commitment.scriptAndRound("goals.milestones#1[1]") == ("goals", "1"))
  }

  /// Milestones skipped but the first one's day given: one milestone,
  /// titled in words, not with the question.
  @Test func aSkippedMilestoneListStillGivesOnePlainMilestone() throws {
    var answers = try RealPlanFixture.answers()
    let index = try #require(
      answers.firstIndex(of: "Finish management course, Mentor a junior, Lead a project"))
    answers[index] = "/skip"
    let plan = PlanBuilder(machine: try RealPlanFixture.engine(answers: answers, session: "s"))
      .build()
    let milestones = Commitment.all(in: plan).filter { $0.kind == .milestone }
    #expect(milestones.map(\.title) == ["The first milestone"])
    #expect(milestones.first?.due != nil)
    #expect(!Commitment.all(in: plan).contains { $0.title.contains("?") })
  }

  @Test func titlesAndDescriptionsArePlainWords() throws {
    let plan = try Self.plan()
    for item in Commitment.all(in: plan) {
      for text in [item.title, item.context, ICSExporter.description(item)] {
        #expect(!text.contains("Press Enter"), "\(text)")
        #expect(!text.contains("For example"), "\(text)")
        #expect(!text.contains(".") || !text.contains("#"), "\(text)")
        #expect(!text.contains(item.source), "\(text)")
      }
    }
  }

  /// A later session of the same plan (same planID, another session id)
  /// gives the same ids, so an import updates instead of doubling.
  @Test func idsSurviveALaterSessionOfThePlan() throws {
    var first = try Self.plan()
    first.planID = "plan-ada"
    var later = first
    later.sessionID = "20270301-090000-ada"
    for format in [ExportFormat.ics, .csv, .taskwarrior, .org, .todotxt] {
      #expect(format.render(first) == format.render(later), "\(format)")
    }
  }

  /// Emacs's own Org parser (emacs-nox in batch mode) reads a DEADLINE for
  /// every dated commitment, and the undated ones as checkboxes.
  @Test(ExportToolRunner.needs(program: "emacs", from: "emacs-nox"))
  func emacsOrgModeParsesTheDeadlines() throws {
    let plan = try Self.plan()
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plan.org")
    try Data(ExportFormat.org.render(plan).utf8).write(to: file)
    let lisp = """
      (progn
        (require 'org)
        (find-file (car command-line-args-left))
        (org-mode)
        (org-map-entries
         (lambda ()
           (let ((d (org-entry-get nil "DEADLINE")))
             (when d
               (princ (format "D\\t%s\\t%s\\t%s\\n" (org-get-heading t t t t) d
                              (org-entry-get nil "ID")))))))
        (goto-char (point-min))
        (while (re-search-forward org-list-full-item-re nil t)
          (princ (format "C\\t%s\\n" (string-trim (buffer-substring (match-end 0) (line-end-position)))))))
      """
    let result = try #require(
      ExportToolRunner.run(
        ["emacs", "--batch", "-Q", "--eval", lisp, file.path],
        environment: [
          "HOME": directory.path,
          "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]))
    #expect(result.status == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").map {
      $0.split(separator: "\t").map(String.init)
    }
    let deadlines = rows.filter { $0.first == "D" }
    let all = Commitment.all(in: plan)
    let dated = all.filter { $0.due != nil }
    #expect(deadlines.count == dated.count)
    for item in dated {
      let day = try #require(item.due)
      let row = deadlines.first { $0.count == 4 && $0[3] == item.uuid(in: plan) }
      #expect(row?[1] == item.title, "\(item.title)")
      #expect(row?[2].hasPrefix("<\(OrgExporter.timestamp(day))") == true, "\(row ?? [])")
    }
    let checkboxes = rows.filter { $0.first == "C" }.map { $0.dropFirst().joined() }
    for item in all where item.due == nil {
      #expect(checkboxes.contains { $0.hasPrefix(item.title) }, "\(item.title)")
    }
    #expect(deadlines.contains { $0[2].contains("+1m") })
  }

  /// csvkit reads the CSV as the header says, one row per commitment.
  @Test(ExportToolRunner.needs(program: "csvjson", from: "csvkit"))
  func csvkitReadsTheCSV() throws {
    let plan = try Self.plan()
    let result = try #require(
      ExportToolRunner.run(["csvjson", "--no-inference"], stdin: ExportFormat.csv.render(plan)))
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let all = Commitment.all(in: plan)
    #expect(rows.count == all.count)
    #expect(rows.map { $0["id"] as? String } == all.map { $0.uuid(in: plan) })
    #expect(rows.map { $0["title"] as? String } == all.map(\.title))
    #expect(rows.map { ($0["due"] as? String) ?? "" } == all.map { $0.due?.iso ?? "" })
    let hostile = try #require(
      ExportToolRunner.run(
        ["csvjson", "--no-inference"], stdin: ExportFormat.csv.render(ExportFixture.rich)))
    #expect(hostile.status == 0, "\(hostile.stderr)")
    #expect(hostile.stdout.contains("'=cmd|' /C calc'!A0"))
  }

  @Test func todoTxtLinesCarryDueProjectAndID() throws {
    let plan = try Self.plan()
    let lines = ExportFormat.todotxt.render(plan).split(separator: "\n").map(String.init)
    let all = Commitment.all(in: plan)
    #expect(lines.count == all.count)
    for (line, item) in zip(lines, all) {
      #expect(line.hasPrefix("2026-11-25 " + item.title + " +coach"))
      #expect(line.contains(" @\(item.kind.rawValue)"))
      #expect(line.hasSuffix(" id:" + item.uuid(in: plan)))
      if let due = item.due { #expect(line.contains(" due:\(due.iso)")) }
    }
    #expect(lines.contains { $0.contains("+goal1") && $0.contains("@milestone") })
    #expect(lines.contains { $0.contains("Attend HIMSS 2027") && $0.contains(" rec:1m ") })
    #expect(
      TodoTxtExporter.text("Call +Sam @home 10:30")
        == "Call +\u{2060}Sam @\u{2060}home 10\u{2060}:30")
  }
}
