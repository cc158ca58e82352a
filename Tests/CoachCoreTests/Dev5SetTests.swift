import CoachCore
import Foundation
import Testing

/// The fifth round's development set (`Fixtures/dev5/`, issue 11): 382
/// deadline phrases and 229 goals written and labelled for 2026-12-02
/// under en_US, from the same instructions as blind5 but by another
/// helper, who saw neither the rules nor any other set. The rules are tuned
/// on two thirds of each file; every third row (rows 3, 6, 9, …) is held
/// out and prints only its totals, so it keeps saying how the rules do on
/// phrasing they were not tuned on.
@Suite struct Dev5SetTests {
  static let today = CalendarDay(year: 2026, month: 12, day: 2) ?? CalendarDay(dayNumber: 0)
  static let options = DeadlineOptions(numericOrder: .monthFirst)

  static func rows(_ name: String, columns: Int) throws -> [[String]] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/dev5/\(name)")
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      return cols.count == columns ? cols : nil
    }
  }

  /// The tuned two thirds and the held-out third of `rows`.
  static func split(_ rows: [[String]]) -> (tuned: [[String]], heldOut: [[String]]) {
    let indexed = rows.enumerated()
    return (
      indexed.filter { ($0.offset + 1) % 3 != 0 }.map(\.element),
      indexed.filter { ($0.offset + 1) % 3 == 0 }.map(\.element)
    )
  }

  static func deadlineMisses(_ rows: [[String]]) -> [String] {
    rows.compactMap { row in
      let got = DeadlineParser.read(row[0], today: today, options: options)?.day.iso ?? "none"
      return got == row[1] ? nil : "\(row[0]): got \(got), want \(row[1])"
    }
  }

  @Test func deadlinePhrases() throws {
    let (tuned, heldOut) = Self.split(try Self.rows("deadline-phrases.tsv", columns: 2))
    #expect(tuned.count + heldOut.count == 382)
    let tunedMisses = Self.deadlineMisses(tuned)
    let heldOutRight = heldOut.count - Self.deadlineMisses(heldOut).count
    print("dev5 deadlines tuned: \(tuned.count - tunedMisses.count)/\(tuned.count) right")
    print("dev5 deadlines held-out third: \(heldOutRight)/\(heldOut.count) right")
    for miss in tunedMisses { print("  dev5 deadline wrong: \(miss)") }
    #expect(tuned.count - tunedMisses.count >= Self.deadlineTunedFloor)
    #expect(heldOutRight >= Self.deadlineHeldOutFloor)
  }

  @Test func smartFacets() throws {
    let (tuned, heldOut) = Self.split(try Self.rows("smart-goals.tsv", columns: 4))
    #expect(tuned.count + heldOut.count == 229)
    let t = SmartDevSetTests.score(tuned, today: Self.today)
    let h = SmartDevSetTests.score(heldOut, today: Self.today)
    print(SmartDevSetTests.line("dev5 SMART tuned", tuned, t.right))
    print(SmartDevSetTests.line("dev5 SMART held-out third", heldOut, h.right))
    for miss in t.misses { print("  dev5 SMART differs: \(miss)") }
    #expect(t.right.reduce(0, +) >= Self.smartTunedFloor)
    #expect(h.right.reduce(0, +) >= Self.smartHeldOutFloor)
  }

  /// The figures when last measured, less a small margin.
  static let deadlineTunedFloor = 240
  static let deadlineHeldOutFloor = 108
  static let smartTunedFloor = 443
  static let smartHeldOutFloor = 217
}
