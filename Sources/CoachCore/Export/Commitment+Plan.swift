extension Commitment {
  /// Every commitment of `plan`: goal deadlines and milestones, growth and
  /// networking items with a due day, next actions, and the answers to `date`
  /// questions that none of those already covers.
  ///
  /// Dated commitments come first, earliest first; undated ones (a milestone
  /// or action without a day) follow. Ties keep the plan's order.
  ///
  /// The plan records the key of an item, not of its date answer, so a date
  /// answer counts as covered when it has the key of a listed commitment, or
  /// its script and round (`goals.deadline#2` against `goals.title#2`) and
  /// its day match one.
  public static func all(in plan: Plan) -> [Commitment] {
    var list: [Commitment] = []
    for (index, goal) in plan.goals.enumerated() {
      let action = action(of: goal)
      let title = action.uppercasedFirst
      let goalName = "goal \(index + 1), \(action)"
      var parent: String?
      if let deadline = goal.deadline {
        let item = Commitment(
          kind: .deadline, title: title, due: deadline, source: goal.source,
          context: "The deadline of \(goalName)")
        parent = item.identity
        list.append(item)
      }
      for milestone in goal.milestones {
        list.append(
          Commitment(
            kind: .milestone, title: oneLine(milestone.title), due: milestone.due,
            source: milestone.source, context: "A milestone on the way to \(goalName)",
            parent: parent))
      }
    }
    let growth: [(String, [GrowthItem])] = [
      ("Skill to build", plan.growth.skills), ("Education", plan.growth.education),
      ("Experience to seek", plan.growth.experience),
    ]
    for (label, items) in growth {
      for item in items where item.due != nil {
        let how = item.method.map { " (\(oneLine($0)))" } ?? ""
        list.append(
          Commitment(
            kind: .growth, title: oneLine(item.title), due: item.due, source: item.source,
            context: label + how))
      }
    }
    for item in plan.networking.items where item.due != nil {
      let cadence = item.cadence.map { ", \(oneLine($0))" } ?? ""
      let channel = oneLine(item.channel)
      list.append(
        Commitment(
          kind: .networking, title: oneLine(item.detail), due: item.due, source: item.source,
          context: "Networking" + (channel.isEmpty ? "" : " (\(channel))") + cadence,
          recurrence: item.cadence.flatMap(Recurrence.parse)))
    }
    for action in plan.actions {
      list.append(
        Commitment(
          kind: .action, title: oneLine(action.title), due: action.due, source: action.source,
          context: action.context.map(oneLine) ?? "Next action"))
    }
    // Sets, not a search of the list per date: a plan can hold thousands.
    var sources = Set(list.map(\.source))
    var scopedDays = Set(list.compactMap { item in item.due.map { scopedDay(item.source, $0) } })
    for dated in plan.dates {
      let scoped = scopedDay(dated.key, dated.day)
      guard !sources.contains(dated.key), !scopedDays.contains(scoped) else { continue }
      list.append(
        Commitment(
          kind: .date, title: title(of: dated, in: plan), due: dated.day, source: dated.key,
          context: "Your answer to: \(plainQuestion(dated.question))",
          recurrence: recurrence(of: dated, in: plan)))
      sources.insert(dated.key)
      scopedDays.insert(scoped)
    }
    // A title left empty after cleaning would make an empty to-do.
    let titled = list.map { item in
      var item = item
      if item.title.allSatisfy(\.isWhitespace) { item.title = item.context }
      return item
    }
    return ordered(numbered(titled))
  }

  /// A date answer is already covered by a commitment with its key, or with
  /// its script, round and day: this is the latter as one value.
  static func scopedDay(_ key: String, _ day: CalendarDay) -> String {
    let (script, round) = scriptAndRound(key)
    // The day's iso text from its bytes: `iso` made four strings a day.
    return script + "#" + round + "@" + JSONBytes.iso(day)
  }

  /// `"goals.title#2"` as `("goals", "2")`; no round is `""`. The item
  /// number of a list answer is not part of the round:
  /// `"goals.milestones#1[2]"` is `("goals", "1")`.
  static func scriptAndRound(_ key: String) -> (String, String) {
    // An ASCII key (every key the engine makes) is split on its bytes: its
    // characters are its bytes, but for "\r\n", which holds none of the
    // three. Splitting by characters cost most of a long plan's
    // commitments.
    var bytes = key
    return bytes.withUTF8 { asciiScriptAndRound($0) } ?? scriptAndRound(splitting: key)
  }

  /// `scriptAndRound` of any key, split by characters.
  static func scriptAndRound(splitting key: String) -> (String, String) {
    let script = key.split(separator: ".", maxSplits: 1).first.map(String.init) ?? key
    let round = key.split(separator: "#", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
    return (script, String(round.prefix { $0 != "[" }))
  }

  /// `scriptAndRound` of an ASCII key, from its bytes, as the two `split`s
  /// read it (they leave out empty pieces): the script is the first run
  /// without a `.` (the whole key when there is none); the round follows
  /// the first `#` that ends a run without one, up to a `[`. `nil` when
  /// the key is not ASCII.
  static func asciiScriptAndRound(_ key: UnsafeBufferPointer<UInt8>) -> (String, String)? {
    guard key.allSatisfy({ $0 < 0x80 }) else { return nil }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: key[range]), as: UTF8.self)
    }
    let dot = UInt8(ascii: ".")
    let hash = UInt8(ascii: "#")
    let script: String
    if let start = key.firstIndex(where: { $0 != dot }) {
      script = text(start..<(key[start...].firstIndex(of: dot) ?? key.endIndex))
    } else {
      script = text(key.indices)
    }
    guard
      let mark = key.indices.first(where: { key[$0] == hash && $0 > 0 && key[$0 - 1] != hash })
    else { return (script, "") }
    let rest = mark + 1
    return (script, text(rest..<(key[rest...].firstIndex(of: UInt8(ascii: "[")) ?? key.endIndex)))
  }

  /// A question without the hints that follow it ("Press Enter for …",
  /// "For example …"): the text up to its first question mark, when it has
  /// one, on one line.
  static func plainQuestion(_ question: String) -> String {
    let line = oneLine(question)
    guard let mark = line.firstIndex(of: "?") else { return line }
    return String(line[...mark])
  }

  /// A review day comes round again at the interval it was set for: the
  /// whole months from the plan's day to it ("in three months" repeats
  /// every three months), from one to twelve.
  static func recurrence(of dated: DatedAnswer, in plan: Plan) -> Recurrence? {
    let isReview =
      dated.key == plan.profile.reviewDate?.source || dated.key == plan.balance.reviewDate?.source
    guard isReview, let from = plan.updated else { return nil }
    var months = (dated.day.year - from.year) * 12 + dated.day.month - from.month
    if dated.day.day < from.day
      && dated.day.day
        != CalendarDay.daysIn(
          month: dated.day.month, year: dated.day.year)
    {
      months -= 1
    }
    guard (1...12).contains(months) else { return nil }
    return Recurrence(count: months, unit: .month)
  }

  /// The review days read better as what to do than as their questions.
  static func title(of dated: DatedAnswer, in plan: Plan) -> String {
    if dated.key == plan.profile.reviewDate?.source { return "Review your career plan" }
    if dated.key == plan.balance.reviewDate?.source { return "Rate your work-life balance again" }
    return plainQuestion(dated.question)
  }

  /// Gives commitments that share a kind and source (several milestones from
  /// one list answer) distinct identities, in plan order.
  static func numbered(_ list: [Commitment]) -> [Commitment] {
    var seen: [String: Int] = [:]
    return list.map { item in
      var item = item
      let n = (seen[item.identity] ?? 0) + 1
      seen[item.identity] = n
      if n > 1 { item.identity += "/\(n)" }
      return item
    }
  }

  static func ordered(_ list: [Commitment]) -> [Commitment] {
    list.enumerated().sorted { a, b in
      switch (a.element.due, b.element.due) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.offset < b.offset
      }
    }.map(\.element)
  }

  /// The goal's title without the "By 31 Dec 2027, " its SMART sentence
  /// starts with ("lead a team of 3 analysts, …"): a calendar entry or a
  /// to-do carries its day already.
  static func action(of goal: Goal) -> String {
    let title = oneLine(goal.title)
    guard let deadline = goal.deadline else { return title }
    let lead = "By \(deadline.short), "
    guard title.hasPrefix(lead), title.count > lead.count else { return title }
    return String(title.dropFirst(lead.count))
  }

  /// Text for a one-line field: unsafe characters removed, line breaks and
  /// tabs as spaces.
  static func oneLine(_ text: String) -> String { StyledLine.oneLine(text) }
}
