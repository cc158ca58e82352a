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
    var visitor = HTMLSections()
    let present = PlanSection.present(in: plan)
    for section in present {
      let body = section.accept(&visitor, plan)
      if section.hasOwnHeadings {
        out += body
      } else {
        out +=
          ["<section id=\"\(section.id)\">", "<h2>\(section.title)</h2>"] + body + ["</section>"]
      }
    }
    if present.isEmpty { out.append("<p class=\"empty\">Nothing answered yet.</p>") }
    out += ["</main>", "</body>", "</html>"]
    output.write(out.joined(separator: "\n") + "\n")
  }

  /// A to-do line: an empty box to tick on paper, the day, the text.
  static func checkItem(_ due: CalendarDay?, _ html: String) -> String {
    let day = due.map(time) ?? "<span class=\"empty\">no date yet</span>"
    return "<li><span class=\"box\">☐</span>\(day) — \(html)</li>"
  }

  /// A labelled value: text escaped, a day as `<time>`.
  static func html(_ value: FieldValue) -> String {
    switch value {
    case .text(let text): return text.htmlEscaped
    case .day(let day): return time(day)
    }
  }

  static func time(_ day: CalendarDay) -> String {
    "<time datetime=\"\(day.iso)\">\(day.iso)</time>"
  }
}

/// Each section's HTML, inside its `<section>` and after its heading.
struct HTMLSections: PlanVisitor {
  var empty: [String] { [] }

  func visitProfile(_ profile: Profile, _ plan: Plan) -> [String] {
    let rows = profile.fields.map { field in
      "<dt>\(field.label)</dt><dd>\(HTMLExporter.html(field.value))</dd>"
    }
    return ["<dl>"] + rows + ["</dl>"]
  }

  func visitAssessment(_ a: Assessment, _ plan: Plan) -> [String] {
    var line = "<p><strong>Verdict: \(a.verdict.htmlEscaped)</strong> (score \(a.score) on a"
    line += " scale from −100, all job, to 100, all career)."
    if let stage = a.stage { line += " Career stage: \(stage.htmlEscaped)." }
    var out = [line + "</p>"]
    out.append(
      "<p class=\"suggests\"><strong>What it suggests:</strong> \(a.nextStep.htmlEscaped)</p>")
    if !a.reasons.isEmpty {
      out += ["<p>Why:</p>", "<ul>"] + a.reasons.map { "<li>\($0.htmlEscaped)</li>" } + ["</ul>"]
    }
    out += a.warnings.map { "<p class=\"warn\">Note: \($0.htmlEscaped)</p>" }
    return out
  }

  func visitVision(_ vision: String, _ plan: Plan) -> [String] {
    ["<blockquote>\(vision.htmlEscapedLines)</blockquote>"]
  }

