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
    guard let data = try? encoder.encode(plan) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
