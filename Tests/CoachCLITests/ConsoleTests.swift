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
      "averyveryveryverylongwordthatcannotbreak\nok"
    ),
    ("first\nsecond line stays", 40, "first\nsecond line stays"),
  ])
  func wrapsAtWordBoundaries(text: String, width: Int, expected: String) {
    #expect(Console.wrap(text, width: width) == expected)
  }
}
