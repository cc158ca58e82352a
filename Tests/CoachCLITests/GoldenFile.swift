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

  /// `text` with the random part of session ids (`20261125-090000-3f2a`)
  /// replaced by `xxxx` and `directory` by `<dir>`, so goldens stay stable.
  static func masked(_ text: String, directory: String? = nil) -> String {
    var out = text
    if let directory { out = out.replacingOccurrences(of: directory, with: "<dir>") }
    return out.replacing(#/(\d{8}-\d{6})-[0-9a-f]{4}/#) { "\($0.output.1)-xxxx" }
  }
}
