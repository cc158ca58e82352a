import CoachCore
import Foundation
import Testing

/// Accuracy on the blind sets (`Fixtures/blind2/` to `Fixtures/blind6/`),
/// each written and labelled by someone who never saw the rules and
/// committed before any tuning it measures. The tests print only the
/// totals, never a row: the rules must not be tuned on a set that reports,
/// so that it keeps measuring. docs/deadlines.md and docs/smart.md give the
/// figures before and after.
///
/// blind2, blind3 and blind4 have since been read for tuning, so only
/// blind5 measures unseen phrasing now; the floors of the others keep the
/// ground they gained.
@Suite struct BlindSetTests {
  struct BlindSet: Sendable, CustomTestStringConvertible {
    var folder: String
    var today: CalendarDay
    var phrases: Int
    var goals: Int
    /// The figures reached when the set was last measured, less a small
    /// margin: a change that loses ground on unseen phrasing fails.
    var deadlineFloor: Int
    var smartFloor: Int
    /// How its labeller read numeric dates: blind5 was written for en_US
    /// (month first), the earlier sets without a locale (the default).
    var numericOrder: NumericDateOrder = .dayFirst

    var testDescription: String { folder }
  }

  static let sets = [
    BlindSet(
      folder: "blind2", today: day(2026, 11, 25), phrases: 248, goals: 164,
      deadlineFloor: 231, smartFloor: 484),
    BlindSet(
      folder: "blind3", today: day(2026, 12, 2), phrases: blind3Phrases, goals: blind3Goals,
      deadlineFloor: blind3DeadlineFloor, smartFloor: blind3SmartFloor),
    BlindSet(
      folder: "blind5", today: day(2026, 12, 2), phrases: blind5Phrases, goals: blind5Goals,
      deadlineFloor: blind5DeadlineFloor, smartFloor: blind5SmartFloor,
      numericOrder: .monthFirst),
    BlindSet(
      folder: "blind6", today: day(2026, 12, 2), phrases: blind6Phrases, goals: blind6Goals,
      deadlineFloor: blind6DeadlineFloor, smartFloor: blind6SmartFloor,
      numericOrder: .monthFirst),
    BlindSet(
      folder: "dev6", today: day(2026, 12, 2), phrases: dev6Phrases, goals: dev6Goals,
      deadlineFloor: dev6DeadlineFloor, smartFloor: dev6SmartFloor,
      numericOrder: .monthFirst),
  ]

  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day) ?? CalendarDay(dayNumber: 0)
  }

  static func rows(_ set: BlindSet, _ name: String, columns: Int) throws -> [[String]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(set.folder)/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cols.count == columns ? cols : nil
    }
  }

  @Test(arguments: sets) func deadlinePhrases(_ set: BlindSet) throws {
    let rows = try Self.rows(set, "deadline-phrases.tsv", columns: 2)
    #expect(rows.count == set.phrases)
    let right = rows.filter { row in
      let options = DeadlineOptions(numericOrder: set.numericOrder)
      return (DeadlineParser.read(row[0], today: set.today, options: options)?.day.iso ?? "none")
        == row[1]
    }.count
    print("\(set.folder) deadlines: \(right)/\(rows.count) right")
    #expect(right >= set.deadlineFloor, "\(set.folder) deadlines: \(right)/\(rows.count)")
  }

  /// The fourth set holds goals only (SMART, issue 11's third round): the
  /// deadline figure of blind3 met the target untuned.
  static let smartSets =
    sets + [
      BlindSet(
        folder: "blind4", today: day(2026, 12, 2), phrases: 0, goals: blind4Goals,
        deadlineFloor: 0, smartFloor: blind4SmartFloor)
    ]

  @Test(arguments: smartSets) func smartFacets(_ set: BlindSet) throws {
    let rows = try Self.rows(set, "smart-goals.tsv", columns: 4)
    #expect(rows.count == set.goals)
    var agree = [0, 0, 0]
    for row in rows {
      let f = SmartAnalyzer.analyze(goal: row[0], today: set.today).facets
      let got = [f.specific, f.measurable, f.timeBound].map { $0 ? "yes" : "no" }
      for i in 0..<3 where got[i] == row[i + 1] { agree[i] += 1 }
    }
    let total = agree.reduce(0, +)
    print(
      "\(set.folder) SMART: specific \(agree[0])/\(rows.count),"
        + " measurable \(agree[1])/\(rows.count),"
        + " time-bound \(agree[2])/\(rows.count), all \(total)/\(rows.count * 3)")
    #expect(total >= set.smartFloor, "\(set.folder) SMART facets: \(total)/\(rows.count * 3)")
  }

  static let blind3Phrases = 283
  static let blind3Goals = 169
  static let blind3DeadlineFloor = 271
  static let blind3SmartFloor = 499
  static let blind4Goals = 175
  static let blind4SmartFloor = 495
  /// blind5 (issue 11, fifth round): written and labelled for 2026-12-02
  /// under en_US by a helper who saw neither the rules nor any other set,
  /// committed before the round that it measures.
  static let blind5Phrases = 281
  static let blind5Goals = 185
  static let blind5DeadlineFloor = 261
  static let blind5SmartFloor = 519
  /// blind6 (issue 11, sixth round): written and labelled for 2026-12-02
  /// under en_US from the product's labelling conventions only, by a helper
  /// who saw neither the rules, the docs nor any other set; committed before
  /// it was first measured: 301/308 deadlines, 643/660 SMART facets.
  static let blind6Phrases = 308
  static let blind6Goals = 220
  static let blind6DeadlineFloor = 298
  static let blind6SmartFloor = 638
  /// dev6: written for tuning by a second helper from the same brief, but
  /// no rule changed in the sixth round, so it is a second unseen set.
  static let dev6Phrases = 414
  static let dev6Goals = 263
  static let dev6DeadlineFloor = 400
  static let dev6SmartFloor = 756
}