  func visitGoals(_ goals: [Goal], _ plan: Plan) -> [String] {
    var out: [String] = []
    for (i, goal) in goals.enumerated() {
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
        out += goal.milestones.map { HTMLExporter.checkItem($0.due, $0.title.htmlEscaped) }
        out.append("</ul>")
      }
      out.append("</article>")
    }
    return out
  }

  func visitGrowth(_ growth: Growth, _ plan: Plan) -> [String] {
    var out: [String] = []
    for (label, items) in growth.groups {
      out += ["<h3>\(label)</h3>", "<ul>"]
      for item in items {
        var how: [String] = []
        if let method = item.method { how.append(method.htmlEscaped) }
        if let due = item.due { how.append("by " + HTMLExporter.time(due)) }
        let tail = how.isEmpty ? "" : " — " + how.joined(separator: ", ")
        out.append("<li>\(item.title.htmlEscaped)\(tail)</li>")
      }
      out.append("</ul>")
    }
    return out
  }

  func visitNetworking(_ networking: Networking, _ plan: Plan) -> [String] {
    var out: [String] = []
    if let cadence = networking.cadence {
      out.append("<p><strong>Overall:</strong> \(cadence.value.htmlEscaped)</p>")
    }
    guard !networking.items.isEmpty else { return out }
    out.append("<ul>")
    for item in networking.items {
      let when = [item.cadence?.htmlEscaped, item.due.map { "by " + HTMLExporter.time($0) }]
        .compactMap { $0 }
      let tail = when.isEmpty ? "" : " — " + when.joined(separator: ", ")
      out.append(
        "<li><strong>\(item.channel.htmlEscaped):</strong> \(item.detail.htmlEscaped)\(tail)</li>")
    }
    return out + ["</ul>"]
  }

  func visitBalance(_ b: Balance, _ plan: Plan) -> [String] {
    let facts = b.facts.map { "<dt>\($0.label)</dt><dd>\(HTMLExporter.html($0.value))</dd>" }
    var out = facts.isEmpty ? [] : ["<dl>"] + facts + ["</dl>"]
    if !b.lists.isEmpty { out.append("<div class=\"lists\">") }
    for (label, items) in b.lists {
      out += ["<div>", "<h3>\(label)</h3>", "<ul>"]
      out += items.map { "<li>\($0.value.htmlEscapedLines)</li>" } + ["</ul>", "</div>"]
    }
    if !b.lists.isEmpty { out.append("</div>") }
    return out
  }

  func visitOffers(_ compensation: Compensation, _ plan: Plan) -> [String] {
    let table = OfferComparison(compensation)
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
      out += ["<p>How the numbers were worked out:</p>", "<ul class=\"small\">"]
      out += table.explanations.map {
        "<li>\($0.offer.htmlEscaped), \($0.part.htmlEscaped): \($0.text.htmlEscaped)</li>"
      }
      out.append("</ul>")
    }
    return out
  }

  func visitActions(_ actions: [Action], _ plan: Plan) -> [String] {
    let items = actions.map { action in
      let context = action.context.map { " <span class=\"context\">(\($0.htmlEscaped))</span>" }
      return HTMLExporter.checkItem(action.due, action.title.htmlEscaped + (context ?? ""))
    }
    return ["<ul class=\"checklist\">"] + items + ["</ul>"]
  }

  func visitTimeline(_ commitments: [Commitment], _ plan: Plan) -> [String] {
    let rows = commitments.map { item in
      let day = item.due.map(HTMLExporter.time) ?? ""
      return "<tr><td class=\"day\">\(day)</td><td class=\"kind\">\(item.kind.label)</td>"
        + "<td>\(item.title.htmlEscaped)</td></tr>"
    }
    return ["<table class=\"timeline\">", "<tbody>"] + rows + ["</tbody>", "</table>"]
  }

  func visitScripts(_ sections: [ScriptSection], _ plan: Plan) -> [String] {
    var out: [String] = []
    for section in sections {
      out += [
        "<section id=\"script-\(section.script.htmlEscaped)\" class=\"script\">",
        "<h2>\(section.title.htmlEscaped)</h2>", "<dl>",
      ]
      out += section.entries.map { entry in
        let value = entry.due.map(HTMLExporter.time) ?? entry.value.htmlEscapedLines
        return "<dt>\(entry.label.htmlEscaped)</dt><dd>\(value)</dd>"
      }
      out += ["</dl>", "</section>"]
    }
    return out
  }

  func visitOpenQuestions(_ questions: [OpenQuestion], _ plan: Plan) -> [String] {
    ["<ul>"] + questions.map { "<li>\($0.question.htmlEscaped)</li>" } + ["</ul>"]
  }

  func visitStillToCome(_ parts: [PendingPart], _ plan: Plan) -> [String] {
    ["<ul>"] + parts.map { "<li>\(PendingPart.summary($0).htmlEscaped)</li>" } + ["</ul>"]
  }

  func visitNotes(_ notes: [Note], _ plan: Plan) -> [String] {
    let rows = notes.map { note in
      "<dt>\(note.question.htmlEscaped)</dt>"
        + "<dd>\(note.answer.htmlEscapedLines)</dd>"
    }
    return ["<dl class=\"notes\">"] + rows + ["</dl>"]
  }
}
