import Foundation
import Testing

/// The exports' golden files, under `Golden/export/`.
enum ExportGolden {
  static func url(_ name: String) -> URL {
    Goldens.files.root.appendingPathComponent("export").appendingPathComponent(name)
  }

  static func check(
    _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    try Goldens.files.check(actual, path: "export/" + name, sourceLocation: sourceLocation)
  }
}
