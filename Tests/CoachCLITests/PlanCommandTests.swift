import Testing

/// `/plan` in a session through a pipe: terminal text wrapped to COLUMNS,
/// no escapes (not a terminal), no Markdown, no keys; skipped questions
/// open, the rest still to come.
@Suite struct PlanCommandTests {
  @Test func planMidSessionIsTerminalText() throws {
    let dir = try TemporaryDirectory()
    let fixture = try DefaultPathTests.fixture("default-path-answers.txt")
    var answers = fixture.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if answers.last == "" { answers.removeLast() }
    // Skip the field, then show the plan a few answers on.
    answers[2] = "/skip"
    let input = Array(answers.prefix(20)) + ["/plan", "/quit"]
    let run = try CoachProcess.run(
      ["--data-dir", dir.path + "/data"], input: ReplayTests.lines(input),
      environment: ["COACH_PROMPTS": "", "COLUMNS": "60", "COACH_NOW": "2026-11-25T09:00:00Z"])
    #expect(run.status == 0, "\(run.stderr)")
    let start = try #require(run.stdout.range(of: "Career plan"))
    let end = try #require(
      run.stdout.range(of: "\nNotes\n", range: start.upperBound..<run.stdout.endIndex)
        ?? run.stdout.range(of: "Still to come", range: start.upperBound..<run.stdout.endIndex))
    let plan = String(run.stdout[start.lowerBound..<end.upperBound])
    #expect(!plan.contains("\u{1B}"))
    for markup in ["**", "| ---", "## ", "`", "- [ ]"] {
      #expect(!plan.contains(markup), "\(markup)")
    }
    #expect(!plan.contains("path.field"))
    for line in plan.split(separator: "\n") { #expect(line.count <= 60, "\(line)") }
    let open = try #require(plan.range(of: "Open questions"))
    let later = try #require(plan.range(of: "Still to come"))
    #expect(open.upperBound < later.lowerBound)
    #expect(plan[open.upperBound..<later.lowerBound].contains("industry"))
    #expect(plan[later.upperBound...].contains("Work-life balance"))
    #expect(!plan[open.upperBound..<later.lowerBound].contains("balance"))
  }
}
