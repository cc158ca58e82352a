/// Writes the plan's commitments as CSV: a header row, then one row per
/// commitment (`id,kind,title,due,repeats,about,parent`), RFC 4180 quoting,
/// CRLF line ends, and a `'` before any text a spreadsheet would run as a
/// formula.
///
/// `id` is the commitment's id (the same UUID as in the other exports),
/// `due` is `YYYY-MM-DD` or empty, `repeats` says how often in words
/// (`every month`) or is empty, `about` is what it belongs to in plain
/// words, and `parent` is the id of the goal a milestone leads to.
public struct CSVExporter: PlanExporter {
  public init() {}

  public static let header = ["id", "kind", "title", "due", "repeats", "about", "parent"]

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    output.write(Self.header.joined(separator: ",") + "\r\n")
    for item in Commitment.all(in: plan) {
      let cells = [
        item.uuid(in: plan), item.kind.rawValue, item.title, item.due?.iso ?? "",
        item.recurrence?.words ?? "", item.context, item.parentUUID(in: plan) ?? "",
      ]
      output.write(cells.map(\.csvField).joined(separator: ",") + "\r\n")
    }
  }
}
