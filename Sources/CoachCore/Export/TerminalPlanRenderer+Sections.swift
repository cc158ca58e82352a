/// The sections of `/plan`, one visitor method each.
extension TerminalSections: PlanVisitor {
  var empty: [StyledLine] { [] }

  func visitProfile(_ profile: Profile, _ plan: Plan) -> [StyledLine] {
    columns(
      profile.fields.map { field in
        [field.label, Self.text(field.value)]
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

  func visitGoals(_ goals: [Goal], _ plan: Plan) -> [StyledLine] {
    var out: [StyledLine] = []
    for (i, goal) in goals.enumerated() {
      if i > 0 { out.append(StyledLine()) }
      out += paragraph([.init("Goal \(i + 1): \(Self.oneLine(goal.title))", .bold)], hang: 2)
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
      let channel = item.channel.isEmpty ? "" : Self.oneLine(item.channel) + ": "
      out += bullet([
        .init(channel, .bold), .init(Self.oneLine(item.detail)), .init(tail, .dim),
      ])
    }
    return out
  }

  func visitBalance(_ b: Balance, _ plan: Plan) -> [StyledLine] {
    var rows = b.facts.map { [$0.label, Self.text($0.value)] }
    for (label, items) in b.lists {
      rows.append([label, items.map { Self.oneLine($0.value) }.joined(separator: "; ")])
    }
    return columns(rows, styles: [.dim])
  }

  func visitOffers(_ compensation: Compensation, _ plan: Plan) -> [StyledLine] {
    let table = OfferComparison(compensation)
    var out: [StyledLine] = []
    let rows = ([[""] + table.columns] + table.rows.map { [$0.label] + $0.cells.map { $0 ?? "—" } })
      .map { $0.map(Self.oneLine) }
    let widths = (0..<(table.columns.count + 1)).map { c in
      rows.map { $0[c].displayWidth }.max() ?? 0
    }
    let fits = 2 + widths.reduce(0, +) + 2 * table.columns.count <= width
    if fits {
      for (r, row) in rows.enumerated() {
        var line = StyledLine("  ")
        let isTotal = r > 0 && table.rows[r - 1].isTotal
        let labelStyle: StyledLine.Style? = isTotal ? .bold : (r == 0 ? nil : .dim)
        line.append(row[0], labelStyle)
        line.append(String(repeating: " ", count: widths[0] - row[0].displayWidth))
        for c in 1..<row.count {
          line.append(String(repeating: " ", count: 2 + widths[c] - row[c].displayWidth))
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
        if let due = entry.due {
          out += paragraph([.init(TerminalPlanRenderer.day(due))], indent: 4)
        } else {
          out += lines(entry.value, style: entry.isComputed ? .bold : nil, indent: 4)
        }
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
        [part.title, part.questions]
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

  /// A labelled value: text, or a day in words.
  static func text(_ value: FieldValue) -> String {
    switch value {
    case .text(let text): return text
    case .day(let day): return TerminalPlanRenderer.day(day)
    }
  }
}
