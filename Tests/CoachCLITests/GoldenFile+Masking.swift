import CoachTestSupport
import Foundation

/// This target's golden files, under `Golden/`.
let goldens = GoldenFile()

extension GoldenFile {
  /// `text` with the random part of session ids (`20261125-090000-3f2a`)
  /// replaced by `xxxx` and `directory` by `<dir>`, so goldens stay stable.
  static func masked(_ text: String, directory: String? = nil) -> String {
    var out = text
    if let directory { out = out.replacingOccurrences(of: directory, with: "<dir>") }
    return out.replacing(#/(\d{8}-\d{6})-[0-9a-f]{4}/#) { "\($0.output.1)-xxxx" }
  }
}
