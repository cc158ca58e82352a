import Foundation
import Testing

@testable import CoachCore

/// The deadline search that looks up only the leads and trails the words
/// can take finds, on thousands of generated sentences, what the plain
/// search that tries every lead and trail finds.
@Suite struct DeadlineSearchPropertyTests {
  /// Words of the deadline vocabularies, numbers and dates, and ordinary
  /// words, for sentences that mix them. Gathered from the tables here, not
  /// from `DeadlineParser.ruleWords`: a word that set lacked would then be
  /// missing from the sentences too, and the test could not see the gap.
  static let vocabulary: [String] = {
    var words = Set(DeadlineParser.leads.joined()).union(DeadlineParser.trails.joined())
    words.formUnion(DeadlineParser.ignored)
    words.formUnion(DeadlineParser.starters)
    words.formUnion(DeadlineRules.modifiers.flatMap(\.0))
    words.formUnion(DeadlineRules.abbreviations.keys)
    words.formUnion(DeadlineRules.relativeDayWords)
    words.formUnion(DeadlineRules.relativePeriodWords)
    words.formUnion(DeadlineRules.rangeSeparators)
    words.formUnion(DeadlineRules.timesOfDay)
    words.formUnion(DeadlineRules.durationSuffixes.joined())
    words.formUnion(DeadlineVocabulary.months.keys)
    words.formUnion(DeadlineVocabulary.weekdays.keys)
    words.formUnion(DeadlineVocabulary.seasons.keys)
    words.formUnion(DeadlineVocabulary.holidayWords)
    words.formUnion(DeadlineDuration.units.keys)
    words.formUnion(NumberWords.units.keys)
    words.formUnion(DeadlineParser.repeatingWords)
    words.formUnion(DeadlineParser.continuingWords)
    words.formUnion(DeadlineParser.hedges)
    words.formUnion([
      "3", "12", "2027", "2031", "30/06/2027", "2027-06", "06/30", "9th", "1st", "q3", "h2",
      "fy27", "17:00", "5pm", "2-3", "'27", "school", "back", "starts", "fiscal", "from", "now",
      "get", "aws", "certified", "finish", "my", "thesis", "run", "a", "marathon", "team", "lead",
      "and", "with", "promoted", "I", "want", "to", "learn", "Spanish", ",", ".",
    ])
    return words.sorted()
  }()

  static let days = [
    CalendarDay(dayNumber: 0), CalendarDay(dayNumber: 20_000), CalendarDay(dayNumber: 20_454),
  ]

  @Test(arguments: 0..<4)
  func fastSearchFindsWhatThePlainSearchFinds(seed: Int) {
    var random = SeededRandom(seed: UInt64(seed))
    let words = Self.vocabulary
    var found = 0
    for _ in 0..<1_500 {
      let count = Int.random(in: 1...12, using: &random)
      let sentence = (0..<count).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }
        .joined(separator: " ")
      let today = Self.days[Int.random(in: 0..<Self.days.count, using: &random)]
      let fast = DeadlineParser.findFresh(in: sentence, today: today)
      let plain = DeadlineParser.findFresh(in: sentence, today: today, plain: true)
      #expect(fast?.day == plain?.day && fast?.phrase == plain?.phrase, "\(sentence)")
      if fast != nil { found += 1 }
      let tokens = DeadlineLexer.tokens(sentence)
      for pass in [DeadlineParser.SearchPass.afterLead, .strong, .named] {
        let a = DeadlineParser.search(tokens, today: today, pass: pass, options: DeadlineOptions())
        let b = DeadlineParser.search(
          tokens, today: today, pass: pass, options: DeadlineOptions(), plain: true)
        #expect(a?.match.day == b?.match.day && a?.words == b?.words, "\(pass) \(sentence)")
        #expect(a?.match.strong == b?.match.strong && a?.match.range == b?.match.range)
      }
    }
    // The sentences name deadlines often enough to compare days, not only `nil`s.
    #expect(found > 150)
  }
}

/// `DeadlineParser.ruleWords` holds every word the rules spell out, so the
/// windows `search` skips for holding another word name no day.
@Suite struct DeadlineRuleWordsTests {
  static let ruleFiles = [
    "DeadlineRules.swift", "DeadlineRules+Periods.swift", "DeadlineRules+Ranges.swift",
    "DeadlineDuration.swift", "DeadlineParser+Resolve.swift",
  ]

  /// The one-word string literals in the code (not the comments) of a file.
  static func literals(in file: String) throws -> [String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/CoachCore/Coaching/\(file)")
    let text = try String(contentsOf: url, encoding: .utf8)
    var words: [String] = []
    for line in text.split(separator: "\n") {
      let code = line.trimmingCharacters(in: .whitespaces)
      guard !code.hasPrefix("//") else { continue }
      let parts = code.split(separator: "\"", omittingEmptySubsequences: false)
      for k in stride(from: 1, to: parts.count, by: 2) {
        let w = String(parts[k])
        if !w.isEmpty, w.allSatisfy({ $0.isLowercase || $0.isNumber || "/'-".contains($0) }) {
          words.append(w)
        }
      }
    }
    return words
  }

  @Test(arguments: ruleFiles)
  func everySpelledWordIsARuleWord(file: String) throws {
    let words = try Self.literals(in: file)
    #expect(!words.isEmpty)
    // Prefixes the rules read a token's letters by, and the characters
    // they split numeric dates at: no words.
    let notWords: Set<String> = ["fy", "q", "h", "-", "/"]
    for w in words where !notWords.contains(w) {
      #expect(DeadlineParser.ruleWords.contains(w), "'\(w)' in \(file)")
    }
  }

  @Test func otherWordsAreNotRead() {
    for w in ["certified", "aws", "marathon", "promoted", "spanish"] {
      #expect(!DeadlineParser.mayBeRead(DeadlineToken(w)))
    }
    for w in ["fy27", "q03", "june", "by", "2027"] {
      #expect(DeadlineParser.mayBeRead(DeadlineLexer.tokens(w)[0]))
    }
  }
}
