import CoachCore
import Testing

@testable import CoachCLI

@Suite struct ConsoleTests {
  @Test(arguments: [
    ("short line", 30, "short line"),
    (
      "the quick brown fox jumps over the lazy dog and keeps running", 25,
      "the quick brown fox jumps\nover the lazy dog and\nkeeps running"
    ),
    (
      "  1) early   2) mid   3) senior and more words here", 22,
      "  1) early 2) mid 3)\n  senior and more\n  words here"
    ),
    (
      "averyveryveryverylongwordthatcannotbreak ok", 21,
      "averyveryveryverylong\nwordthatcannotbreak\nok"
    ),
    ("日本語の文章をここで折り返します", 22, "日本語の文章をここで折\nり返します"),
    ("👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻 ok", 21, "👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻\n👩‍💻 ok"),
    ("first\nsecond line stays", 40, "first\nsecond line stays"),
  ])
  func wrapsAtWordBoundaries(text: String, width: Int, expected: String) {
    #expect(Console.wrap(text, width: width) == expected)
  }

  @Test func styledLinesBecomeEscapesOnlyWithColours() {
    let lines = [
      StyledLine([.init("Profile", .bold)]),
      StyledLine([.init("  "), .init("Name", .dim), .init("  Ada \u{1B}[31mred")]),
    ]
    #expect(
      Console.text(of: lines, colors: true)
        == "\u{1B}[1mProfile\u{1B}[0m\n  \u{1B}[2mName\u{1B}[0m  Ada [31mred\n")
    #expect(Console.text(of: lines, colors: false) == "Profile\n  Name  Ada [31mred\n")
  }

  @Test func layoutWidthFollowsColumns() {
    #expect(Console.layoutWidth(environment: ["COLUMNS": "60"]) == 60)
    #expect(Console.layoutWidth(environment: ["COLUMNS": "300"]) == 100)
    // Not a number, and no terminal under the tests: the default.
    let fallback = Console.layoutWidth(environment: ["COLUMNS": "wide"])
    #expect(fallback == Console.terminalWidth())
  }
}
