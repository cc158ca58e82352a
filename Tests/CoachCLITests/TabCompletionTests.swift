import CoachCLI
import Testing

/// Tab on a command's argument, and on the second item of a multiple
/// choice, with plain values.
@Suite struct TabCompletionTests {
  static let candidates =
    ["/help", "/goto", "/export", "/skip"]
    + ["/goto career", "/goto goals", "/goto balance", "/goto benefits"]
    + ["/export markdown", "/export html", "/export ics"]
    + ["career", "goals", "growth", "networking", "balance", "benefits"]

  static let cases: [(typed: String, expected: TabCompletion)] = [
    ("/goto c", .replace("/goto career")),
    ("/goto b", .list(["/goto balance", "/goto benefits"])),
    ("/goto ba", .replace("/goto balance")),
    ("/export h", .replace("/export html")),
    ("/ex", .replace("/export")),
    ("/", .list(["/help", "/goto", "/export", "/skip"])),
    ("/goto ", .list(["/goto career", "/goto goals", "/goto balance", "/goto benefits"])),
    ("career, ne", .replace("career, networking")),
    ("career,gr", .replace("career, growth")),
    ("career, g", .list(["goals", "growth"])),
    ("career, zz", .none),
    ("gro", .replace("growth")),
  ]

  @Test(arguments: cases.indices)
  func completes(index: Int) {
    let c = Self.cases[index]
    #expect(TabCompletion.complete(c.typed, among: Self.candidates) == c.expected, "\(c.typed)")
  }
}
