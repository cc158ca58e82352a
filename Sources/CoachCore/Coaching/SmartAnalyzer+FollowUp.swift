/// The SMART check of a follow-up answer: the answer to "What exactly will
/// you do?" or "How will you track your progress?" is held to the facet it
/// was asked for, so "be good" or "not sure" is caught (`docs/smart.md`).
extension SmartAnalyzer {
  /// Whether `answer`, given for `facet` (`specific`, `measurable`), still
  /// lacks it.
  ///
  /// - specific: the answer must name a concrete action, by the same rule
  ///   as a goal's own words ("lead a team of 3 analysts" does, "be good"
  ///   does not).
  /// - measurable: a way of tracking is rarely a goal-like sentence
  ///   ("practice-exam scores", "weekly check-ins with my manager"), so only
  ///   a non-answer ("not sure", "no idea") or a hedge of a word or two with
  ///   no number and no result counts as vague.
  static func isVagueFresh(_ answer: String, as facet: String) -> Bool {
    let text = answer.trimmingSpaces.lowercased()
    let bare = text.filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "'" }
      .trimmingSpaces
    if bare.isEmpty || nonAnswers.contains(bare) { return true }
    if nonAnswerOpenings.contains(where: { bare.hasPrefix($0 + " ") || bare == $0 }) {
      return true
    }
    let words = SmartWords(answer)
    // A specific answer is said back in the goal's sentence, stripped.
    keptCounts.record(answer, words.typed.count)
    switch facet {
    case "specific":
      return !words.isSpecific
    case "measurable":
      if words.measure != nil || bare.contains(where: \.isNumber) { return false }
      let count = bare.split(separator: " ").count
      return count < 2
        || (count < 4 && bare.split(separator: " ").allSatisfy { vagueWords.contains(String($0)) })
    default:
      return false
    }
  }

  /// Whole answers that say "I don't know".
  static let nonAnswers: Set<String> = [
    "not sure", "no idea", "dunno", "idk", "don't know", "dont know", "i don't know",
    "i dont know", "nothing", "none", "n a", "na", "no", "maybe", "we'll see", "well see",
    "somehow", "i'll see", "ill see", "not yet", "unsure", "no clue", "who knows", "whatever",
    "i'll know", "ill know", "i'll just know", "you'll see", "good", "better", "be good",
    "be better", "do well", "do better", "do my best", "try", "try hard", "work hard",
    "feel it", "by feel", "by feeling", "i'll feel it", "gut feeling",
  ]

  /// Openings of a longer non-answer: "not sure yet", "no idea really".
  static let nonAnswerOpenings = [
    "not sure", "no idea", "i don't know", "i dont know", "don't know", "dont know", "no clue",
    "i'm not sure", "im not sure", "unsure",
  ]

  /// Words that on their own say nothing that could be tracked.
  static let vagueWords: Set<String> = [
    "just", "see", "how", "it", "goes", "feel", "feels", "better", "good", "well", "more",
    "things", "stuff", "somehow", "progress", "my", "the", "a", "ok", "okay", "fine", "i",
    "will", "know", "by", "be", "getting", "get",
  ]
}
