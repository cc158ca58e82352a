/// Writes the plan as one self-contained HTML5 page to read on screen or
/// print: inline CSS, no scripts, nothing loaded from anywhere (the
/// Content-Security-Policy says so too), every answer escaped.
public struct HTMLExporter: PlanExporter {
  public init() {}

  public static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'"

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    let title = "Career plan" + (plan.profile.name.map { ": " + $0.value } ?? "")
    var meta = "Session \(plan.sessionID.htmlEscaped)"
    if let day = plan.updated { meta += " · updated \(Self.time(day))" }
    var out = [
      "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
      "<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy)\">",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
      "<title>\(title.htmlEscaped)</title>", "<style>", Self.styleSheet, "</style>", "</head>",
      "<body>", "<main>", "<header>", "<h1>\(title.htmlEscaped)</h1>",
      "<p class=\"meta\">\(meta)</p>", "</header>",
    ]
    var sections: [[String]] = [
      profile(plan), assessment(plan),
      plan.vision.map { ["<blockquote>\($0.value.htmlEscapedLines)</blockquote>"] } ?? [],
      goals(plan), growth(plan), networking(plan), balance(plan), offers(plan), actions(plan),
      plan.openQuestions.isEmpty
        ? []
        : ["<ul>"]
          + plan.openQuestions.map {
            "<li>\($0.question.htmlEscaped)</li>"
          } + ["</ul>"],
      notes(plan),
    ]
    let titles = [
      ("profile", "Profile"), ("assessment", "Job or career?"), ("vision", "Vision"),
      ("goals", "SMART goals"), ("growth", "Growth"), ("networking", "Networking"),
      ("balance", "Work-life balance"), ("offers", "Offers compared"),
      ("actions", "Next actions"), ("questions", "Open questions"), ("notes", "Notes"),
    ]
    if sections.allSatisfy(\.isEmpty) {
      sections[0] = ["<p class=\"empty\">Nothing answered yet.</p>"]
    }
    // Where printing starts a new sheet: the first section present of
    // each part after the first.
    let parts: [Set<String>] = [
      ["goals"], ["growth", "networking", "balance"], ["offers"],
      ["actions", "questions", "notes"],
    ]
    var pending = parts
    var first = true
    for ((id, heading), body) in zip(titles, sections) where !body.isEmpty {
      let part = pending.firstIndex { $0.contains(id) }
      let breaks = !first && part != nil
      if let part { pending.removeSubrange(...part) }
      first = false
      let css = breaks ? " class=\"page\"" : ""
      out += ["<section id=\"\(id)\"\(css)>", "<h2>\(heading)</h2>"] + body + ["</section>"]
    }
    out += ["</main>", "</body>", "</html>"]
    output.write(out.joined(separator: "\n") + "\n")
  }

  private func profile(_ plan: Plan) -> [String] {
    let p = plan.profile
    let fields: [(String, String?)] = [
      ("Name", p.name?.value.htmlEscaped), ("Role", p.role?.value.htmlEscaped),
      ("Field", p.field?.value.htmlEscaped), ("Career stage", p.stage?.value.htmlEscaped),
      ("Review this plan on", p.reviewDate.map { Self.time($0.value) }),
    ]
    let rows = fields.compactMap { label, value in value.map { "<dt>\(label)</dt><dd>\($0)</dd>" } }
    return rows.isEmpty ? [] : ["<dl>"] + rows + ["</dl>"]
  }

  private func assessment(_ plan: Plan) -> [String] {
    guard let a = plan.assessment else { return [] }
    var line = "<p><strong>Verdict: \(a.verdict.htmlEscaped)</strong> (score \(a.score) on a"
    line += " scale from −100, all job, to 100, all career)."
    if let stage = a.stage { line += " Career stage: \(stage.htmlEscaped)." }
    var out = [line + "</p>"]
    if !a.reasons.isEmpty {
      out += ["<p>Why:</p>", "<ul>"] + a.reasons.map { "<li>\($0.htmlEscaped)</li>" } + ["</ul>"]
    }
    out += a.warnings.map { "<p class=\"warn\">Note: \($0.htmlEscaped)</p>" }
    return out
  }

  private func goals(_ plan: Plan) -> [String] {
    var out: [String] = []
    for (i, goal) in plan.goals.enumerated() {
      out += [
        "<article class=\"goal\">", "<h3>Goal \(i + 1): \(goal.title.htmlEscaped)</h3>",
      ]
      if let words = goal.inYourWords, words != goal.title {
        out.append("<p>In your words: \(words.htmlEscaped)</p>")
      }
      out += [
        "<table class=\"smart\">",
        "<thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Answer</th>"
          + "<th scope=\"col\">Check</th></tr></thead>", "<tbody>",
      ]
      for part in GoalPart.parts(of: goal) {
        let text = part.text.map(\.htmlEscapedLines) ?? "<span class=\"empty\">—</span>"
        let css = "\(part.status)"
        out.append(
          "<tr><th scope=\"row\">\(part.label)</th><td>\(text)</td>"
            + "<td class=\"mark \(css)\">\(part.status.mark)</td></tr>")
      }
      out += ["</tbody>", "</table>"]
      let missing = GoalPart.missing(in: goal)
      if !missing.isEmpty {
        out.append(
          "<p class=\"warn\">Missing: \(missing.joined(separator: ", ")). "
            + "Add these to make the goal SMART.</p>")
      }
      if !goal.milestones.isEmpty {
        out += ["<p>Milestones:</p>", "<ul class=\"checklist\">"]
        out += goal.milestones.map { Self.checkItem($0.due, $0.title.htmlEscaped) }
        out.append("</ul>")
      }
      out.append("</article>")
    }
    return out
  }

  private func growth(_ plan: Plan) -> [String] {
    let groups = [
      ("Skills", plan.growth.skills), ("Education", plan.growth.education),
      ("Experience", plan.growth.experience),
    ]
    var out: [String] = []
    for (label, items) in groups where !items.isEmpty {
      out += ["<h3>\(label)</h3>", "<ul>"]
      for item in items {
        var how: [String] = []
        if let method = item.method { how.append(method.htmlEscaped) }
        if let due = item.due { how.append("by " + Self.time(due)) }
        let tail = how.isEmpty ? "" : " — " + how.joined(separator: ", ")
        out.append("<li>\(item.title.htmlEscaped)\(tail)</li>")
      }
      out.append("</ul>")
    }
    return out
  }

  private func networking(_ plan: Plan) -> [String] {
    var out: [String] = []
    if let cadence = plan.networking.cadence {
      out.append("<p><strong>Overall:</strong> \(cadence.value.htmlEscaped)</p>")
    }
    guard !plan.networking.items.isEmpty else { return out }
    out.append("<ul>")
    for item in plan.networking.items {
      let when = [item.cadence?.htmlEscaped, item.due.map { "by " + Self.time($0) }]
        .compactMap { $0 }
      let tail = when.isEmpty ? "" : " — " + when.joined(separator: ", ")
      out.append(
        "<li><strong>\(item.channel.htmlEscaped):</strong> \(item.detail.htmlEscaped)\(tail)</li>")
    }
    return out + ["</ul>"]
  }

  private func balance(_ plan: Plan) -> [String] {
    let b = plan.balance
    var facts: [String] = []
    if let rating = b.rating {
      let scale = b.ratingMax.map { " of " + MoneyFormatter.formatNumber($0) } ?? ""
      facts.append(
        "<dt>Balance now</dt><dd>\(MoneyFormatter.formatNumber(rating.value))\(scale)</dd>")
    }
    if let review = b.reviewDate {
      facts.append("<dt>Rate it again on</dt><dd>\(Self.time(review.value))</dd>")
    }
    var out = facts.isEmpty ? [] : ["<dl>"] + facts + ["</dl>"]
    let lists = [
      ("Priorities", b.priorities), ("Boundaries", b.boundaries), ("Delegate", b.delegate),
      ("Time management", b.timeManagement),
    ]
    for (label, items) in lists where !items.isEmpty {
      out += ["<h3>\(label)</h3>", "<ul>"]
      out += items.map { "<li>\($0.value.htmlEscapedLines)</li>" } + ["</ul>"]
    }
    return out
  }

  private func offers(_ plan: Plan) -> [String] {
    let table = OfferComparison(plan.compensation)
    guard !table.isEmpty else { return [] }
    let head = table.columns.map { "<th scope=\"col\" class=\"num\">\($0.htmlEscaped)</th>" }
    var out = ["<table>", "<thead><tr><td></td>" + head.joined() + "</tr></thead>", "<tbody>"]
    for row in table.rows {
      let cells = row.cells.map { "<td class=\"num\">\($0?.htmlEscaped ?? "—")</td>" }
      let css = row.isTotal ? " class=\"total\"" : ""
      out.append("<tr\(css)><th scope=\"row\">\(row.label.htmlEscaped)</th>\(cells.joined())</tr>")
    }
    out += ["</tbody>", "</table>"]
    out += table.summary.map { "<p>\($0.htmlEscaped)</p>" }
    if let said = table.preference {
      out.append("<p>In your words: \(said.htmlEscapedLines)</p>")
    }
    if !table.explanations.isEmpty {
      out += ["<p>How the numbers were worked out:</p>", "<ul>"]
      out += table.explanations.map {
        "<li>\($0.offer.htmlEscaped), \($0.part.htmlEscaped): \($0.text.htmlEscaped)</li>"
      }
      out.append("</ul>")
    }
    return out
  }

  private func actions(_ plan: Plan) -> [String] {
    guard !plan.actions.isEmpty else { return [] }
    let items = MarkdownExporter.byDueDay(plan.actions).map { action in
      let context = action.context.map { " <span class=\"context\">(\($0.htmlEscaped))</span>" }
      return Self.checkItem(action.due, action.title.htmlEscaped + (context ?? ""))
    }
    return ["<ul class=\"checklist\">"] + items + ["</ul>"]
  }

  private func notes(_ plan: Plan) -> [String] {
    guard !plan.notes.isEmpty else { return [] }
    let rows = plan.notes.map { note in
      "<dt>\(note.question.htmlEscaped)</dt>"
        + "<dd>\(note.answer.htmlEscapedLines)</dd>"
    }
    return ["<dl class=\"notes\">"] + rows + ["</dl>"]
  }

  /// A to-do line: an empty box to tick on paper, the day, the text.
  static func checkItem(_ due: CalendarDay?, _ html: String) -> String {
    let day = due.map(time) ?? "<span class=\"empty\">no date yet</span>"
    return "<li><span class=\"box\">☐</span>\(day) — \(html)</li>"
  }

  static func time(_ day: CalendarDay) -> String {
    "<time datetime=\"\(day.iso)\">\(day.iso)</time>"
  }
}
