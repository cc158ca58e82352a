import Testing

@testable import CoachCore

/// The builder's item table against the dictionary by scope it stands
/// for: the same scope finds the same item, a new scope makes a new one,
/// in any order and for any round (none, 0, huge, negative).
@Suite struct PlanItemTableTests {
  @Test func findsWhatADictionaryByScopeFinds() {
    let scripts = ["goals", "growth", "é", ""]
    let groups: [String?] = [nil, "goal_1", "goal_2", "ü"]
    let rounds: [Int?] = [nil, 0, 1, 2, 3, 7, 40, 1 << 20, (1 << 20) + 1, Int.max, -1, Int.min]
    var scopes: [ItemScope] = []
    for script in scripts {
      for group in groups {
        for round in rounds { scopes.append(ItemScope(script: script, group: group, round: round)) }
      }
    }
    // Runs of one part, rounds in order and out of it, and scopes met again.
    var random = SeededRandom(seed: 12)
    var sequence = scopes + scopes.reversed()
    for _ in 0..<2_000 { sequence.append(scopes[Int(random.next() % UInt64(scopes.count))]) }
    var table = ItemTable()
    var dictionary: [ItemScope: Int] = [:]
    var made = 0
    var madeByDictionary = 0
    for scope in sequence {
      let found = table.index(of: scope) {
        made += 1
        return made - 1
      }
      let expected: Int
      if let known = dictionary[scope] {
        expected = known
      } else {
        expected = madeByDictionary
        dictionary[scope] = expected
        madeByDictionary += 1
      }
      #expect(found == expected)
    }
    #expect(made == scopes.count)
  }
}
