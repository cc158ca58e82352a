import CoachCore
import Foundation
import Testing

/// The shared phrase set that `bench/deadline_compare.py` also runs through
/// two Python parsers, so the accuracies in `docs/deadlines.md` compare like
/// with like.
struct DeadlinePhraseFixtureTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

  static func rows() throws -> [(phrase: String, expected: String)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/deadline-phrases.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count == 2 else { return nil }
      return (String(cols[0]), String(cols[1]))
    }
  }

  @Test func atLeastNinetyFivePercentOfRealPhrasesAreRight() throws {
    let rows = try Self.rows()
    #expect(rows.count >= 120)
    var wrong: [String] = []
    for row in rows {
      let got = DeadlineParser.parse(row.phrase, today: Self.today)?.iso ?? "none"
      if got != row.expected { wrong.append("\(row.phrase): got \(got), want \(row.expected)") }
    }
    let accuracy = Double(rows.count - wrong.count) / Double(rows.count)
    print("swift DeadlineParser: \(rows.count - wrong.count)/\(rows.count) right")
    for line in wrong { print("  wrong: \(line)") }
    #expect(accuracy >= 0.95, "\(wrong)")
  }
}
