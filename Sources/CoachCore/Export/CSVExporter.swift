/// Writes the plan's commitments as CSV: a header row, then one row per
/// commitment (`kind,title,due,source,status`), RFC 4180 quoting, CRLF line
/// ends, and a `'` before any cell a spreadsheet would run as a formula.
///
/// `due` is `YYYY-MM-DD` or empty; `status` is always `pending`, since the
/// plan records commitments, not their completion.
public struct CSVExporter: PlanExporter {
  public init() {}

  public static let header = ["kind", "title", "due", "source", "status"]

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    output.write(Self.header.joined(separator: ",") + "\r\n")
    for item in Commitment.all(in: plan) {
      let cells = [item.kind.rawValue, item.title, item.due?.iso ?? "", item.source, "pending"]
      output.write(cells.map(\.csvField).joined(separator: ",") + "\r\n")
    }
  }
}
