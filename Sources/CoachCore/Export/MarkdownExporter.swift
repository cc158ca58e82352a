/// Writes the plan a person reads, prints or keeps in their notes.
///
/// Every answer is escaped (`String+MarkdownEscaping`), so an answer such as
/// `<script>` or `*` renders as the text typed, never as markup. Empty
/// sections are left out.
public struct MarkdownExporter: PlanExporter {
  public init() {}

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    var out: [String] = []
    let name = plan.profile.name.map { ": " + $0.value.markdownInline } ?? ""
    out.append("# Career plan\(name)")
    var byline = ["Session \(plan.sessionID.markdownCode)"]
    if let day = plan.updated { byline.append("updated \(day.iso)") }
    out += ["", "_" + byline.joined(separator: " · ") + "_"]
    profile(plan, &out)
    assessment(plan, &out)
    if let vision = plan.vision {
      out += ["", "## Vision", "", "> " + vision.value.markdownLines(continuation: "> ")]
    }
    goals(plan, &out)
    growth(plan, &out)
    networking(plan, &out)
    balance(plan, &out)
    offers(plan, &out)
    actions(plan, &out)
    if !plan.openQuestions.isEmpty {
      out += ["", "## Open questions", ""]
      out += plan.openQuestions.map {
        "- " + $0.question.markdownInline
      }
    }
    if !plan.notes.isEmpty {
      out += ["", "## Notes", ""]
      for note in plan.notes {
        let answer = note.answer.markdownLines(continuation: "  ")
        let head = "- **\(note.question.markdownInline)**"
        out += answer.isEmpty ? [head] : [head + "\\", "  " + answer]
      }
    }
    if out.count == 3 { out += ["", "Nothing answered yet."] }
    output.write(out.joined(separator: "\n") + "\n")
  }

  private func profile(_ plan: Plan, _ out: inout [String]) {
    let p = plan.profile
    let fields: [(String, String?)] = [
      ("Name", p.name?.value), ("Role", p.role?.value), ("Field", p.field?.value),
      ("Career stage", p.stage?.value), ("Review this plan on", p.reviewDate?.value.iso),
    ]
    let present = fields.compactMap { label, value in value.map { (label, $0) } }
    guard !present.isEmpty else { return }
    out += ["", "## Profile", ""]
    out += present.map { "- **\($0.0):** \($0.1.markdownInline)" }
  }

  private func assessment(_ plan: Plan, _ out: inout [String]) {
    guard let a = plan.assessment else { return }
    out += ["", "## Job or career?", ""]
    var line = "**Verdict: \(a.verdict.markdownInline)** (score \(a.score) on a scale from"
    line += " -100, all job, to 100, all career)."
    if let stage = a.stage { line += " Career stage: \(stage.markdownInline)." }
    out.append(line)
    if !a.reasons.isEmpty {
      out += ["", "Why:", ""]
      out += a.reasons.map { "- " + $0.markdownInline }
    }
    for warning in a.warnings { out += ["", "> **Note:** " + warning.markdownInline] }
  }

  private func goals(_ plan: Plan, _ out: inout [String]) {
    guard !plan.goals.isEmpty else { return }
    out += ["", "## SMART goals"]
    for (i, goal) in plan.goals.enumerated() {
      out += ["", "### Goal \(i + 1): \(goal.title.markdownInline)", ""]
      if let words = goal.inYourWords, words != goal.title {
        out += ["In your words: \(words.markdownInline)", ""]
      }
      out += ["| Part | Answer | Check |", "| --- | --- | --- |"]
      for part in GoalPart.parts(of: goal) {
        let text = part.text.map(\.markdownTableCell) ?? "—"
        out.append("| \(part.label) | \(text) | \(part.status.mark) |")
      }
      let missing = GoalPart.missing(in: goal)
      if !missing.isEmpty {
        out += [
          "", "**Missing:** \(missing.joined(separator: ", ")). Add these to make the goal SMART.",
        ]
      }
      if !goal.milestones.isEmpty {
        out += ["", "Milestones:", ""]
        out += goal.milestones.map { "- [ ] \(Self.day($0.due)) — \($0.title.markdownInline)" }
      }
    }
  }

  private func growth(_ plan: Plan, _ out: inout [String]) {
    guard !plan.growth.isEmpty else { return }
    out += ["", "## Growth"]
    let groups = [
      ("Skills", plan.growth.skills), ("Education", plan.growth.education),
      ("Experience", plan.growth.experience),
    ]
    for (label, items) in groups where !items.isEmpty {
      out += ["", "### \(label)", ""]
      for item in items {
        var line = "- " + item.title.markdownInline
        var how: [String] = []
        if let method = item.method { how.append(method.markdownInline) }
        if let due = item.due { how.append("by \(due.iso)") }
        if !how.isEmpty { line += " — " + how.joined(separator: ", ") }
        out.append(line)
      }
    }
  }

  private func networking(_ plan: Plan, _ out: inout [String]) {
    guard !plan.networking.isEmpty else { return }
    out += ["", "## Networking", ""]
    if let cadence = plan.networking.cadence {
      out += ["**Overall:** " + cadence.value.markdownInline, ""]
    }
    for item in plan.networking.items {
      var line = "- **\(item.channel.markdownInline):** \(item.detail.markdownInline)"
      let when = [item.cadence?.markdownInline, item.due.map { "by \($0.iso)" }].compactMap { $0 }
      if !when.isEmpty { line += " — " + when.joined(separator: ", ") }
      out.append(line)
    }
  }

  private func balance(_ plan: Plan, _ out: inout [String]) {
    let b = plan.balance
    guard !b.isEmpty else { return }
    out += ["", "## Work-life balance"]
    var facts: [String] = []
    if let rating = b.rating {
      let scale = b.ratingMax.map { " of " + MoneyFormatter.formatNumber($0) } ?? ""
      facts.append("- **Balance now:** \(MoneyFormatter.formatNumber(rating.value))\(scale)")
    }
    if let review = b.reviewDate { facts.append("- **Rate it again on:** \(review.value.iso)") }
    if !facts.isEmpty { out += [""] + facts }
    let lists = [
      ("Priorities", b.priorities), ("Boundaries", b.boundaries), ("Delegate", b.delegate),
      ("Time management", b.timeManagement),
    ]
    for (label, items) in lists where !items.isEmpty {
      out += ["", "**\(label)**", ""]
      out += items.map { "- " + $0.value.markdownLines(continuation: "  ") }
    }
  }

  private func offers(_ plan: Plan, _ out: inout [String]) {
    let table = OfferComparison(plan.compensation)
    guard !table.isEmpty else { return }
    out += ["", "## Offers compared", ""]
    out.append("| | " + table.columns.map(\.markdownTableCell).joined(separator: " | ") + " |")
    out.append("| --- |" + String(repeating: " ---: |", count: table.columns.count))
    for row in table.rows {
      let cells = row.cells.map { cell in
        let text = cell?.markdownTableCell ?? "—"
        return row.isTotal && cell != nil ? "**\(text)**" : text
      }
      let label = row.isTotal ? "**\(row.label)**" : row.label.markdownTableCell
      out.append("| \(label) | " + cells.joined(separator: " | ") + " |")
    }
    for line in table.summary { out += ["", line.markdownInline] }
    if let said = table.preference {
      out += ["", "In your words: " + said.markdownLines(continuation: "")]
    }
    if !table.explanations.isEmpty {
      out += ["", "How the numbers were worked out:", ""]
      out += table.explanations.map {
        "- \($0.offer.markdownInline), \($0.part.markdownInline): \($0.text.markdownInline)"
      }
    }
  }

  private func actions(_ plan: Plan, _ out: inout [String]) {
    guard !plan.actions.isEmpty else { return }
    out += ["", "## Next actions", ""]
    for action in Self.byDueDay(plan.actions) {
      var line = "- [ ] **\(Self.day(action.due))** \(action.title.markdownInline)"
      if let context = action.context { line += " _(\(context.markdownInline))_" }
      out.append(line)
    }
  }

  static func day(_ day: CalendarDay?) -> String { day?.iso ?? "no date yet" }

  /// Actions by due day, undated last, ties in plan order.
  static func byDueDay(_ actions: [Action]) -> [Action] {
    actions.enumerated().sorted { a, b in
      let x = a.element.due.map(\.dayNumber) ?? Int.max
      let y = b.element.due.map(\.dayNumber) ?? Int.max
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }
}
