import Testing

@testable import CoachCLI

/// `coach sessions` and `coach scripts` line their columns up in terminal
/// columns, so a title in CJK or with an emoji does not push the next
/// column out of line.
@Suite struct TextTableTests {
  @Test func columnsLineUpInTerminalColumns() {
    let lines = TextTable(columns: ["ID", "TITLE", "N"]).render([
      ["goals", "Goals", "12"],
      ["目標", "キャリア目標", "3"],
      ["fun", "Fun 👩‍💻", "1"],
    ])
    #expect(
      lines == [
        "ID     TITLE         N",
        "goals  Goals         12",
        "目標   キャリア目標  3",
        "fun    Fun 👩‍💻        1",
      ])
  }
}
