/// The plan as `/plan` shows it in a session: plain words with bold and dim
/// (`StyledLine`), columns aligned, every line wrapped to `width`; no
/// Markdown markup and no answer keys. Like the exporters it is a pure
/// function of the plan (and the width).
public struct TerminalPlanRenderer: Sendable {
  public var width: Int

  public init(width: Int = 80) {
    self.width = max(width, 40)
  }

  public func render(_ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    let name = plan.profile.name.map { ": " + $0.value } ?? ""
    out += StyledLine.wrap([.init("Career plan" + name, .bold)], width: width)
    var byline = "Session \(plan.sessionID)"
    if let day = plan.updated { byline += " · updated \(Self.day(day))" }
    out += StyledLine.wrap([.init(byline, .dim)], width: width)
    var visitor = TerminalSections(width: width)
    let present = PlanSection.present(in: plan)
    for section in present {
      if section != .scripts { out += visitor.heading(section.title) }
      out += section.accept(&visitor, plan)
    }
    if present.isEmpty { out += [StyledLine(), StyledLine("Nothing answered yet.", .dim)] }
    return out
  }

  /// "Thu 25 Feb 2027": a day short enough for a column.
  static func day(_ day: CalendarDay) -> String {
    let words = day.inWords.split(separator: " ")
    guard words.count == 4 else { return day.iso }
    return "\(words[0].prefix(3)) \(words[1]) \(words[2].prefix(3)) \(words[3])"
  }
}

/// Each section's lines after its heading.
private struct TerminalSections: PlanVisitor {
  let width: Int
  var empty: [StyledLine] { [] }

  func heading(_ title: String) -> [StyledLine] {
    [
      StyledLine(), StyledLine(title, .bold),
      StyledLine(String(repeating: "─", count: title.count), .dim),
    ]
  }

