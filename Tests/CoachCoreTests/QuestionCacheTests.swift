import Testing

@testable import CoachCore

/// `SessionMachine.question(for:)` remembers a question by its key without
/// the round; it must find what the uncached lookup finds for every key.
@Suite struct QuestionCacheTests {
  /// Keys of every kind: plain, in rounds, follow-ups, nudges, items,
  /// group "more" questions, unknown steps, and texts that only look like
  /// a round (`#` twice, an item before the round, too many digits).
  static func keys(_ catalog: ScriptCatalog) -> [String] {
    var keys: [String] = []
    for path in catalog.questions.keys.sorted() {
      keys += [
        path, path + "#1", path + "#2", path + "#0", path + "#12", path + ":specific#1",
        path + ":specific#3", path + ":measurable-again#1", path + "#1[2]", path + "[2]#1",
        path + "#1#2", path + "#+1", path + "#", path + "#0123456789012345678",
        path + ":nonsense#1",
      ]
    }
    for id in catalog.scripts.keys.sorted() {
      keys += [id + ".more#0", id + ".more#1", id + ".nothing#1", id + "#1", id + ".#1"]
    }
    return keys + ["#1", ".#1", "a.b#1", "nosuch.step#4", "ünï.cödé#1", "goals.title#1 "]
  }

  /// A description of every field, for comparing questions.
  static func describe(_ q: Question?) -> String { String(describing: q) }

  @Test func theCachedQuestionIsTheUncachedOne() throws {
    let catalog = try RealPlanFixture.catalog()
    let machine = SessionMachine(catalog: catalog, roots: Array(catalog.scripts.keys.sorted()))
    let keys = Self.keys(catalog)
    // Twice over: the first asks fill the cache, the second read it.
    for _ in 0..<2 {
      for key in keys {
        #expect(
          Self.describe(machine.question(for: key))
            == Self.describe(machine.uncachedQuestion(for: key)), "\(key)")
      }
    }
    // And in the other order, on a machine of its own.
    let other = SessionMachine(catalog: catalog, roots: Array(catalog.scripts.keys.sorted()))
    for key in keys.reversed() {
      #expect(
        Self.describe(other.question(for: key))
          == Self.describe(other.uncachedQuestion(for: key)), "\(key)")
    }
  }

  @Test func aRoundIsTheFinalHashAndDigits() {
    #expect(SessionMachine.QuestionCache.roundless("goals.title#12") == "goals.title")
    #expect(
      SessionMachine.QuestionCache.roundless("goals.title:specific#1") == "goals.title:specific")
    #expect(SessionMachine.QuestionCache.roundless("goals.title") == nil)
    #expect(SessionMachine.QuestionCache.roundless("goals.title#") == nil)
    #expect(SessionMachine.QuestionCache.roundless("goals.title#1[2]") == nil)
    #expect(SessionMachine.QuestionCache.roundless("goals.title#0123456789012345678") == nil)
  }
}
