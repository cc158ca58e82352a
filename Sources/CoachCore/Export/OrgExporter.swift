/// Writes the plan's commitments as an Org mode file (Emacs).
///
/// Every dated commitment is a `TODO` heading with `DEADLINE: <YYYY-MM-DD
/// Day>` (with a repeater, `+1m`, when it comes round again) and an `:ID:`
/// property holding the commitment's id. A goal's dated milestones are
/// headings under its deadline. Undated commitments are checkboxes: under
/// their goal, or under "Not dated yet".
///
/// Answers are one line each and indented under their heading, so none can
/// start a heading, a drawer or a keyword line.
public struct OrgExporter: PlanExporter {
  public init() {}

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    var out = ["#+TITLE: " + ICSExporter.calendarName(plan), "#+TODO: TODO | DONE"]
    let commitments = Commitment.all(in: plan)
    var children: [String: [Commitment]] = [:]
    var parents = Set<String>()
    for item in commitments where item.kind == .deadline { parents.insert(item.identity) }
    for item in commitments {
      if let parent = item.parent, parents.contains(parent) {
        children[parent, default: []].append(item)
      }
    }
    var undated: [Commitment] = []
    for item in commitments {
      if let parent = item.parent, parents.contains(parent) { continue }
      guard item.due != nil else {
        undated.append(item)
        continue
      }
      let kids = children[item.identity] ?? []
      out += heading(item, level: 1, in: plan)
      let dated = kids.filter { $0.due != nil }
      let loose = kids.filter { $0.due == nil }
      if !loose.isEmpty { out += loose.map { "  - [ ] " + Self.text($0.title) } }
      for kid in dated { out += heading(kid, level: 2, in: plan) }
    }
    if !undated.isEmpty {
      out.append("* Not dated yet")
      out += undated.map { "  - [ ] " + Self.text($0.title) + " (" + Self.text($0.context) + ")" }
    }
    output.write(out.joined(separator: "\n") + "\n")
  }

  private func heading(_ item: Commitment, level: Int, in plan: Plan) -> [String] {
    let indent = String(repeating: " ", count: level + 1)
    var lines = [String(repeating: "*", count: level) + " TODO " + Self.text(item.title)]
    if let due = item.due {
      let repeater = item.recurrence.map { " " + Self.repeater($0) } ?? ""
      lines.append(indent + "DEADLINE: <\(Self.timestamp(due))\(repeater)>")
    }
    lines += [
      indent + ":PROPERTIES:", indent + ":ID:       " + item.uuid(in: plan),
      indent + ":CATEGORY: coach", indent + ":END:",
      indent + Self.text(ICSExporter.description(item)),
    ]
    return lines
  }

  /// `2027-03-31 Wed`, an Org date.
  static func timestamp(_ day: CalendarDay) -> String {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return day.iso + " " + names[(day.weekday - 1) % 7]
  }

  /// `+1m`, `+3m`, `+1w`, `+1y`: Org's repeaters.
  static func repeater(_ r: Recurrence) -> String {
    switch r.unit {
    case .day: return "+\(r.count)d"
    case .week: return "+\(r.count)w"
    case .month where r.count % 12 == 0: return "+\(r.count / 12)y"
    case .month: return "+\(r.count)m"
    }
  }

  /// One line of text that Org shows as typed: no trailing `:tag:` run
  /// (a colon at the end of a heading starts its tags) and no `<`, `[` or
  /// `]` pair that could read as a date or a link; those become their
  /// full-width look-alikes.
  static func text(_ text: String) -> String {
    var out = ""
    for c in Commitment.oneLine(text) {
      switch c {
      case "<": out.append("‹")
      case ">": out.append("›")
      case "[": out.append("⁅")
      case "]": out.append("⁆")
      default: out.append(c)
      }
    }
    if out.hasSuffix(":") { out.append("\u{2060}") }
    return out
  }
}
