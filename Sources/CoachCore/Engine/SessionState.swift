/// One answer as the session keeps it: the text as typed, its value under
/// the question's type (nil when skipped), and when it was given.
public struct AnswerEntry: Hashable, Sendable {
  public var text: String
  public var value: AnswerValue?
  public var at: Moment

  public var isSkipped: Bool { value == nil }
}

/// Everything that changes in a session, rebuilt from transcript events.
///
/// Live sessions, resumes and replays all go through `apply`, so the same
/// events always give the same answers.
public struct SessionState: Hashable, Sendable {
  /// Answers by key: `script.step`, `script.step#round`, or a SMART follow-up
  /// `script.step:facet#round`.
  public var answers: [String: AnswerEntry] = [:]
  /// Answer keys in the order they were given, for `/back`: the keys of
  /// `answers`, each once (which keeps recording an answer O(1): only a
  /// key already answered can be in it).
  public private(set) var order: [String] = []
  /// The script the person jumped to last with `/goto`.
  public var jumpedTo: String? { jumped.last }
  /// Every script jumped to, in order: each runs even where the path's
  /// `when` would leave it out (the person asked for it).
  public var jumped: [String] = []
  /// The moment of the latest event.
  public var lastActivity: Moment?
  /// The answer `/back` took back, asked next (even after a `/goto`) until
  /// it is answered or skipped again.
  public internal(set) var revising: String?

  public init() {}

  /// Splits `goals.title#2` into `("goals.title", 2)` (a follow-up keeps
  /// its facet: `goals.goal:specific`). See `AnswerKey`.
  public static func split(_ key: String) -> (step: String, round: Int?) {
    guard let parsed = AnswerKey(key) else { return (key, nil) }
    return (parsed.question, parsed.round)
  }

  /// `step` in `round`: `goals.title#2`. See `AnswerKey`.
  public static func key(_ step: String, round: Int?) -> String {
    round.map { step + "#" + String($0) } ?? step
  }

  /// Makes room for `count` answers at once (a load knows how many its
  /// transcript holds), so the table is not rebuilt as it grows.
  mutating func reserveCapacity(answers count: Int) {
    answers.reserveCapacity(count)
    order.reserveCapacity(count)
  }

  /// Applies one event; `value` is the typed value the caller worked out for
  /// an answer (nil when the answer no longer fits its question).
  mutating func record(_ key: String, text: String, value: AnswerValue?, at: Moment) {
    let entry = AnswerEntry(text: text, value: value, at: at)
    if answers.updateValue(entry, forKey: key) != nil { order.removeAll { $0 == key } }
    order.append(key)
    lastActivity = at
    if revising == key { revising = nil }
  }

  /// Removes `key` and every answer that depended on it.
  mutating func revise(_ key: String, catalog: ScriptCatalog, at: Moment) {
    var removed: Set<String> = [key]
    guard let revised = AnswerKey(key) else {
      answers[key] = nil
      order.removeAll { $0 == key }
      lastActivity = at
      return
    }
    let base = revised.stepPath
    let round = revised.round
    for k in answers.keys {
      guard let other = AnswerKey(k) else { continue }
      // The SMART follow-ups of a goal go with it.
      if other.facet != nil, other.stepPath == base, other.round == round { removed.insert(k) }
      // So does the nudge after a script's own answer for a goal's part.
      if let plan = catalog.questions[base]?.plan,
        let facet = SmartFollowUp.facet(forPlan: plan),
        other.facet == facet.id + SmartFollowUp.nudgeSuffix, other.script == revised.script,
        other.round == round
      {
        removed.insert(k)
      }
    }
    for dependent in catalog.transitiveDependents(of: base) {
      let sameGroup =
        catalog.groupOf[dependent] != nil
        && catalog.groupOf[dependent] == catalog.groupOf[base]
      if sameGroup {
        removed.insert(SessionState.key(dependent, round: round))
      } else if catalog.groupOf[dependent] != nil {
        for k in answers.keys where AnswerKey(k)?.stepPath == dependent { removed.insert(k) }
      } else {
        removed.insert(dependent)
      }
    }
    for k in removed { answers[k] = nil }
    order.removeAll { removed.contains($0) }
    lastActivity = at
  }
}
