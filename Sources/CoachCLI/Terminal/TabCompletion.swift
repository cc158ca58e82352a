/// What Tab does with the text before the cursor, decided without a terminal
/// so that it can be tested with plain values.
///
/// The whole text before the cursor is the prefix, not just its last word:
/// options such as "Engineering manager" complete as one unit.
public enum TabCompletion: Equatable, Sendable {
  /// Nothing matches: beep.
  case none
  /// Replace the typed prefix with this text (a unique match, or the longest
  /// prefix all matches share, in the candidates' own spelling).
  case replace(String)
  /// Several candidates and nothing more to insert: show them.
  case list([String])

  /// Decides the completion of `typed` among `candidates`.
  ///
  /// Matching ignores case and leading spaces, so "se" and "Se" both reach
  /// "senior", and the inserted text takes the candidate's spelling.
  ///
  /// Candidates may hold a command with its argument ("/goto goals"): a
  /// list then shows only the next word's candidates, so Tab on "/" lists
  /// the commands and Tab on "/goto " the parts. After a comma (the items
  /// of a multiple choice) the item being typed is completed on its own.
  public static func complete(_ typed: String, among candidates: [String]) -> TabCompletion {
    let whole = completeWhole(typed, among: candidates)
    guard whole == .none, let comma = typed.lastIndex(of: ","), !typed.hasPrefix("/") else {
      return whole
    }
    let head = typed[...comma]
    let item = typed[typed.index(after: comma)...]
    let options = candidates.filter { !$0.hasPrefix("/") }
    switch completeWhole(String(item), among: options) {
    case .replace(let text): return .replace(head + " " + text)
    case .list(let shown): return .list(shown)
    case .none: return .none
    }
  }

  private static func completeWhole(_ typed: String, among candidates: [String]) -> TabCompletion {
    let prefix = Substring(typed).drop { $0 == " " }
    let lowered = prefix.lowercased()
    var matches: [String] = []
    for candidate in candidates
    where candidate.lowercased().hasPrefix(lowered) && !matches.contains(candidate) {
      matches.append(candidate)
    }
    guard let first = matches.first else { return .none }
    if matches.count == 1 {
      return first == prefix ? .none : .replace(first)
    }
    let shared = commonPrefix(of: matches)
    if shared.count > prefix.count || (shared.count == prefix.count && shared != prefix) {
      return .replace(shared)
    }
    // Show the next word only: "/goto" rather than every "/goto part".
    let next = matches.filter { !$0.dropFirst(prefix.count).contains(" ") }
    return .list(next.isEmpty ? matches : next)
  }

  /// The longest case-insensitive common prefix, spelled as in the first
  /// string.
  private static func commonPrefix(of strings: [String]) -> String {
    guard var shared = strings.first.map(Array.init) else { return "" }
    for string in strings.dropFirst() {
      var length = 0
      for (left, right) in zip(shared, string) {
        guard left.lowercased() == right.lowercased() else { break }
        length += 1
      }
      shared = Array(shared.prefix(length))
    }
    return String(shared)
  }

  /// Lays candidates out in columns, filled down then across like `ls`, for
  /// a terminal `width` columns wide.
  public static func columns(_ candidates: [String], width: Int) -> [String] {
    let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
    let columnCount = max(1, min(candidates.count, max(width, 1) / max(cellWidth, 1)))
    let rowCount = (candidates.count + columnCount - 1) / columnCount
    return (0..<rowCount).map { row in
      var text = ""
      for column in 0..<columnCount {
        let index = column * rowCount + row
        guard index < candidates.count else { break }
        let cell = candidates[index]
        let isLast = column == columnCount - 1 || index + rowCount >= candidates.count
        text += isLast ? cell : cell + String(repeating: " ", count: cellWidth - cell.count)
      }
      return text
    }
  }
}