  /// A paragraph, indented by two, its later lines under its first.
  func paragraph(_ spans: [StyledLine.Span], indent: Int = 2, hang: Int = 0) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    return StyledLine.wrap(
      spans, width: width, first: pad, rest: pad + String(repeating: " ", count: hang))
  }

  func bullet(_ spans: [StyledLine.Span], indent: Int = 2) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    return StyledLine.wrap(spans, width: width, first: pad + "• ", rest: pad + "  ")
  }

  /// Rows of cells in aligned columns; the last column takes what width
  /// is left and wraps within it. `styles` gives each column's style.
  func columns(
    _ rows: [[String]], styles: [StyledLine.Style?] = [], indent: Int = 2,
    rightAligned: Set<Int> = []
  ) -> [StyledLine] {
    guard let count = rows.map(\.count).max(), count > 0 else { return [] }
    var widths = (0..<count - 1).map { c in rows.map { $0.count > c ? $0[c].count : 0 }.max() ?? 0 }
    let fixed = indent + widths.reduce(0, +) + 2 * (count - 1)
    // Too narrow a last column reads worse than a column that wraps.
    if width - fixed < 16, count > 1 {
      widths[0] = max(8, widths[0] - (16 - (width - fixed)))
    }
    let lastStart = indent + widths.reduce(0, +) + 2 * (count - 1)
    var out: [StyledLine] = []
    for row in rows {
      var line = StyledLine(String(repeating: " ", count: indent))
      for c in 0..<count - 1 {
        let cell = c < row.count ? row[c] : ""
        let style = c < styles.count ? styles[c] : nil
        if cell.count > widths[c] {
          // A cell wider than its column goes on a line of its own.
          let pad = String(repeating: " ", count: indent)
          out += StyledLine.wrap([.init(cell, style)], width: width, first: pad, rest: pad)
          line.append(String(repeating: " ", count: widths[c] + 2))
          continue
        }
        let pad = String(repeating: " ", count: widths[c] - cell.count)
        if rightAligned.contains(c) {
          line.append(pad)
          line.append(cell, style)
        } else {
          line.append(cell, style)
          line.append(pad)
        }
        line.append("  ")
      }
      let last = row.count == count ? row[count - 1] : ""
      let lastStyle = count - 1 < styles.count ? styles[count - 1] : nil
      out += StyledLine.wrap(
        [.init(last, lastStyle)], width: width, first: line,
        rest: String(repeating: " ", count: lastStart))
    }
    return out
  }

  func visitProfile(_ profile: Profile, _ plan: Plan) -> [StyledLine] {
    columns(
      profile.fields.map { field in
        let review = profile.reviewDate.map { TerminalPlanRenderer.day($0.value) }
        return [field.label, field.label == "Review this plan on" ? review ?? "" : field.value]
      }, styles: [.dim])
  }

  func visitAssessment(_ a: Assessment, _ plan: Plan) -> [StyledLine] {
    var out = paragraph([
      .init("Verdict: "), .init(a.verdict, .bold),
      .init(" (score \(a.score), from −100 all job to 100 all career)", .dim),
    ])
    out += [StyledLine()] + paragraph([.init("What it suggests: ", .bold), .init(a.nextStep)])
    if !a.reasons.isEmpty {
      out += [StyledLine()] + paragraph([.init("Why:", .dim)])
      for reason in a.reasons { out += bullet([.init(reason)]) }
    }
    for warning in a.warnings { out += paragraph([.init("Note: ", .bold), .init(warning)]) }
    return out
  }

  func visitVision(_ vision: String, _ plan: Plan) -> [StyledLine] {
    lines(vision, indent: 2)
  }

  /// Text that may hold line breaks (a `long` answer): each of its lines
  /// wrapped on its own.
  func lines(_ text: String, style: StyledLine.Style? = nil, indent: Int) -> [StyledLine] {
    Sanitizer.clean(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      paragraph([.init(String($0), style)], indent: indent)
    }
  }

  func visitGoals(_ goals: [Goal], _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    for (i, goal) in goals.enumerated() {
      if i > 0 { out.append(StyledLine()) }
      out += paragraph([.init("Goal \(i + 1): \(goal.title)", .bold)], hang: 2)
      if let words = goal.inYourWords, words != goal.title {
        out += paragraph([.init("In your words: ", .dim), .init(Self.oneLine(words))], indent: 4)
      }
      let rows = GoalPart.parts(of: goal).map { part in
        let text = part.label == "Time-bound" ? goal.deadline.map(Self.day) : part.text
        return [part.label, part.status.mark, text.map(Self.oneLine) ?? "—"]
      }
      out += columns(rows, styles: [.dim], indent: 4)
      let missing = GoalPart.missing(in: goal)
      if !missing.isEmpty {
        out += paragraph(
          [
            .init("Missing: ", .bold),
            .init("\(missing.joined(separator: ", ")). Add these to make the goal SMART."),
          ], indent: 4)
      }
      if !goal.milestones.isEmpty {
        out += [StyledLine()] + paragraph([.init("Milestones", .dim)], indent: 4)
        out += columns(
          goal.milestones.map { ["☐", Self.day($0.due), Self.oneLine($0.title)] }, indent: 4)
      }
    }
    return out
  }

  func visitGrowth(_ growth: Growth, _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    for (label, items) in growth.groups {
      if !out.isEmpty { out.append(StyledLine()) }
      out += paragraph([.init(label, .dim)])
      for item in items {
        var how: [String] = []
        if let method = item.method { how.append(method) }
        if let due = item.due { how.append("by " + TerminalPlanRenderer.day(due)) }
        let tail = how.isEmpty ? "" : " — " + how.joined(separator: ", ")
        out += bullet([.init(Self.oneLine(item.title)), .init(tail, .dim)])
      }
    }
    return out
  }

  func visitNetworking(_ networking: Networking, _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    if let cadence = networking.cadence {
      out += paragraph([.init("Overall: ", .dim), .init(Self.oneLine(cadence.value))])
    }
    for item in networking.items {
      let when = [item.cadence, item.due.map { "by " + TerminalPlanRenderer.day($0) }]
        .compactMap { $0 }
      let tail = when.isEmpty ? "" : " — " + when.joined(separator: ", ")
      let channel = item.channel.isEmpty ? "" : item.channel + ": "
      out += bullet([
        .init(channel, .bold), .init(Self.oneLine(item.detail)), .init(tail, .dim),
      ])
    }
    return out
  }

  func visitBalance(_ b: Balance, _ plan: Plan) -> [StyledLine] {
    var rows: [[String]] = []
    if let rating = b.rating {
      let scale = b.ratingMax.map { " of " + MoneyFormatter.formatNumber($0) } ?? ""
      rows.append(["Balance now", MoneyFormatter.formatNumber(rating.value) + scale])
    }
    if let review = b.reviewDate {
      rows.append(["Rate it again on", TerminalPlanRenderer.day(review.value)])
    }
    for (label, items) in b.lists {
      rows.append([label, items.map { Self.oneLine($0.value) }.joined(separator: "; ")])
    }
    return columns(rows, styles: [.dim])
  }

  func visitOffers(_ compensation: Compensation, _ plan: Plan) -> [StyledLine] {
    let table = OfferComparison(compensation)
    var out: [StyledLine] = []
    let rows = [[""] + table.columns] + table.rows.map { [$0.label] + $0.cells.map { $0 ?? "—" } }
    let widths = (0..<(table.columns.count + 1)).map { c in rows.map { $0[c].count }.max() ?? 0 }
    let fits = 2 + widths.reduce(0, +) + 2 * table.columns.count <= width
    if fits {
      for (r, row) in rows.enumerated() {
        var line = StyledLine("  ")
        let isTotal = r > 0 && table.rows[r - 1].isTotal
        let labelStyle: StyledLine.Style? = isTotal ? .bold : (r == 0 ? nil : .dim)
        line.append(row[0], labelStyle)
        line.append(String(repeating: " ", count: widths[0] - row[0].count))
        for c in 1..<row.count {
          line.append(String(repeating: " ", count: 2 + widths[c] - row[c].count))
          line.append(row[c], r == 0 || isTotal ? .bold : nil)
        }
        out.append(line)
      }
    } else {
      // Too wide side by side: one offer after another.
      for (c, name) in table.columns.enumerated() {
        out += paragraph([.init(name, .bold)])
        let rows = table.rows.compactMap { row in row.cells[c].map { [$0, row.label] } }
        out += columns(rows, styles: [nil, .dim], indent: 4, rightAligned: [0])
      }
    }
    for line in table.summary { out += [StyledLine()] + paragraph([.init(line)]) }
    if let said = table.preference {
      out += paragraph([.init("In your words: ", .dim), .init(Self.oneLine(said))])
    }
    if !table.explanations.isEmpty {
      out += [StyledLine()] + paragraph([.init("How the numbers were worked out:", .dim)])
      for e in table.explanations {
        out += bullet([.init("\(e.offer), \(e.part): ", .dim), .init(e.text, .dim)])
      }
    }
    return out
  }

  func visitActions(_ actions: [Action], _ plan: Plan) -> [StyledLine] {
    columns(
      actions.map { action in
        let context = action.context.map { " (\(Self.oneLine($0)))" } ?? ""
        return ["☐", Self.day(action.due), Self.oneLine(action.title) + context]
      })
  }

  func visitTimeline(_ commitments: [Commitment], _ plan: Plan) -> [StyledLine] {
    columns(
      commitments.map { [Self.day($0.due), $0.kind.label, $0.title] }, styles: [.bold, .dim])
  }

  func visitScripts(_ sections: [ScriptSection], _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    for section in sections {
      out += heading(section.title)
      for entry in section.entries {
        out += paragraph([.init(entry.label, .dim)])
        out += lines(entry.value, style: entry.isComputed ? .bold : nil, indent: 4)
      }
    }
    return out
  }

  func visitOpenQuestions(_ questions: [OpenQuestion], _ plan: Plan) -> [StyledLine] {
    var out = paragraph([.init("You left these open with /skip.", .dim)])
    for question in questions {
      out += bullet([.init(Commitment.plainQuestion(question.question))])
    }
    return out
  }

  func visitStillToCome(_ parts: [PendingPart], _ plan: Plan) -> [StyledLine] {
    columns(
      parts.map { part in
        [part.title, part.count == 1 ? "1 question" : "\(part.count) questions"]
      }, styles: [nil, .dim])
  }

  func visitNotes(_ notes: [Note], _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    for note in notes {
      out += paragraph([.init(Commitment.plainQuestion(note.question), .dim)])
      out += lines(note.answer, indent: 4)
    }
    return out
  }

  static func day(_ day: CalendarDay?) -> String {
    day.map(TerminalPlanRenderer.day) ?? "no date yet"
  }

  /// Text on one line: line breaks as spaces, since the terminal layout
  /// wraps it anew.
  static func oneLine(_ text: String) -> String { Commitment.oneLine(text) }
}
