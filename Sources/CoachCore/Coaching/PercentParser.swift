/// Parses percentages: "12%", "0.5 %", "12", "12 percent". The value is
/// kept as typed, so "12%" is 12, not 0.12.
public enum PercentParser {
  public static func parse(_ text: String) -> Double? {
    var s = text.trimmingSpaces.lowercased()
    for suffix in ["%", "percent", "per cent", "pct"] where s.hasSuffix(suffix) {
      s.removeLast(suffix.count)
      break
    }
    return NumberParser.parse(s)
  }
}
