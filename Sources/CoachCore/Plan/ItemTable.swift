/// The items of one plan list (goals, offers, …) by the scope of the answers
/// that fill them, found without hashing a scope per answer.
///
/// A long session fills thousands of items, one per round of its groups: a
/// dictionary by scope hashed the script, group and round of every answer
/// placed, and grew and rehashed as the items came. Here each script and
/// group (a part) has its items by round number, and the part of an answer
/// is mostly the part of the one before, which is checked first.
struct ItemTable {
  /// A script's answers outside rounds, or one group's (or one script's)
  /// rounds.
  private struct Part: Hashable {
    var script: String
    var group: String?
    var inRounds: Bool
  }

  /// Rounds past this (or before 0) are looked up by scope instead: an
  /// item per round number up to it is a list, not a table of any size.
  private static let maxRound = 1 << 20

  private var parts: [Part: Int] = [:]
  /// For each part, the item of each round (at 0 outside rounds).
  private var rounds: [[Int?]] = []
  /// The part met last, and its place in `rounds`.
  private var last: (part: Part, place: Int)?
  /// Scopes whose round is out of range.
  private var others: [ItemScope: Int] = [:]

  /// The item for `scope`; `make` adds one and returns its index when the
  /// scope has none yet.
  mutating func index(of scope: ItemScope, orMake make: () -> Int) -> Int {
    let slot = scope.round ?? 0
    guard slot >= 0, slot <= Self.maxRound else {
      if let known = others[scope] { return known }
      let made = make()
      others[scope] = made
      return made
    }
    let part = Part(script: scope.script, group: scope.group, inRounds: scope.round != nil)
    let place: Int
    if let last, last.part == part {
      place = last.place
    } else if let known = parts[part] {
      place = known
    } else {
      rounds.append([])
      place = rounds.count - 1
      parts[part] = place
    }
    last = (part, place)
    if slot < rounds[place].count, let known = rounds[place][slot] { return known }
    let made = make()
    if slot >= rounds[place].count {
      rounds[place].append(contentsOf: repeatElement(nil, count: slot + 1 - rounds[place].count))
    }
    rounds[place][slot] = made
    return made
  }
}
