/// Writes the plan's commitments as an RFC 5545 calendar: VTODOs, or with
/// `events` all-day VEVENTs with a reminder, for calendars that show events
/// only.
///
/// Every commitment becomes a to-do with `DUE;VALUE=DATE` (when it has a
/// day), a SUMMARY, and a DESCRIPTION naming, in plain words, the goal or
/// question it comes from. The output is a pure function of the plan, so
/// golden files and re-imports are stable:
/// - `UID` is the commitment's id (a UUID from the plan's `planID`), so a
///   re-import updates instead of duplicating, in later sessions too;
/// - `DTSTAMP` and `LAST-MODIFIED` are the plan's `updated` day at
///   00:00:00Z (1970-01-01 when the plan has no answer yet), and `SEQUENCE`
///   is always 0: an export never claims to be newer than the person's own
///   edits, and it carries no `STATUS`, so importing it again never marks a
///   finished to-do as not done.
public struct ICSExporter: PlanExporter {
  /// All-day events with an alarm instead of to-dos; undated commitments
  /// are left out, since an event needs a day.
  public var events: Bool

  public init(events: Bool = false) {
    self.events = events
  }

  public static let productID = "-//coach//Career plan//EN"

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    let stamp = Self.basicDate(plan.updated ?? CalendarDay(dayNumber: 0)) + "T000000Z"
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(Self.productID)", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.calendarName(plan).icsEscaped)",
    ]
    for item in Commitment.all(in: plan) {
      if events && item.due == nil { continue }
      let component = events ? "VEVENT" : "VTODO"
      lines += [
        "BEGIN:\(component)",
        "UID:\(item.uuid(in: plan))",
        "DTSTAMP:\(stamp)",
        "LAST-MODIFIED:\(stamp)",
        "SEQUENCE:0",
      ]
      if let due = item.due {
        if events {
          lines += [
            "DTSTART;VALUE=DATE:\(Self.basicDate(due))",
            "DTEND;VALUE=DATE:\(Self.basicDate(due.adding(days: 1)))",
            "TRANSP:TRANSPARENT",
          ]
        } else {
          // No DTSTART: RFC 5545 wants DUE later than it, and a repeating
          // to-do counts from its due day in the calendars tried.
          lines.append("DUE;VALUE=DATE:\(Self.basicDate(due))")
        }
        if let recurrence = item.recurrence { lines.append("RRULE:\(recurrence.rrule)") }
      }
      lines += [
        "SUMMARY:\(item.title.icsEscaped)",
        "DESCRIPTION:\(Self.description(item).icsEscaped)",
        "CATEGORIES:coach,\(item.kind.rawValue)",
      ]
      if let parent = item.parentUUID(in: plan) { lines.append("RELATED-TO:\(parent)") }
      if events {
        lines += [
          "BEGIN:VALARM", "ACTION:DISPLAY",
          "DESCRIPTION:\(("Tomorrow: " + item.title).icsEscaped)", "TRIGGER:-P1D", "END:VALARM",
        ]
      }
      lines.append("END:\(component)")
    }
    lines.append("END:VCALENDAR")
    for line in lines { output.write(line.icsFolded) }
  }

  /// What it belongs to, and how often it comes round, in plain words.
  static func description(_ item: Commitment) -> String {
    func sentence(_ text: String) -> String {
      text.last.map { ".?!".contains($0) } == true ? text : text + "."
    }
    return sentence(item.context) + (item.recurrence.map { " Repeats \($0.words)." } ?? "")
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
