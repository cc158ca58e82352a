/// One word of a deadline phrase after normalising.
struct DeadlineToken: Hashable, Sendable {
  /// The lower-cased word, or the digits as typed.
  var text: String
  /// A cardinal number: digits, a number word, "a", "a couple of", "a few".
  var number: Int?
  /// A number with a fraction, such as 1.5 (also set for whole numbers).
  var amount: Double?
  /// An ordinal: "30th", "thirtieth", "first".
  var ordinal: Int?
  /// Set for a written year such as '27; digits of four count as years too.
  var isYear = false
  /// A numeric date such as 30/06/2027 or 2027-06-30, kept whole.
  var isNumericDate = false

  init(_ text: String) { self.text = text }

  init(number: Int, text: String? = nil) {
    self.text = text ?? String(number)
    self.number = number
    self.amount = Double(number)
  }

  /// The year this token names: four digits from 1900 to 2199, or '27.
  var year: Int? {
    guard let n = number else { return nil }
    if isYear { return n }
    if text.count == 4, (1900...2199).contains(n) { return n }
    return nil
  }
}

/// Turns what a person typed into tokens the deadline rules can match.
///
/// The rules match words, so everything that varies without changing the
/// meaning is smoothed here: case, punctuation, "twenty-four" and "24",
/// "30th" and "thirtieth", "a couple of" and "2", and the filler words
/// "the" and "of" that people put anywhere ("the end of the quarter").
enum DeadlineLexer {
  /// The phrase's tokens, remembered by text: a goal's deadline is looked
  /// for in its words on each day it is analysed, and again in the words
  /// its sentence says back (`GoalSentence.withoutDeadline`), often the
  /// same text.
  static func tokens(_ phrase: String) -> [DeadlineToken] {
    tokenized.value(phrase) { tokensFresh(phrase) }
  }

  private static let tokenized = AnalysisMemo<String, [DeadlineToken]>()

  /// `tokens` without the memo.
  static func tokensFresh(_ phrase: String) -> [DeadlineToken] {
    var out: [DeadlineToken] = []
    for raw in rawWords(phrase.lowercased()) {
      out.append(contentsOf: classified.value(raw) { classify(raw) })
    }
    return combineNumbers(out).filter { $0.text != "the" && $0.text != "of" }
  }

  /// The tokens of each word, remembered: `classify` is a pure function of
  /// the word, and a session lexes the same words of a goal again and
  /// again (its deadline is searched for in the goal, in parts of it and in
  /// its sentence), each costing a typo look-up.
  private static let classified = AnalysisMemo<String, [DeadlineToken]>()

