/// The digits-and-separators part of a number or an amount of money.
enum DecimalText {
  /// The value of text made of digits, `,`, `.`, spaces and `'` only.
  ///
  /// With both `,` and `.`, the later one is the decimal mark ("1,234.56",
  /// "60.000,50"). Spaces and `'` group thousands ("120 000", "1'000").
  /// With `dotGroupsThousands`, a lone dot before exactly three digits
  /// groups thousands too ("60.000"), as it does in money.
  static func value(_ text: String, dotGroupsThousands: Bool) -> Double? {
    let groupers: Set<Character> = [" ", "'", "\u{00A0}", "\u{202F}", "_"]
    let s = String(text.filter { !groupers.contains($0) })
    guard let firstChar = s.first, firstChar.isNumber || firstChar == "." || firstChar == ",",
      s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
      s.contains(where: { $0.isNumber })
    else { return nil }
    // Spaces may only stand between groups of three digits.
    if text.contains(where: { groupers.contains($0) }) {
      let groups = text.split(whereSeparator: { groupers.contains($0) })
      guard groups.dropFirst().allSatisfy({ $0.prefix { $0.isNumber }.count == 3 }) else {
        return nil
      }
    }
    let commas = s.filter { $0 == "," }.count
    let dots = s.filter { $0 == "." }.count
    var plain: String
    if commas > 0, dots > 0 {
      let lastComma = s.lastIndex(of: ",") ?? s.startIndex
      let lastDot = s.lastIndex(of: ".") ?? s.startIndex
      let (decimal, group): (Character, Character) = lastDot > lastComma ? (".", ",") : (",", ".")
      guard s.filter({ $0 == decimal }).count == 1, validGroups(s, group, decimal) else {
        return nil
      }
      plain = String(s.filter { $0 != group }.map { $0 == decimal ? "." : $0 })
    } else if commas > 0 {
      plain = groupsOfThree(s, ",") ? s.replacing(",", with: "") : s.replacing(",", with: ".")
    } else if dots > 1 || (dots == 1 && dotGroupsThousands && groupsOfThree(s, ".")) {
      guard groupsOfThree(s, ".") else { return nil }
      plain = s.replacing(".", with: "")
    } else {
      plain = s
    }
    guard plain.filter({ $0 == "." }).count <= 1 else { return nil }
    if plain.hasPrefix(".") { plain = "0" + plain }
    if plain.hasSuffix(".") { plain.removeLast() }
    return Double(plain)
  }

  /// Whether `sep` splits `s` into a head of 1-3 digits and groups of three.
  static func groupsOfThree(_ s: String, _ sep: Character) -> Bool {
    let parts = s.split(separator: sep, omittingEmptySubsequences: false)
    guard parts.count > 1, let head = parts.first, (1...3).contains(head.count) else {
      return false
    }
    return parts.dropFirst().allSatisfy { $0.count == 3 }
  }

  static func validGroups(_ s: String, _ group: Character, _ decimal: Character) -> Bool {
    let whole = s.split(separator: decimal, omittingEmptySubsequences: false)[0]
    return groupsOfThree(String(whole), group)
  }
}
