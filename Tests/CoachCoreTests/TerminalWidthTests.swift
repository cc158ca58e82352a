import Testing

@testable import CoachCore

/// Terminal layout counts columns, not characters: CJK and emoji take two,
/// combining marks and joiners none; text without spaces still breaks; a
/// line break in an answer never glues two words; narrow terminals stack
/// rows rather than squeeze a column.
@Suite struct TerminalWidthTests {
  @Test func widthsAreTerminalColumns() {
    #expect("abc".displayWidth == 3)
    #expect("日本語".displayWidth == 6)
    #expect("👩‍💻".displayWidth == 2)
    #expect("❤️".displayWidth == 2)
    #expect("e\u{301}".displayWidth == 1)
    #expect("Ｆｕｌｌ".displayWidth == 8)
    #expect("한국어".displayWidth == 6)
    #expect(StyledLine("👩‍💻 dev").width == 6)
  }

  @Test func noLineIsWiderThanTheTerminal() {
    let texts = [
      String(repeating: "日本語の文章です", count: 12),
      String(repeating: "👩‍💻 coder ", count: 20),
      String(repeating: "x", count: 150),
      "short " + String(repeating: "abcdefghij", count: 9) + " end",
    ]
    for text in texts {
      let lines = StyledLine.wrap([.init(text)], width: 40, first: "  ", rest: "    ")
      #expect(lines.allSatisfy { $0.width <= 40 }, "\(lines.map(\.plain))")
      let joined = lines.map(\.plain).joined()
      #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
    }
    let cjk = StyledLine.wrap([.init(String(repeating: "語", count: 30))], width: 40)
    #expect(cjk.map(\.width) == [40, 20])
  }

  @Test func aLineBreakInAnAnswerIsASpace() {
    var plan = ExportFixture.empty
    plan.profile.role = Sourced("alpha beta\ngamma", source: "path.role")
    plan.goals = [Goal(title: "one\ntwo", source: "goals.title#1")]
    plan.networking.items = [
      NetworkingItem(channel: "meet\nups", detail: "say\nhello", source: "n.i")
    ]
    let text = TerminalPlanRenderer(width: 80).render(plan).map(\.plain)
    #expect(text.contains("  Role  alpha beta gamma"))
    #expect(text.contains("  Goal 1: one two"))
    #expect(text.contains("  • meet ups: say hello"))
    #expect(!text.joined(separator: "\n").contains("betagamma"))
    let console = [StyledLine("a\nb")].map { StyledLine.oneLine($0.plain) }
    #expect(console == ["a b"])
  }

  @Test func aNarrowTerminalStacksRows() {
    var plan = ExportFixture.empty
    plan.actions = [
      Action(
        title: "Ask my manager about leading the Q1 dashboard project",
        due: CalendarDay(year: 2027, month: 2, day: 25), source: "n.a")
    ]
    let lines = TerminalPlanRenderer(width: 40).render(plan).map(\.plain)
    let start = lines.firstIndex(of: "Next actions").map { $0 + 2 } ?? 0
    #expect(
      Array(lines[start...].prefix(3)) == [
        "  ☐  Thu 25 Feb 2027",
        "    Ask my manager about leading the Q1",
        "    dashboard project",
      ])
    #expect(lines.contains("  Thu 25 Feb 2027  Next action"))
    // Rows that fit stay on one line, in columns when every row fits.
    plan.profile.name = Sourced("Ada", source: "p.n")
    plan.profile.reviewDate = Sourced(ExportFixture.day("2027-02-25"), source: "p.r")
    let profile = TerminalPlanRenderer(width: 40).render(plan).map(\.plain)
    #expect(profile.contains("  Name                 Ada"))
    #expect(profile.contains("  Review this plan on  Thu 25 Feb 2027"))
    #expect(lines.allSatisfy { $0.displayWidth <= 40 })
  }

  @Test func theRichPlanFitsFortyColumns() {
    for plan in [ExportFixture.rich] {
      let lines = TerminalPlanRenderer(width: 40).render(plan)
      #expect(lines.allSatisfy { $0.width <= 40 }, "\(lines.filter { $0.width > 40 }.map(\.plain))")
    }
  }
}
