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
    var visitor = MarkdownSections()
    for section in PlanSection.present(in: plan) {
      if !section.hasOwnHeadings { out += ["", "## " + section.title] }
      out += section.accept(&visitor, plan)
    }
    if out.count == 3 { out += ["", "Nothing answered yet."] }
    output.write(out.joined(separator: "\n") + "\n")
  }

  static func day(_ day: CalendarDay?) -> String { day?.iso ?? "no date yet" }
}

/// Each section's Markdown, after its heading: lines, each block after an
/// empty line.
struct MarkdownSections: PlanVisitor {
  var empty: [String] { [] }

  func visitProfile(_ profile: Profile, _ plan: Plan) -> [String] {
    [""] + profile.fields.map { "- **\($0.label):** \($0.value.plain.markdownInline)" }
  }

  func visitVision(_ vision: String, _ plan: Plan) -> [String] {
    ["", "> " + vision.markdownLines(continuation: "> ")]
  }

  func visitOpenQuestions(_ questions: [OpenQuestion], _ plan: Plan) -> [String] {
    [""] + questions.map { "- " + $0.question.markdownInline }
  }

  func visitStillToCome(_ parts: [PendingPart], _ plan: Plan) -> [String] {
    [""] + parts.map { "- \(PendingPart.summary($0).markdownInline)" }
  }

  func visitNotes(_ notes: [Note], _ plan: Plan) -> [String] {
    var out = [""]
    for note in notes {
      let answer = note.answer.markdownLines(continuation: "  ")
      let head = "- **\(note.question.markdownInline)**"
      out += answer.isEmpty ? [head] : [head + "\\", "  " + answer]
    }
    return out
  }

  func visitTimeline(_ commitments: [Commitment], _ plan: Plan) -> [String] {
    [""]
      + commitments.map { item in
        let day = MarkdownExporter.day(item.due)
        return "- **\(day)** \(item.kind.label): \(item.title.markdownInline)"
      }
  }

  func visitScripts(_ sections: [ScriptSection], _ plan: Plan) -> [String] {
    var out: [String] = []
    for section in sections {
      out += ["", "## " + section.title.markdownInline, ""]
      for entry in section.entries {
        let answer = entry.value.markdownLines(continuation: "  ")
        let label =
          entry.label.last.map { "?:.".contains($0) } == true ? entry.label : entry.label + ":"
        out.append("- **\(label.markdownInline)** \(answer)")
      }
    }
    return out
  }

  func visitAssessment(_ a: Assessment, _ plan: Plan) -> [String] {
    var line = "**Verdict: \(a.verdict.markdownInline)** (score \(a.score) on a scale from"
    line += " -100, all job, to 100, all career)."
    if let stage = a.stage { line += " Career stage: \(stage.markdownInline)." }
    var out = ["", line, "", "**What it suggests:** " + a.nextStep.markdownInline]
    if !a.reasons.isEmpty {
      out += ["", "Why:", ""]
      out += a.reasons.map { "- " + $0.markdownInline }
    }
    for warning in a.warnings { out += ["", "> **Note:** " + warning.markdownInline] }
    return out
  }

  func visitGoals(_ goals: [Goal], _ plan: Plan) -> [String] {
    var out: [String] = []
    for (i, goal) in goals.enumerated() {
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
        out += goal.milestones.map {
          "- [ ] \(MarkdownExporter.day($0.due)) — \($0.title.markdownInline)"
        }
      }
    }
    return out
  }

  func visitGrowth(_ growth: Growth, _ plan: Plan) -> [String] {
    var out: [String] = []
    for (label, items) in growth.groups {
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
    return out
  }

  func visitNetworking(_ networking: Networking, _ plan: Plan) -> [String] {
    var out = [""]
    if let cadence = networking.cadence {
      out += ["**Overall:** " + cadence.value.markdownInline, ""]
    }
    for item in networking.items {
      var line = "- **\(item.channel.markdownInline):** \(item.detail.markdownInline)"
      let when = [item.cadence?.markdownInline, item.due.map { "by \($0.iso)" }].compactMap { $0 }
      if !when.isEmpty { line += " — " + when.joined(separator: ", ") }
      out.append(line)
    }
    return out
  }

  func visitBalance(_ b: Balance, _ plan: Plan) -> [String] {
    var out: [String] = []
    let facts = b.facts.map { "- **\($0.label):** \($0.value.plain)" }
    if !facts.isEmpty { out += [""] + facts }
    for (label, items) in b.lists {
      out += ["", "**\(label)**", ""]
      out += items.map { "- " + $0.value.markdownLines(continuation: "  ") }
    }
    return out
  }

  func visitOffers(_ compensation: Compensation, _ plan: Plan) -> [String] {
    let table = OfferComparison(compensation)
    var out = [""]
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
    return out
  }

  func visitActions(_ actions: [Action], _ plan: Plan) -> [String] {
    [""]
      + actions.map { action in
        var line = "- [ ] **\(MarkdownExporter.day(action.due))** \(action.title.markdownInline)"
        if let context = action.context { line += " _(\(context.markdownInline))_" }
        return line
      }
  }
}
