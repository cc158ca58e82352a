/// Writes the plan's commitments as an RFC 5545 calendar of VTODOs.
///
/// Every commitment becomes a to-do with `DUE;VALUE=DATE` (when it has a
/// day), a SUMMARY, and a DESCRIPTION naming the goal or question it comes
/// from. Two rules keep the output a pure function of the plan, so golden
/// files and re-imports are stable:
/// - `UID` is `<32 hex digits>@coach`, a hash of the session id and the
///   commitment's identity, so a re-import updates instead of duplicating;
/// - `DTSTAMP` is the plan's `updated` day at 00:00:00Z (1970-01-01 when the
///   plan has no answer yet), not the time of the export.
public struct ICSExporter: PlanExporter {
  public init() {}

  public static let productID = "-//coach//Career plan//EN"

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    let stamp = Self.basicDate(plan.updated ?? CalendarDay(dayNumber: 0)) + "T000000Z"
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.productID)", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.calendarName(plan).icsEscaped)",
    ]
    for item in Commitment.all(in: plan) {
      lines += [
        "BEGIN:VTODO",
        "UID:\(item.stableID(sessionID: plan.sessionID))@coach",
        "DTSTAMP:\(stamp)",
      ]
      if let due = item.due { lines.append("DUE;VALUE=DATE:\(Self.basicDate(due))") }
      lines += [
        "SUMMARY:\(item.title.icsEscaped)",
        "DESCRIPTION:\(item.detail.icsEscaped)",
        "CATEGORIES:coach,\(item.kind.rawValue)",
        "STATUS:NEEDS-ACTION",
        "END:VTODO",
      ]
    }
    lines.append("END:VCALENDAR")
    for line in lines { output.write(line.icsFolded) }
  }

  static func calendarName(_ plan: Plan) -> String {
    guard let name = plan.profile.name?.value else { return "Career plan" }
    return "Career plan: " + Commitment.oneLine(name)
  }

  /// `YYYYMMDD`, the DATE form of RFC 5545.
  static func basicDate(_ day: CalendarDay) -> String {
    day.iso.split(separator: "-").joined()
  }
}
