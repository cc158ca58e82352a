import FoundationEssentials

/// Writes the canonical plan: every field of `Plan`, keys sorted, pretty
/// printed, slashes unescaped, ending with a line break.
///
/// This is the form other programs read (described by
/// `docs/plan.schema.json`); text stays exactly as typed, since JSON string
/// escaping already keeps control characters from reaching a terminal.
public struct JSONExporter: PlanExporter {
  public init() {}

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    output.write(Self.encode(plan))
    output.write("\n")
  }

  /// The plan as JSON text. Non-finite numbers (which JSON cannot hold, and
  /// a `compute:` step dividing by zero could make) are written as the
  /// strings "Infinity", "-Infinity" and "NaN" rather than failing.
  static func encode(_ plan: Plan) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    // With that strategy nothing in `Plan` can fail to encode.
    guard let data = try? encoder.encode(Document(plan: plan)) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// The plan with its commitments, each with its `id`: what the calendar
/// and task exports list, so a program reading the JSON can match them.
struct Document: Encodable {
  var plan: Plan

  struct Entry: Encodable {
    var id: String
    var kind: String
    var title: String
    var due: CalendarDay?
    var about: String
    var repeats: String?
    var parent: String?
    var source: String
  }

  enum Key: String, CodingKey { case commitments }

  func encode(to encoder: any Encoder) throws {
    try plan.encode(to: encoder)
    var container = encoder.container(keyedBy: Key.self)
    let entries = Commitment.all(in: plan).map { item in
      Entry(
        id: item.uuid(in: plan), kind: item.kind.rawValue, title: item.title, due: item.due,
        about: item.context, repeats: item.recurrence?.rrule, parent: item.parentUUID(in: plan),
        source: item.source)
    }
    try container.encode(entries, forKey: .commitments)
  }
}
