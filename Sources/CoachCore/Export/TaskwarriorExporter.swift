import FoundationEssentials

/// Writes the plan's commitments as a JSON array that `task import` accepts.
///
/// Each task has a stable `uuid` (from the session id and the commitment's
/// identity), so importing a newer export updates the tasks instead of
/// duplicating them. `entry` is the plan's `updated` day at 00:00:00Z, and
/// `due` is the due day at 12:00:00Z: a day has no time zone, and noon UTC
/// falls on that same day in nearly every zone Taskwarrior may display it in.
public struct TaskwarriorExporter: PlanExporter {
  public init() {}

  struct Task: Encodable {
    var uuid: String
    var description: String
    var status = "pending"
    var entry: String
    var due: String?
    var project = "coach"
    var tags: [String]
    var annotations: [Annotation]
  }

  struct Annotation: Encodable {
    var entry: String
    var description: String
  }

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    let entry = Self.timestamp(plan.updated ?? CalendarDay(dayNumber: 0), hour: 0)
    let tasks = Commitment.all(in: plan).map { item in
      Task(
        uuid: item.uuid(sessionID: plan.sessionID), description: item.title, entry: entry,
        due: item.due.map { Self.timestamp($0, hour: 12) }, tags: ["coach", item.kind.rawValue],
        annotations: [Annotation(entry: entry, description: item.detail)])
    }
    guard !tasks.isEmpty else { return output.write("[]\n") }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Only strings and arrays of them: encoding cannot fail.
    let data = (try? encoder.encode(tasks)) ?? Data("[]".utf8)
    output.write(String(decoding: data, as: UTF8.self))
    output.write("\n")
  }

  /// `YYYYMMDDTHH0000Z`, Taskwarrior's compact UTC form.
  static func timestamp(_ day: CalendarDay, hour: Int) -> String {
    let iso = day.iso.split(separator: "-").joined()
    return iso + "T" + (hour < 10 ? "0\(hour)" : "\(hour)") + "0000Z"
  }
}
