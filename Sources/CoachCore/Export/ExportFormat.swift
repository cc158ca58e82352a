/// The formats `coach export` writes, each backed by a pure exporter.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown, json, html, ics, csv, taskwarrior, org, todotxt

  /// The usual file name extension, without the dot. Taskwarrior's import
  /// format is plain JSON, so it shares `json`.
  public var fileExtension: String {
    switch self {
    case .markdown: return "md"
    case .json, .taskwarrior: return "json"
    case .html: return "html"
    case .ics: return "ics"
    case .csv: return "csv"
    case .org: return "org"
    case .todotxt: return "txt"
    }
  }

  /// The format a file name asks for by its extension (`plan.ics` is
  /// `ics`, `plan.md` and `plan.markdown` are `markdown`), for `export -o
  /// FILE` without `--format`. `.json` is the canonical plan, not
  /// Taskwarrior's input; `.txt` is todo.txt. `nil` for any other name.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."), !fileName[..<dot].hasSuffix("/") else {
      return nil
    }
    switch fileName[fileName.index(after: dot)...].lowercased() {
    case "md", "markdown": self = .markdown
    case "json": self = .json
    case "html", "htm": self = .html
    case "ics", "ical": self = .ics
    case "csv": self = .csv
    case "org": self = .org
    case "txt": self = .todotxt
    default: return nil
    }
  }

  /// The exporter that writes this format.
  public var exporter: any PlanExporter { exporter(ExportOptions()) }

  /// The exporter that writes this format with `options`.
  public func exporter(_ options: ExportOptions) -> any PlanExporter {
    switch self {
    case .markdown: return MarkdownExporter()
    case .json: return JSONExporter()
    case .html: return HTMLExporter()
    case .ics: return ICSExporter(events: options.events)
    case .csv: return CSVExporter()
    case .taskwarrior: return TaskwarriorExporter()
    case .org: return OrgExporter()
    case .todotxt: return TodoTxtExporter()
    }
  }

  /// The whole export of `plan` as one string.
  public func render(_ plan: Plan, options: ExportOptions = ExportOptions()) -> String {
    var text = ""
    exporter(options).export(plan, to: &text)
    return text
  }

  /// The whole export of `plan` as UTF-8 bytes, the bytes of `render`'s
  /// text: for a file. The JSON plan is written as bytes in the first
  /// place, so for it no `String` is made on the way.
  public func renderUTF8(_ plan: Plan, options: ExportOptions = ExportOptions()) -> [UInt8] {
    if self == .json { return JSONExporter.document(plan) }
    return Array(render(plan, options: options).utf8)
  }

  /// Whether `renderUTF8(_:options:chunks:)` makes the export a small part
  /// at a time (JSON), rather than whole and then handed over.
  public var rendersInParts: Bool { self == .json }

  /// The bytes of `renderUTF8`, handed to `chunk` a part at a time, each
  /// valid only during the call: for a file written as they come. The
  /// JSON plan is written from one small buffer, so its text (tens of
  /// megabytes for a long plan) is never held whole; the other formats
  /// come in one part.
  public func renderUTF8(
    _ plan: Plan, options: ExportOptions = ExportOptions(),
    chunks chunk: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    if self == .json { return JSONExporter.document(plan, chunks: chunk) }
    renderUTF8(plan, options: options).withUnsafeBufferPointer(chunk)
  }
}

/// What `coach export` can ask of an exporter beyond the format.
public struct ExportOptions: Hashable, Sendable {
  /// `ics`: all-day VEVENTs with a reminder (VALARM) instead of VTODOs, for
  /// calendars that show events only (`--events`). Other formats ignore it.
  public var events: Bool

  public init(events: Bool = false) {
    self.events = events
  }
}
