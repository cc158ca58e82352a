import Foundation
import Testing

/// Compares a whole output with its golden file. `COACH_UPDATE_GOLDEN=1`
/// rewrites the file instead (the one time a test writes into the
/// repository, on request).
public struct GoldenFile: Sendable {
  /// The folder of golden files.
  public let root: URL

  /// Golden files under `Golden/` beside the test file `filePath`.
  public init(besides filePath: String = #filePath) {
    root = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden")
  }

  public static var updating: Bool {
    ProcessInfo.processInfo.environment["COACH_UPDATE_GOLDEN"] == "1"
  }

  /// Checks `actual` against `<root>/<path>`, recording the first line that
  /// differs.
  public func check(
    _ actual: String, path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let file = root.appendingPathComponent(path)
    if Self.updating {
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
}
