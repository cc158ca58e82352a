/// The formats `coach export` writes, each backed by a pure exporter.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown, json, html, ics, csv, taskwarrior

  /// The usual file name extension, without the dot. Taskwarrior's import
  /// format is plain JSON, so it shares `json`.
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .json, .taskwarrior: return "json"
    case .html: return "html"
    case .ics: return "ics"
    case .csv: return "csv"
    }
  }

  /// The exporter that writes this format.
  public var exporter: any PlanExporter {
    switch self {
    case .markdown: return MarkdownExporter()
    case .json: return JSONExporter()
    case .html: return HTMLExporter()
    case .ics: return ICSExporter()
    case .csv: return CSVExporter()
    case .taskwarrior: return TaskwarriorExporter()
    }
  }

  /// The whole export of `plan` as one string.
  public func render(_ plan: Plan) -> String {
    var text = ""
    exporter.export(plan, to: &text)
    return text
  }
}
