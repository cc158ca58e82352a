import FoundationEssentials

/// Writes the plan's commitments as a JSON array that `task import` accepts,
/// one task to a line.
///
/// Each task has the commitment's `uuid` (from the plan's `planID`), so
/// importing a newer export updates the same tasks, in later sessions too.
/// `entry` is the plan's `updated` day at 00:00:00Z. `due` is the day alone
/// (`2027-03-31`), which Taskwarrior reads as the start of that day in the
/// time zone it runs in: the day the person means, wherever they are.
///
/// A plain `task import` replaces a task it already has with the imported
/// one, so it would reopen a finished task; `docs/export.md` gives the
/// merge that adds only the tasks Taskwarrior does not have yet. One task
/// to a line is what makes that merge a `grep`.
public struct TaskwarriorExporter: PlanExporter {
  public init() {}

  struct Task: Encodable {
    var uuid: String
    var description: String
    var status = "pending"
    var entry: String
    var due: String?
    var recur: String?
    var depends: String?
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
    let commitments = Commitment.all(in: plan)
    // A goal waits on its milestones: Taskwarrior's `depends` points from
    // the blocked task to what blocks it.
    var milestones: [String: [String]] = [:]
    for item in commitments {
      if let parent = item.parent { milestones[parent, default: []].append(item.uuid(in: plan)) }
    }
    let tasks = commitments.map { item in
      Task(
        uuid: item.uuid(in: plan), description: item.title, entry: entry,
        due: item.due?.iso, recur: item.due == nil ? nil : item.recurrence?.taskwarrior,
        depends: milestones[item.identity]?.joined(separator: ","),
        tags: ["coach", item.kind.rawValue],
        annotations: [Annotation(entry: entry, description: ICSExporter.description(item))])
    }
    guard !tasks.isEmpty else { return output.write("[]\n") }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Only strings and arrays of them: encoding cannot fail.
    let lines = tasks.map {
      String(decoding: (try? encoder.encode($0)) ?? Data("{}".utf8), as: UTF8.self)
    }
    output.write("[\n" + lines.joined(separator: ",\n") + "\n]\n")
  }

  /// `YYYYMMDDTHH0000Z`, Taskwarrior's compact UTC form.
  static func timestamp(_ day: CalendarDay, hour: Int) -> String {
    let iso = day.iso.split(separator: "-").joined()
    return iso + "T" + (hour < 10 ? "0\(hour)" : "\(hour)") + "0000Z"
  }
}
