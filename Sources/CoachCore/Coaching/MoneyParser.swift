/// An amount of money and, when the text said, its ISO 4217 currency.
public struct MoneyAmount: Hashable, Sendable {
  public var amount: Double
  public var currency: String?

  public init(amount: Double, currency: String? = nil) {
    self.amount = amount
    self.currency = currency
  }
}

/// Parses amounts of money as people type them: "$85k", "85,000",
/// "€60.000,50", "60.000,50 €", "£1.2m", "85000 USD", "120 000",
/// "$42.50/hr".
///
/// A rate such as "/hr" or "a year" is dropped: what the amount is per is
/// the question's business. A lone dot before exactly three digits groups
/// thousands ("€60.000"), since nobody types money to a tenth of a cent.
public enum MoneyParser {
  /// Symbols and words, longest first so "us$" wins over "$".
  static let currencies: [(String, String)] = [
    ("us$", "USD"), ("ca$", "CAD"), ("c$", "CAD"), ("au$", "AUD"), ("a$", "AUD"),
    ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("jpy", "JPY"), ("inr", "INR"),
    ("chf", "CHF"), ("cad", "CAD"), ("aud", "AUD"), ("dollars", "USD"), ("dollar", "USD"),
    ("euros", "EUR"), ("euro", "EUR"), ("pounds", "GBP"), ("pound", "GBP"), ("yen", "JPY"),
    ("rupees", "INR"), ("rupee", "INR"), ("rs.", "INR"), ("rs", "INR"), ("francs", "CHF"),
    ("fr.", "CHF"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"),
  ]

  /// What an amount is per; dropped.
  static let rates = [
    "per hour", "an hour", "a year", "per year", "per annum", "a month", "per month",
    "per week", "a week", "per day", "a day", "/hour", "/hr", "/h", "/year", "/yr", "/y",
    "/month", "/mo", "/week", "/wk", "/day", "p.a.", "pa", "hourly", "annually", "yearly",
  ]

  static let multipliers: [(String, Double)] = [
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("grand", 1e3), ("mm", 1e6),
    ("mn", 1e6), ("bn", 1e9), ("k", 1e3), ("m", 1e6), ("b", 1e9),
  ]

  public static func parse(_ text: String) -> MoneyAmount? {
    var s = text.trimmingSpaces.lowercased()
    var negative = false
    var currency: String?
    var multiplier = 1.0
    var changed = true
    while changed {
      changed = false
      s = s.trimmingSpaces
      if s.hasPrefix("-") || s.hasPrefix("−") {
        negative = true
        s.removeFirst()
        changed = true
      }
      for rate in rates where s.hasSuffix(rate) && s.count > rate.count {
        let before = s.dropLast(rate.count)
        // "pa" and "/h" must stand apart from the amount's own letters.
        if rate.first?.isLetter == true, let c = before.last, c.isLetter { continue }
        s = String(before)
        changed = true
        break
      }
      for (word, code) in currencies where currency == nil {
        if s.hasPrefix(word), isBoundary(s.dropFirst(word.count).first, after: word) {
          s.removeFirst(word.count)
        } else if s.hasSuffix(word), isBoundary(s.dropLast(word.count).last, after: word) {
          s.removeLast(word.count)
        } else {
          continue
        }
        currency = code
        changed = true
        break
      }
      for (word, factor) in multipliers where multiplier == 1 && s.hasSuffix(word) {
        let before = s.dropLast(word.count)
        guard let c = before.last, c.isNumber || c == " " else { continue }
        s = String(before)
        multiplier = factor
        changed = true
        break
      }
    }
    // "1.2m" and "1.500k": with a multiplier the dot is a decimal point.
    guard let value = DecimalText.value(s.trimmingSpaces, dotGroupsThousands: multiplier == 1)
    else { return nil }
    let amount = (value * multiplier * 100).rounded() / 100
    return MoneyAmount(amount: negative ? -amount : amount, currency: currency)
  }

  /// A code or word must not run into other letters ("usd" in "usdx").
  static func isBoundary(_ next: Character?, after word: String) -> Bool {
    guard let next, word.last?.isLetter == true else { return true }
    return !next.isLetter
  }
}
