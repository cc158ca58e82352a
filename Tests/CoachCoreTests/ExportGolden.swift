import Foundation
import Testing

/// Compares an export with its golden file under `Golden/export/`, found
/// from this file's path. `COACH_UPDATE_GOLDEN=1` rewrites the file instead
/// (the one time a test writes into the repository, on request).
enum ExportGolden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/export")

  static var updating: Bool { ProcessInfo.processInfo.environment["COACH_UPDATE_GOLDEN"] == "1" }

  static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  static func check(
    _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let file = url(name)
    if updating {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    let expected = try String(decoding: Data(contentsOf: file), as: UTF8.self)
    guard actual != expected else { return }
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
      zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(a.count, e.count)
    let got = line < a.count ? String(a[line]) : "<end>"
    let want = line < e.count ? String(e[line]) : "<end>"
    let message =
      "\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n"
      + "(run with COACH_UPDATE_GOLDEN=1 to accept)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}
