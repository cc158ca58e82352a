/// The plan's answers as the builder meets them, in walk order.
///
/// `plan.answers` is made from them once, at the end: made one insertion at
/// a time it grew (and rehashed) a dozen times in a long session, and the
/// SMART facets set afterwards cost a lookup by key each. Here the facets
/// are set by place, and the dictionary is made at its final size.
struct PlacedAnswers {
  struct Entry {
    var key: String
    var record: AnswerRecord
    /// When it was given: the day a SMART analysis reads deadlines from.
    var at: Moment
    /// Whether its question has `check: smart`.
    var checksSmart: Bool
  }

  private(set) var entries: [Entry] = []

  init(capacity: Int) { entries.reserveCapacity(capacity) }

  /// Adds an answer; returns its place.
  mutating func append(key: String, _ record: AnswerRecord, at: Moment, checksSmart: Bool)
    -> Int
  {
    entries.append(Entry(key: key, record: record, at: at, checksSmart: checksSmart))
    return entries.count - 1
  }

  /// Sets the SMART facets of the answer at `place`.
  mutating func setSmart(_ facets: SmartFacets, at place: Int) {
    entries[place].record.smart = facets
  }

  /// The answers by key. A walk meets each key once (a script runs once
  /// in a walk, and rounds are numbered); were one met twice, the later
  /// answer would win, as inserting them in order did.
  func dictionary() -> [String: AnswerRecord] {
    var answers: [String: AnswerRecord] = [:]
    answers.reserveCapacity(entries.count)
    // By index: the entries are read in place, not copied out one by one.
    for place in entries.indices { answers[entries[place].key] = entries[place].record }
    // A goal's facets are set at its place (`setSmart`): a key met twice
    // would lose them to the later answer.
    assert(answers.count == entries.count, "a walk met an answer's key twice")
    return answers
  }
}

/// Which item of a list an answer fills: its script, its round in a
/// repeating group, and the group, so that two groups of one script that
/// fill the same list (two groups of goals) make an item for each round of
/// each. (It was the text `script`, `script#round` or `script.group#round`:
/// the same items, without joining a text per answer.)
struct ItemScope: Hashable {
  var script: String
  var group: String?
  var round: Int?
}

/// What the builder finds once and reads again for the next slots: the
/// group of the last question placed, and the section of the last `plan:`
/// target. Successive slots are mostly rounds of one step, so the last one
/// is the one asked for; strings of one question share their storage, so
/// comparing them costs a word.
struct BuildMemo {
  private var groupScript = ""
  private var groupQuestion = ""
  private var group: String?
  private var groupKnown = false
  private var target = ""
  private var targetSection = ""
  private var targetKnown = false

  /// `catalog.group(of: q)`, remembered for the last question.
  mutating func group(of q: QuestionSlot, in catalog: ScriptCatalog) -> String? {
    // Not remembered: the role or the round decides, not the question.
    if case .more = q.role { return catalog.group(of: q) }
    if q.round == nil { return nil }
    let id = q.question.id
    if groupKnown, id == groupQuestion, q.script == groupScript { return group }
    group = catalog.group(of: q)
    groupScript = q.script
    groupQuestion = id
    groupKnown = true
    return group
  }

  /// `PlanBuilder.section(of: target)`, remembered for the last target.
  mutating func section(of target: String) -> String {
    if targetKnown, target == self.target { return targetSection }
    targetSection = PlanBuilder.section(of: target)
    self.target = target
    targetKnown = true
    return targetSection
  }
}
