/// Something that writes a plan in one format.
///
/// Exporters are pure: the output depends on the plan alone (never on the
/// clock, the environment or the locale), so the export of a replayed
/// transcript equals the export of the live session, byte for byte.
public protocol PlanExporter: Sendable {
  /// Writes the whole export of `plan` to `output`.
  func export(_ plan: Plan, to output: inout some TextOutputStream)
}
