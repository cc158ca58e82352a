import Testing

@testable import CoachCore

/// `/plan` on a terminal: golden renderings with and without styles, and
/// the properties every rendering keeps (the width, no Markdown, no keys).
@Suite struct TerminalPlanTests {
  static func plain(_ lines: [StyledLine]) -> String {
    lines.map(\.plain).joined(separator: "\n") + "\n"
  }

  /// The styles written as `[b]…[/]` and `[dim]…[/]`, so a golden file
  /// shows them.
  static func marked(_ lines: [StyledLine]) -> String {
    lines.map { line in
      line.rendered(open: { $0 == .bold ? "[b]" : "[dim]" }, close: "[/]")
    }.joined(separator: "\n") + "\n"
  }

  @Test func realPlanMatchesItsGolden() throws {
    let lines = TerminalPlanRenderer(width: 80).render(try RealPlanFixture.plan())
    try ExportGolden.check(Self.plain(lines), named: "real-terminal.txt")
    try ExportGolden.check(Self.marked(lines), named: "real-terminal-styled.txt")
  }

  @Test func richPlanMatchesItsGoldenAtSixtyColumns() throws {
    let lines = TerminalPlanRenderer(width: 60).render(ExportFixture.rich)
    try ExportGolden.check(Self.plain(lines), named: "rich-terminal-60.txt")
  }

  @Test func emptyPlanSaysSo() {
    let text = Self.plain(TerminalPlanRenderer().render(ExportFixture.empty))
    #expect(text.contains("Nothing answered yet."))
  }

  @Test(arguments: [40, 60, 80, 100])
  func noLineIsWiderThanTheWidth(width: Int) throws {
    for plan in [ExportFixture.rich, try RealPlanFixture.plan()] {
      for line in TerminalPlanRenderer(width: width).render(plan) {
        // Only a single word longer than the width may stick out.
        let longest = line.plain.split(separator: " ").map(\.count).max() ?? 0
        #expect(line.width <= width || longest > width / 3, "\(line.plain)")
      }
    }
  }

  @Test func noMarkdownAndNoKeys() throws {
    let plan = try RealPlanFixture.plan()
    let text = Self.plain(TerminalPlanRenderer().render(plan))
    for markup in ["**", "\\", "| ---", "## ", "_Session", "- [ ]", "`"] {
      #expect(!text.contains(markup), "\(markup)")
    }
    for key in plan.answers.keys { #expect(!text.contains(key), "\(key)") }
    #expect(!text.contains("goals.title#"))
  }

  @Test func lowConfidenceReadsAsLowNotMissing() throws {
    var plan = ExportFixture.empty
    var goal = Goal(title: "Run a marathon", source: "goals.title#1")
    goal.achievable = "low (2 of 5)"
    goal.smart = SmartFacets(
      specific: true, measurable: true, achievable: false, relevant: nil, timeBound: true)
    plan.goals = [goal]
    let text = Self.plain(TerminalPlanRenderer().render(plan))
    let row = text.split(separator: "\n").first { $0.contains("Achievable") }
    #expect(row?.contains("⚠ weak") == true)
    #expect(row?.hasSuffix("low (2 of 5)") == true)
    #expect(!text.contains("⚠ missing"))
    #expect(ExportFormat.markdown.render(plan).contains("| Achievable | low (2 of 5) | ⚠ weak |"))
  }

  @Test func wrapKeepsStylesAndIndents() {
    let lines = StyledLine.wrap(
      [.init("Verdict: "), .init("a step in your career", .bold), .init(" and more words here")],
      width: 20, first: "  ", rest: "    ")
    #expect(
      lines.map(\.plain) == ["  Verdict: a step in", "    your career and", "    more words here"])
    #expect(lines[0].spans.last == .init("a step in", .bold))
    #expect(lines[1].spans.prefix(2) == [.init("    "), .init("your career", .bold)])
  }
}
