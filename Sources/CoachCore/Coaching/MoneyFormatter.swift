/// Formats amounts of money for people: `$85,000`, `€60,000.50`, `85,000 CHF`.
public enum MoneyFormatter {
  /// Formats `amount` with thousands separators, cents only when there are
  /// any, and the currency's symbol when it has a common one.
  public static func format(_ amount: Double, currency: String? = nil) -> String {
    // Beyond what cents in an Int64 can hold, plain digits (never a trap).
    guard amount.isFinite, abs(amount) < 1e15 else {
      return (currency.map { "\($0) " } ?? "$") + formatNumber(amount)
    }
    let negative = amount < 0
    let cents = Int64((abs(amount) * 100).rounded())
    var text = grouped(cents / 100)
    if cents % 100 != 0 {
      let c = cents % 100
      text += "." + (c < 10 ? "0\(c)" : "\(c)")
    }
    let sign = negative ? "-" : ""
    switch currency {
    case nil, "USD": return "\(sign)$\(text)"
    case "EUR": return "\(sign)€\(text)"
    case "GBP": return "\(sign)£\(text)"
    case "JPY": return "\(sign)¥\(text)"
    case "INR": return "\(sign)₹\(text)"
    case let code?: return "\(sign)\(text) \(code)"
    }
  }

  /// Formats a plain number: whole numbers without decimals, others with up
  /// to two.
  public static func formatNumber(_ value: Double) -> String {
    guard value.isFinite else { return String(value) }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    if abs(value) >= 1e15 { return String(value) }
    let hundredths = (value * 100).rounded() / 100
    var text = String(hundredths)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }

  /// `1234567` as `1,234,567`.
  public static func grouped(_ value: Int64) -> String {
    let digits = Array(String(abs(value)))
    var out = ""
    for (i, d) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(d)
    }
    return value < 0 ? "-" + out : out
  }
}
