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
      if !section.hasOwnHeadings { out += visitor.heading(section.title) }
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

/// Each section's lines after its heading: the layout helpers here, the
/// sections in `TerminalPlanRenderer+Sections.swift`.
struct TerminalSections {
  let width: Int

  func heading(_ title: String) -> [StyledLine] {
    [
      StyledLine(), StyledLine(title, .bold),
      StyledLine(String(repeating: "─", count: title.displayWidth), .dim),
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
  /// When the last column would be too narrow to read (under 24 columns)
  /// and some last cell would have to wrap in it, each row is stacked
  /// instead: its first cells on one line, its last cell after them when
  /// it fits, else under them, indented. Widths are terminal columns.
  func columns(
    _ rows: [[String]], styles: [StyledLine.Style?] = [], indent: Int = 2,
    rightAligned: Set<Int> = []
  ) -> [StyledLine] {
    guard let count = rows.map(\.count).max(), count > 0 else { return [] }
    let rows = rows.map { row in
      (0..<count).map { c in c < row.count ? StyledLine.oneLine(row[c]) : "" }
    }
    let widths = (0..<count - 1).map { c in rows.map { $0[c].displayWidth }.max() ?? 0 }
    let lastStart = indent + widths.reduce(0, +) + 2 * (count - 1)
    let lastWidth = width - lastStart
    if count > 1, lastWidth < 24, rows.contains(where: { $0[count - 1].displayWidth > lastWidth }) {
      return stacked(rows, styles: styles, indent: indent)
    }
    var out: [StyledLine] = []
    for row in rows {
      var line = StyledLine(String(repeating: " ", count: indent))
      for c in 0..<count - 1 {
        let style = c < styles.count ? styles[c] : nil
        let pad = String(repeating: " ", count: widths[c] - row[c].displayWidth)
        if rightAligned.contains(c) {
          line.append(pad)
          line.append(row[c], style)
        } else {
          line.append(row[c], style)
          line.append(pad)
        }
        line.append("  ")
      }
      let lastStyle = count - 1 < styles.count ? styles[count - 1] : nil
      out += StyledLine.wrap(
        [.init(row[count - 1], lastStyle)], width: width, first: line,
        rest: String(repeating: " ", count: lastStart))
    }
    return out
  }

  /// Rows too wide for columns: each row's first cells on one line, two
  /// spaces apart, and its last cell under them, two further in.
  func stacked(_ rows: [[String]], styles: [StyledLine.Style?], indent: Int) -> [StyledLine] {
    let pad = String(repeating: " ", count: indent)
    var out: [StyledLine] = []
    for row in rows {
      var line = StyledLine(pad)
      for (c, cell) in row.dropLast().enumerated() where !cell.isEmpty {
        if line.width > indent { line.append("  ") }
        line.append(cell, c < styles.count ? styles[c] : nil)
      }
      let last = row.count - 1
      let text = row[last]
      let lastStyle = last < styles.count ? styles[last] : nil
      if line.width > indent, line.width + 2 + text.displayWidth <= width {
        if !text.isEmpty {
          line.append("  ")
          line.append(text, lastStyle)
        }
        out.append(line)
        continue
      }
      if line.width > width {
        out += StyledLine.wrap(line.spans, width: width, first: pad, rest: pad)
      } else if line.width > indent {
        out.append(line)
      }
      guard !text.isEmpty else { continue }
      out += StyledLine.wrap(
        [.init(text, lastStyle)], width: width, first: pad + "  ", rest: pad + "  ")
    }
    return out
  }

  /// Text that may hold line breaks (a `long` answer): each of its lines
  /// wrapped on its own.
  func lines(_ text: String, style: StyledLine.Style? = nil, indent: Int) -> [StyledLine] {
    Sanitizer.clean(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap {
      paragraph([.init(String($0), style)], indent: indent)
    }
  }

  static func day(_ day: CalendarDay?) -> String {
    day.map(TerminalPlanRenderer.day) ?? "no date yet"
  }

  /// Text on one line: line breaks as spaces, since the terminal layout
  /// wraps it anew.
  static func oneLine(_ text: String) -> String { StyledLine.oneLine(text) }
}
