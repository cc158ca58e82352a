import CoachCore
import Foundation
import Testing

/// Accuracy on sets labelled blind, by someone who never saw the parsers'
/// rules (`Fixtures/heldout/`). The parsers were not tuned on them before
/// the first measurement; docs/deadlines.md and docs/smart.md give both
/// the first and the current figures.
@Suite struct HeldOutTests {
  static let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

  static func rows(_ name: String, columns: Int) throws -> [[String]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/heldout/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cols.count == columns ? cols : nil
    }
  }

  @Test func deadlinePhrases() throws {
    let rows = try Self.rows("deadline-phrases.tsv", columns: 2)
    #expect(rows.count >= 150)
    var wrong: [String] = []
    for row in rows {
      let got = DeadlineParser.parse(row[0], today: Self.today)?.iso ?? "none"
      if got != row[1] { wrong.append("\(row[0]): got \(got), want \(row[1])") }
    }
    print("held-out deadlines: \(rows.count - wrong.count)/\(rows.count) right")
    for line in wrong { print("  wrong: \(line)") }
    #expect(Double(rows.count - wrong.count) / Double(rows.count) >= 0.95, "\(wrong)")
  }

  @Test func smartFacets() throws {
    let rows = try Self.rows("smart-goals.tsv", columns: 4)
    #expect(rows.count >= 120)
    var agree = 0
    var wrong: [String] = []
    for row in rows {
      let f = SmartAnalyzer.analyze(goal: row[0], today: Self.today).facets
      let got = [f.specific, f.measurable, f.timeBound].map { $0 ? "yes" : "no" }
      for (i, name) in ["specific", "measurable", "timeBound"].enumerated() {
        if got[i] == row[i + 1] { agree += 1 } else { wrong.append("\(row[0]): \(name) \(got[i])") }
      }
    }
    let total = rows.count * 3
    print("held-out SMART facets: \(agree)/\(total) agree")
    for line in wrong { print("  differs: \(line)") }
    #expect(Double(agree) / Double(total) >= 0.95, "\(wrong)")
  }
}
