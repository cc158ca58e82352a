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
      // A goal with neither a deadline nor a milestone makes none: its
      // title is not worked out for nothing.
      guard goal.deadline != nil || !goal.milestones.isEmpty else { continue }
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
    // Numbered before the dates join: a date's identity is `date:` and a
    // key no other date has (a key already listed is skipped below), so no
    // date shares one, and numbering them looked each up for nothing.
    number(&list)
    // Sets, not a search of the list per date: a plan can hold thousands.
    var sources = Set<String>(minimumCapacity: list.count + plan.dates.count)
    var scopedDays = Set<ScopedDay>(minimumCapacity: list.count + plan.dates.count)
    for item in list {
      sources.insert(item.source)
      if let due = item.due { scopedDays.insert(ScopedDay(item.source, due)) }
    }
    // Many date questions share their text ("By when?"): each is cut once,
    // and its context made once.
    var plainQuestions: [String: (question: String, context: String)] = [:]
    for dated in plan.dates {
      guard !sources.contains(dated.key),
        // Inserted now: a day already there is covered.
        scopedDays.insert(ScopedDay(dated.key, dated.day)).inserted
      else { continue }
      let question: String
      let context: String
      if let known = plainQuestions[dated.question] {
        (question, context) = known
      } else {
        question = plainQuestion(dated.question)
        context = "Your answer to: " + question
        plainQuestions[dated.question] = (question, context)
      }
      list.append(
        Commitment(
          kind: .date, title: title(of: dated, in: plan, plainQuestion: question), due: dated.day,
          source: dated.key, context: context, recurrence: recurrence(of: dated, in: plan)))
      sources.insert(dated.key)
    }
    // A title left empty after cleaning would make an empty to-do.
    for index in list.indices where isBlank(list[index].title) {
      list[index].title = list[index].context
    }
    return ordered(list)
  }

  /// Whether `title` is all whitespace (or empty), as
  /// `allSatisfy(\.isWhitespace)` says; a title starting with a visible
  /// ASCII character followed by ASCII (a single-scalar character) is
  /// known not to be without reading the rest.
  static func isBlank(_ title: String) -> Bool {
    let utf8 = title.utf8
    if let first = utf8.first, first > 0x20, first < 0x7F {
      let second = utf8.dropFirst().first
      if second.map({ $0 < 0x80 }) ?? true { return false }
    }
    return title.allSatisfy(\.isWhitespace)
  }

  /// A date answer is already covered by a commitment with its key, or with
  /// its script, round and day: this is the latter as one value, compared
  /// and hashed without joining a text (`scopedDay`) for each commitment.
  /// Two are equal when their `scopedDay` texts are (for keys whose script
  /// has no `#`, as every script id).
  struct ScopedDay: Hashable {
    var script: String
    var round: String
    var day: Int

    init(_ key: String, _ day: CalendarDay) {
      // A script and a round are short: small strings, not allocated.
      (script, round) = Commitment.scriptAndRound(key)
      self.day = day.dayNumber
    }
  }

  /// The text of a `ScopedDay`: `script#round@day`.
  static func scopedDay(_ key: String, _ day: CalendarDay) -> String {
    // An ASCII key's text is made in one buffer, from its bytes and the
    // day's: joining strings made three more a date.
    var bytes = key
    if let text = bytes.withUTF8({ asciiScopedDay($0, day) }) { return text }
    let (script, round) = scriptAndRound(splitting: key)
    return script + "#" + round + "@" + JSONBytes.iso(day)
  }

  /// `scopedDay` of an ASCII key, or `nil` when the key is not ASCII.
  static func asciiScopedDay(_ key: UnsafeBufferPointer<UInt8>, _ day: CalendarDay) -> String? {
    guard let (script, round) = asciiScriptAndRoundRanges(key), let base = key.baseAddress
    else { return nil }
    return String(unsafeUninitializedCapacity: script.count + round.count + 2 + 64) { out in
      guard let p = out.baseAddress else { return 0 }
      var n = 0
      (p + n).update(from: base + script.lowerBound, count: script.count)
      n += script.count
      p[n] = UInt8(ascii: "#")
      n += 1
      (p + n).update(from: base + round.lowerBound, count: round.count)
      n += round.count
      p[n] = UInt8(ascii: "@")
      n += 1
      return n + JSONBytes.iso(day, at: p + n)
    }
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
    guard let (script, round) = asciiScriptAndRoundRanges(key) else { return nil }
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: key[range]), as: UTF8.self)
    }
    return (text(script), text(round))
  }

  /// Where `asciiScriptAndRound`'s two pieces are in `key`.
  static func asciiScriptAndRoundRanges(_ key: UnsafeBufferPointer<UInt8>)
    -> (script: Range<Int>, round: Range<Int>)?
  {
    guard key.allSatisfy({ $0 < 0x80 }) else { return nil }
    let dot = UInt8(ascii: ".")
    let hash = UInt8(ascii: "#")
    let script: Range<Int>
    if let start = key.firstIndex(where: { $0 != dot }) {
      script = start..<(key[start...].firstIndex(of: dot) ?? key.endIndex)
    } else {
      script = key.indices
    }
    guard
      let mark = key.indices.first(where: { key[$0] == hash && $0 > 0 && key[$0 - 1] != hash })
    else { return (script, 0..<0) }
    let rest = mark + 1
    return (script, rest..<(key[rest...].firstIndex(of: UInt8(ascii: "[")) ?? key.endIndex))
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
    title(of: dated, in: plan, plainQuestion: plainQuestion(dated.question))
  }

  /// `title(of:in:)` with the question's `plainQuestion` already cut.
  static func title(of dated: DatedAnswer, in plan: Plan, plainQuestion: String) -> String {
    if dated.key == plan.profile.reviewDate?.source { return "Review your career plan" }
    if dated.key == plan.balance.reviewDate?.source { return "Rate your work-life balance again" }
    return plainQuestion
  }

  /// Gives commitments that share a kind and source (several milestones from
  /// one list answer) distinct identities, in plan order: `/2`, `/3`, …
  /// after the second and later (each identity looked up once).
  static func number(_ list: inout [Commitment]) {
    var seen: [String: Int] = [:]
    seen.reserveCapacity(list.count)
    func count(_ n: inout Int) -> Int {
      n += 1
      return n
    }
    for index in list.indices {
      let n = count(&seen[list[index].identity, default: 0])
      if n > 1 { list[index].identity += "/\(n)" }
    }
  }

  /// Dated commitments first, earliest first, then undated ones; ties keep
  /// the order of `list`. Their places are sorted, not the commitments.
  static func ordered(_ list: [Commitment]) -> [Commitment] {
    // A day as its year and its month and day in one number (a month is
    // 1...12, a day 1...31): two comparisons, not four. An undated one
    // sorts after every day (a year is never `Int.max`: `CalendarDay`'s
    // years are far from it).
    let keys = list.map { item in
      item.due.map { ($0.year, $0.month << 5 | $0.day) } ?? (Int.max, Int.max)
    }
    let order = list.indices.sorted { a, b in
      keys[a] != keys[b] ? keys[a] < keys[b] : a < b
    }
    return order.map { list[$0] }
  }

  /// The goal's title without the "By 31 Dec 2027, " its SMART sentence
  /// starts with ("lead a team of 3 analysts, …"): a calendar entry or a
  /// to-do carries its day already.
  static func action(of goal: Goal) -> String {
    let title = oneLine(goal.title)
    guard let deadline = goal.deadline else { return title }
    // A printable ASCII title is matched against the lead's bytes, made on
    // the stack: the lead's text cost a third of a goal's commitments.
    if Sanitizer.isPrintableASCII(title, keepingLayout: false) {
      return withLeadBytes(of: deadline) { asciiDroppingLead(title, $0) } ?? title
    }
    return droppingLead(title, "By \(deadline.short), ")
  }

  /// `action(of:)` with the lead as text, for any title.
  static func droppingLead(_ title: String, _ lead: String) -> String {
    // Printable ASCII text's characters are its bytes: no counting of
    // characters from the start.
    if Sanitizer.isPrintableASCII(title, keepingLayout: false),
      Sanitizer.isPrintableASCII(lead, keepingLayout: false)
    {
      return asciiDroppingLead(title, lead) ?? title
    }
    guard title.hasPrefix(lead), title.count > lead.count else { return title }
    return String(title.dropFirst(lead.count))
  }

  /// `title` after `lead`, read from both texts' bytes (the generic
  /// `starts(with:)` of two UTF-8 views went byte by byte through their
  /// iterators); `nil` when `title` does not start with `lead` or is no
  /// longer.
  static func asciiDroppingLead(_ title: String, _ lead: String) -> String? {
    var lead = lead
    return lead.withUTF8 { asciiDroppingLead(title, $0) }
  }

  /// `asciiDroppingLead` with the lead as bytes.
  static func asciiDroppingLead(_ title: String, _ start: UnsafeBufferPointer<UInt8>) -> String? {
    var title = title
    return title.withUTF8 { text in
      guard text.count > start.count,
        UnsafeBufferPointer(rebasing: text[..<start.count]).elementsEqual(start)
      else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: text[start.count...]), as: UTF8.self)
    }
  }

  /// Calls `body` with the bytes of `"By \(day.short), "`: `By 30 Sep
  /// 2027, `.
  static func withLeadBytes<R>(
    of day: CalendarDay, _ body: (UnsafeBufferPointer<UInt8>) -> R
  ) -> R {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
      var n = 0
      func put(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
          buffer[n] = byte
          n += 1
        }
      }
      put("By ".utf8)
      putDecimal(day.day, &n, buffer)
      put(CollectionOfOne(UInt8(ascii: " ")))
      put(shortMonthNames[day.month - 1])
      put(CollectionOfOne(UInt8(ascii: " ")))
      putDecimal(day.year, &n, buffer)
      put(", ".utf8)
      return body(UnsafeBufferPointer(rebasing: buffer[..<n]))
    }
  }

  /// The bytes of `CalendarDay.short`'s month names, as it cuts them.
  static let shortMonthNames = DeadlineReading.monthNames.map { Array($0.prefix(3).utf8) }

  /// Writes `String(value)` at `buffer[n...]` (at most 20 bytes).
  private static func putDecimal(
    _ value: Int, _ n: inout Int, _ buffer: UnsafeMutableBufferPointer<UInt8>
  ) {
    if value < 0 {
      buffer[n] = UInt8(ascii: "-")
      n += 1
    }
    var digits = value.magnitude
    let start = n
    repeat {
      buffer[n] = UInt8(ascii: "0") + UInt8(digits % 10)
      n += 1
      digits /= 10
    } while digits > 0
    // Written last digit first.
    var (i, j) = (start, n - 1)
    while i < j {
      buffer.swapAt(i, j)
      (i, j) = (i + 1, j - 1)
    }
  }

  /// Text for a one-line field: unsafe characters removed, line breaks and
  /// tabs as spaces.
  static func oneLine(_ text: String) -> String { StyledLine.oneLine(text) }
}
