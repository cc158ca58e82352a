import Foundation
import Testing

@testable import CoachCore

/// Every row of every fixture set through the SMART analysis and the
/// deadline parser, rendered compactly and compared with
/// `Golden/analysis/fixtures.txt`, generated on the code before its speed
/// work (issue 12). Making an analysis faster or remembered must change
/// nothing it finds: not a facet, a word of an action or measure, a
/// deadline's day or phrase, a prompt or a sentence.
@Suite struct AnalysisGoldenTests {
  static let today = CalendarDay(year: 2026, month: 12, day: 2) ?? CalendarDay(dayNumber: 0)
  static let vision = "lead a data team in healthcare analytics"
  static let usOptions = DeadlineOptions(numericOrder: .monthFirst, academicYearStart: 8)

  /// The fixture files whose first column (or, for a `.txt`, whose every
  /// line) is a goal or a phrase, in a fixed order. Never a set that
  /// reports (blind5): a golden of its rows would show, in the next diff,
  /// which of them a change turns.
  static let sets = [
    "deadline-phrases.tsv", "blind2/deadline-phrases.tsv", "blind2/smart-goals.tsv",
    "blind3/deadline-phrases.tsv", "blind3/smart-goals.tsv", "blind4/smart-goals.tsv",
    "dev3/smart-goals.tsv", "heldout/deadline-phrases.tsv", "heldout/smart-goals.tsv",
    "probe4/fresh.tsv", "probe4/smart-goals.tsv", "real-plan-answers.txt",
    "dev5/deadline-phrases.tsv", "dev5/smart-goals.tsv",
  ]

  /// The texts of one set: a `.tsv`'s first column after its header, a
  /// `.txt`'s lines that are not empty.
  static func texts(_ set: String) throws -> [String] {
    let lines = try Goldens.fixture(set).split(separator: "\n").map(String.init)
    guard set.hasSuffix(".tsv") else { return lines.filter { !$0.isEmpty } }
    return lines.dropFirst().compactMap { line in
      line.split(separator: "\t", omittingEmptySubsequences: false).first.map(String.init)
    }
  }

  /// One text's results on one line each, indented under the text.
  static func render(_ text: String) -> String {
    let a = SmartAnalyzer.analyze(goal: text, today: today, confidence: 0.7, vision: vision)
    let f = a.facets
    func flag(_ b: Bool?) -> String { b.map { $0 ? "1" : "0" } ?? "-" }
    let facets =
      "S\(flag(f.specific)) M\(flag(f.measurable)) A\(flag(f.achievable))"
      + " R\(flag(f.relevant)) T\(flag(f.timeBound)) weak[\(f.weak.joined(separator: ","))]"
    let prompts = a.missingPrompts.map { String($0.prefix(12)) }.joined(separator: "|")
    func found(_ x: (day: CalendarDay, phrase: String)?) -> String {
      x.map { "\($0.day.iso) '\($0.phrase)'" } ?? "none"
    }
    func reading(_ r: DeadlineReading?) -> String {
      guard let r else { return "none" }
      return "\(r.day.iso) '\(r.phrase)' range=\(flag(r.isRange))"
        + " order=\(r.numericOrder?.rawValue ?? "-") ambiguous=\(flag(r.numericWasAmbiguous))"
    }
    let sentence = GoalSentence.sentence(
      words: text, specific: nil, measure: a.measure, deadline: a.deadline)
    return [
      text,
      "  smart: \(facets) action='\(a.action ?? "-")' measure='\(a.measure ?? "-")'"
        + " deadline=\(a.deadline?.iso ?? "-") prompts=\(prompts)",
      "  find: \(found(DeadlineParser.find(in: text, today: today)))"
        + " smart-deadline: \(found(SmartWords.deadline(in: text, today: today)))",
      "  read: \(reading(DeadlineParser.read(text, today: today)))",
      "  read-us: \(reading(DeadlineParser.read(text, today: today, options: usOptions)))",
      "  without: '\(GoalSentence.withoutDeadline(text))' sentence: '\(sentence)'",
      "  vague: specific=\(flag(SmartAnalyzer.isVague(text, as: "specific")))"
        + " measurable=\(flag(SmartAnalyzer.isVague(text, as: "measurable")))",
    ].joined(separator: "\n")
  }

  @Test func everyFixtureRowAnalysesAsBefore() throws {
    var out: [String] = []
    var rows = 0
    for set in Self.sets {
      let texts = try Self.texts(set)
      out.append("# \(set): \(texts.count) rows")
      out += texts.map(Self.render)
      rows += texts.count
    }
    #expect(rows > 1_900)
    try Goldens.files.check(out.joined(separator: "\n") + "\n", path: "analysis/fixtures.txt")
  }
}
