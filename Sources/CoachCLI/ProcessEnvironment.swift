import Glibc

/// The process's environment variables, read from `environ` itself.
///
/// `ProcessInfo.processInfo.environment` gives the same dictionary, but
/// setting `ProcessInfo` up and building its copy was a tenth of the work
/// `coach start` did before its first prompt (docs/performance.md). One
/// difference, on purpose: a name set twice keeps its first value, as
/// `getenv` reads it (and libc and libedit with it), where `ProcessInfo`
/// kept the last.
enum ProcessEnvironment {
  /// Every `NAME=value` entry of `environ`; see `variables(in:)`.
  static func current() -> [String: String] {
    variables(in: environ)
  }

  /// Every `NAME=value` entry of a null-terminated list like `environ`; an
  /// entry without `=` is left out, and a name set twice keeps its first
  /// value. Bytes that are not UTF-8 are repaired, as in any `String` made
  /// from C.
  static func variables(in list: UnsafePointer<UnsafeMutablePointer<CChar>?>) -> [String: String] {
    var variables: [String: String] = [:]
    var entry = list
    while let pointer = entry.pointee {
      let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        let name = String(decoding: bytes[..<equals], as: UTF8.self)
        if variables[name] == nil {
          variables[name] = String(decoding: bytes[(equals + 1)...], as: UTF8.self)
        }
      }
      entry += 1
    }
    return variables
  }
}
