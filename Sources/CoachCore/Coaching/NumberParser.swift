/// Parses the numbers people type: "12", "1,200", "3.5", "-2", " 7 ",
/// "twelve".
///
/// A comma is a thousands separator when every group after it has three
/// digits ("1,200"); a single comma followed by one or two digits is a
/// decimal comma ("3,5" is 3.5). A dot is always the decimal point here
/// (money has its own rules, in `MoneyParser`).
public enum NumberParser {
  public static func parse(_ text: String) -> Double? {
    var s = text.trimmingSpaces
    guard !s.isEmpty else { return nil }
    if s.allSatisfy({ $0.isLetter || $0 == "-" || $0 == " " }) {
      return numberWords(s.lowercased()).map(Double.init)
    }
    var negative = false
    if let first = s.first, first == "-" || first == "−" || first == "+" {
      negative = first != "+"
      s.removeFirst()
      s = s.trimmingSpaces
    }
    guard let value = DecimalText.value(s, dotGroupsThousands: false) else { return nil }
    return negative ? -value : value
  }

  /// "twelve", "twenty-four", "ninety nine".
  static func numberWords(_ s: String) -> Int? {
    let words = s.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    switch words.count {
    case 1: return NumberWords.units[words[0]] ?? NumberWords.tens[words[0]]
    case 2:
      guard let t = NumberWords.tens[words[0]], let u = NumberWords.units[words[1]], u < 10
      else { return nil }
      return t + u
    default: return nil
    }
  }
}
