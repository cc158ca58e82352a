/// Writes the plan's commitments in the todo.txt format
/// (github.com/todotxt/todo.txt): one task a line, the plan's day as the
/// creation date, then the title, `+coach`, the goal as a project
/// (`+goal1`) for deadlines and milestones, `@<kind>` as context, and the
/// tags `due:YYYY-MM-DD`, `rec:1m` (how often it comes round, the
/// extension most todo.txt apps read) and `id:<the commitment's id>`.
///
/// Text that todo.txt would read as markup gets a word joiner (U+2060), so
/// it shows as typed: after a `+` or `@` that starts a word, and before a
/// colon inside a word (which would make a `key:value` tag).
public struct TodoTxtExporter: PlanExporter {
  public init() {}

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    let created = (plan.updated ?? CalendarDay(dayNumber: 0)).iso
    var goalNumber: [String: Int] = [:]
    for (i, goal) in plan.goals.enumerated() { goalNumber[goal.source] = i + 1 }
    for (i, goal) in plan.goals.enumerated() {
      for milestone in goal.milestones { goalNumber[milestone.source] = i + 1 }
    }
    for item in Commitment.all(in: plan) {
      var words = [created, Self.text(item.title), "+coach"]
      if item.kind == .deadline || item.kind == .milestone, let n = goalNumber[item.source] {
        words.append("+goal\(n)")
      }
      words.append("@" + item.kind.rawValue)
      if let due = item.due { words.append("due:" + due.iso) }
      if let r = item.recurrence, item.due != nil { words.append("rec:" + Self.rec(r)) }
      words.append("id:" + item.uuid(in: plan))
      output.write(words.joined(separator: " ") + "\n")
    }
  }

  /// `1d`, `2w`, `3m`, `1y`.
  static func rec(_ r: Recurrence) -> String {
    switch r.unit {
    case .day: return "\(r.count)d"
    case .week: return "\(r.count)w"
    case .month where r.count % 12 == 0: return "\(r.count / 12)y"
    case .month: return "\(r.count)m"
    }
  }

  static func text(_ text: String) -> String {
    let joiner: Character = "\u{2060}"
    var out = ""
    var previous: Character = " "
    let chars = Array(Commitment.oneLine(text))
    for (i, c) in chars.enumerated() {
      let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
      out.append(c)
      if (c == "+" || c == "@") && previous == " " && next != " " { out.append(joiner) }
      if c == ":" && previous != " " && next != " " {
        out.removeLast()
        out.append(joiner)
        out.append(c)
      }
      previous = c
    }
    // A leading "x " marks a task done, and "(A) " is a priority.
    if out.hasPrefix("x ") || out.wholeMatch(of: /\([A-Z]\)( .*)?/) != nil {
      out.insert(joiner, at: out.startIndex)
    }
    return out
  }
}
