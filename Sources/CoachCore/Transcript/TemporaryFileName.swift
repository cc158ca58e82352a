/// The names atomic writes give their temporary files:
/// `.plan.json.tmp-<pid>-<n>` beside `plan.json`.
///
/// A kill during a save leaves such a file behind (the target itself is
/// intact), so the name must be recognisable for the sweep on the next start,
/// and must carry the writer's process id so a sweep can spare the files of a
/// writer that is still alive.
public enum TemporaryFileName {
  static let suffix = ".tmp"

  /// The temporary name for writing `target` (a file name, not a path).
  public static func make(for target: String, pid: Int32, counter: Int) -> String {
    ".\(target)\(suffix)-\(pid)-\(counter)"
  }

  /// The writer's process id when `name` is a temporary file name.
  public static func writer(of name: String) -> Int32? {
    let parts = name.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, name.hasPrefix("."), let pid = Int32(parts[parts.count - 2]),
      pid > 0, Int(parts[parts.count - 1]) != nil
    else { return nil }
    let stem = parts.dropLast(2).joined(separator: "-")
    guard stem.hasSuffix(suffix), stem.count > suffix.count + 1 else { return nil }
    return pid
  }

  /// The file name a temporary file was written for (`plan.json` for
  /// `.plan.json.tmp-12-3`), or `nil` when `name` is not a temporary name.
  public static func target(of name: String) -> String? {
    guard writer(of: name) != nil else { return nil }
    let parts = name.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
    let stem = parts.dropLast(2).joined(separator: "-")
    return String(stem.dropLast(suffix.count))
  }

  /// Whether `name` is a temporary file name.
  public static func isTemporary(_ name: String) -> Bool { writer(of: name) != nil }
}