  /// Splits on spaces and punctuation, keeping "1,200", "30/06/2027",
  /// "1.5" and "'27" whole.
  static func rawWords(_ text: String) -> [String] {
    if text.isPlainASCII { return asciiRawWords(Array(text.utf8)) }
    // A dash between words or numbers ("2 – 4 weeks") is "to".
    let chars = Array(
      text.replacing("’", with: "'").replacing("‘", with: "'").replacing(" – ", with: " to ")
        .replacing(" — ", with: " to ").replacing(" - ", with: " to ").replacing("–", with: "-"))
    var words: [String] = []
    var current = ""
    for (i, c) in chars.enumerated() {
      let prevDigit = i > 0 && chars[i - 1].isNumber
      let nextDigit = i + 1 < chars.count && chars[i + 1].isNumber
      let keep: Bool
      switch c {
      case ",", ".", ":": keep = prevDigit && nextDigit
      case "/", "-", "'": keep = true
      default: keep = c.isLetter || c.isNumber
      }
      if keep {
        current.append(c)
      } else if !current.isEmpty {
        words.append(current)
        current = ""
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// `rawWords` of an ASCII text, on its bytes: the same words, as every
  /// Character there is one byte (but "\r\n", which splits words either
  /// way) and no replacement but " - " applies.
  static func asciiRawWords(_ text: [UInt8]) -> [String] {
    var chars: [UInt8] = []
    chars.reserveCapacity(text.count + 8)
    var k = 0
    while k < text.count {
      if k + 2 < text.count, text[k] == space, text[k + 1] == dash, text[k + 2] == space {
        chars.append(contentsOf: [space, UInt8(ascii: "t"), UInt8(ascii: "o"), space])
        k += 3
      } else {
        chars.append(text[k])
        k += 1
      }
    }
    func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    func isLetter(_ b: UInt8) -> Bool {
      (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
        || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
    var words: [String] = []
    var start: Int?
    for (i, c) in chars.enumerated() {
      let keep: Bool
      switch c {
      case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ":"):
        keep = i > 0 && isDigit(chars[i - 1]) && i + 1 < chars.count && isDigit(chars[i + 1])
      case UInt8(ascii: "/"), dash, UInt8(ascii: "'"): keep = true
      default: keep = isLetter(c) || isDigit(c)
      }
      if keep {
        if start == nil { start = i }
      } else if let from = start {
        words.append(String(decoding: chars[from..<i], as: UTF8.self))
        start = nil
      }
    }
    if let from = start { words.append(String(decoding: chars[from...], as: UTF8.self)) }
    return words
  }

  private static let space = UInt8(ascii: " ")
  private static let dash = UInt8(ascii: "-")

  static func classify(_ raw: String) -> [DeadlineToken] {
    var word = raw
    while word.hasPrefix("-") || word.hasPrefix("/") { word.removeFirst() }
    while word.hasSuffix("-") || word.hasSuffix("/") || word.hasSuffix("'") { word.removeLast() }
    if word.isEmpty { return [] }
    if let short = DeadlineVocabulary.shortForms[word] {
      return short.isEmpty ? [] : [DeadlineToken(short)]
    }
    // '27 is a year; any other apostrophe is possessive ("year's", "weeks'").
    if word.hasPrefix("'") {
      let rest = word.dropFirst()
      if rest.count == 2, let n = Int(rest) {
        var t = DeadlineToken(number: 2000 + n)
        t.isYear = true
        return [t]
      }
      word = String(rest)
    }
    if word.hasSuffix("'s") { word.removeLast(2) }
    if word.contains("'" as Character) { word.removeAll { $0 == "'" } }
    let hasLetter = word.holdsLetter
    let hasDigit = word.holdsNumber
    if !hasLetter, word.contains(where: { $0 == "/" || $0 == "-" || $0 == "." }),
      word.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).count >= 2
    {
      if let d = Double(word), word.contains("." as Character) {
        var t = DeadlineToken(word)
        t.amount = d
        return [t]
      }
      var t = DeadlineToken(word)
      t.isNumericDate = true
      return [t]
    }
    if hasLetter, word.contains("-" as Character) || word.contains("/" as Character) {
      // "Jan/Feb", "Q1/Q2", "spring/summer" are one or the other; "Jan-Feb"
      // runs to the second: ranges, whose later end the rules take.
      let parts = word.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
      if parts.count == 2, parts.allSatisfy(DeadlineVocabulary.isDateWord) {
        return classify(parts[0]) + [DeadlineToken(word.contains("/" as Character) ? "or" : "to")]
          + classify(parts[1])
      }
      return parts.flatMap { classify($0) }
    }
    if !hasLetter {
      // "30,2027" is two numbers; "1,200" is one.
      let groups = word.split(separator: ",", omittingEmptySubsequences: false)
      if groups.count > 1, groups.dropFirst().contains(where: { $0.count != 3 }) {
        return groups.flatMap { classify(String($0)) }
      }
      let digits = word.filter { $0 != "," }
      if let n = Int(digits) { return [DeadlineToken(number: n, text: digits)] }
      return [DeadlineToken(word)]
    }
    if hasDigit { return splitDigitsAndLetters(word) }
    word = DeadlineVocabulary.corrected(word)
    if let o = NumberWords.ordinals[word] {
      var t = DeadlineToken(word)
      t.ordinal = o
      return [t]
    }
    return [DeadlineToken(word)]
  }

  /// "30th" is an ordinal, "6months" is "6 months", "q3" and "h1" stay whole.
  static func splitDigitsAndLetters(_ word: String) -> [DeadlineToken] {
    let first = word.prefix { $0.isNumber }
    let rest = word.dropFirst(first.count)
    if first.isEmpty || rest.contains(where: { $0.isNumber }) { return [DeadlineToken(word)] }
    guard let n = Int(first) else { return [DeadlineToken(word)] }
    if ["st", "nd", "rd", "th"].contains(String(rest)) {
      var t = DeadlineToken(word)
      t.ordinal = n
      return [t]
    }
    return [DeadlineToken(number: n, text: String(first))] + classify(String(rest))
  }

  /// Joins number words ("twenty four" is 24) and the words for small
  /// vague counts.
  static func combineNumbers(_ tokens: [DeadlineToken]) -> [DeadlineToken] {
    combineHundreds(combineSmall(tokens))
  }

  /// "a hundred days", "one hundred and twenty days", "2 hundred".
  static func combineHundreds(_ tokens: [DeadlineToken]) -> [DeadlineToken] {
    var out: [DeadlineToken] = []
    var i = 0
    while i < tokens.count {
      if tokens[i].text == "hundred" {
        let times = out.last?.number ?? 1
        if out.last?.number != nil { out.removeLast() }
        var n = times * 100
        i += 1
        if i + 1 < tokens.count, tokens[i].text == "and", let rest = tokens[i + 1].number,
          rest < 100
        {
          n += rest
          i += 2
        } else if i < tokens.count, let rest = tokens[i].number, rest < 100,
          tokens[i].text.allSatisfy(\.isLetter)
        {
          n += rest
          i += 1
        }
        out.append(DeadlineToken(number: n))
        continue
      }
      out.append(tokens[i])
      i += 1
    }
    return out
  }

  static func combineSmall(_ tokens: [DeadlineToken]) -> [DeadlineToken] {
    var out: [DeadlineToken] = []
    var i = 0
    func text(_ k: Int) -> String? { k < tokens.count ? tokens[k].text : nil }
    while i < tokens.count {
      let t = tokens[i]
      if (t.text == "a" || t.text == "an"), text(i + 1) == "couple" {
        out.append(DeadlineToken(number: 2))
        i += text(i + 2) == "of" ? 3 : 2
      } else if t.text == "couple" {
        out.append(DeadlineToken(number: 2))
        i += text(i + 1) == "of" ? 2 : 1
      } else if (t.text == "a" || t.text == "an"), text(i + 1) == "few" {
        out.append(DeadlineToken(number: 3))
        i += 2
      } else if t.text == "few" {
        out.append(DeadlineToken(number: 3))
        i += 1
      } else if (t.text == "a" || t.text == "an"), text(i + 1) == "dozen" {
        out.append(DeadlineToken(number: 12))
        i += 2
      } else if t.text == "a" || t.text == "an" {
        out.append(DeadlineToken(number: 1, text: t.text))
        i += 1
      } else if let tens = NumberWords.tens[t.text] {
        if let next = text(i + 1), let unit = NumberWords.units[next], unit < 10, unit > 0 {
          out.append(DeadlineToken(number: tens + unit))
          i += 2
        } else if let next = text(i + 1), let o = NumberWords.ordinals[next], o < 10 {
          var ord = DeadlineToken(next)
          ord.ordinal = tens + o
          out.append(ord)
          i += 2
        } else {
          out.append(DeadlineToken(number: tens))
          i += 1
        }
      } else if let n = NumberWords.units[t.text] {
        // "one" keeps its word: "one day" alone means someday, "1 day" does not.
        out.append(DeadlineToken(number: n, text: t.text == "one" ? "one" : nil))
        i += 1
      } else {
        out.append(t)
        i += 1
      }
    }
    return out
  }
}
