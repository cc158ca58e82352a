import Foundation
import Testing

/// Compares a whole output with its golden file under `Golden/`, found from
/// this file's path. `COACH_UPDATE_GOLDEN=1` rewrites the file instead (the
/// one time a test writes into the repository, on request).
enum GoldenFile {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var updating: Bool { ProcessInfo.processInfo.environment["COACH_UPDATE_GOLDEN"] == "1" }

  /// Checks `actual` against `Golden/<path>`, recording the first line that
  /// differs.
  static func check(
    _ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let file = root.appendingPathComponent(path)
    if updating {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
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
      "\(path) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n"
      + "(run with COACH_UPDATE_GOLDEN=1 to accept)"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }

  /// The text of a fixture under `Fixtures/`.
  static func fixture(_ path: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(path)
    return try String(decoding: Data(contentsOf: url), as: UTF8.self)
  }
}
