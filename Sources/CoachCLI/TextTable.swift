import CoachCore

/// A plain-text table: columns as wide as their widest cell, two spaces
/// apart, the last column left ragged so no line ends in spaces. Widths
/// are terminal columns (`displayWidth`: a CJK character or an emoji is
/// two), as in the plan's own tables.
struct TextTable {
  let columns: [String]

  /// The header line, then one line per row.
  func render(_ rows: [[String]]) -> [String] {
    let all = [columns] + rows
    var widths = [Int](repeating: 0, count: columns.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = max(widths[i], cell.displayWidth)
      }
    }
    return all.map { row in
      var line = ""
      for (i, cell) in row.enumerated() where i < widths.count {
        let isLast = i == row.count - 1 || i == widths.count - 1
        let pad = String(repeating: " ", count: widths[i] - cell.displayWidth + 2)
        line += isLast ? cell : cell + pad
      }
      return line
    }
  }
}
