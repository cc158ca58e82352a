import CoachTestSupport
import Foundation

/// This target's golden files (`Golden/`) and fixtures (`Fixtures/`).
enum Goldens {
  static let files = GoldenFile()

  /// The text of a fixture under `Fixtures/`.
  static func fixture(_ path: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(path)
    return try String(decoding: Data(contentsOf: url), as: UTF8.self)
  }
}
