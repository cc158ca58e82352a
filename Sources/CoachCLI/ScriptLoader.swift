import CoachCore
import Glibc

/// Reads scripts from files and folders into a catalog, with every problem
/// found on the way.
struct ScriptLoader {
  let store: any FileStore

  /// The `.yaml`/`.yml` files of `path` (a folder, sorted by name) or `path`
  /// itself.
  func files(at path: String) -> [String] {
    guard Paths.isDirectory(path) else { return [path] }
    let names = (try? store.list(path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
  }

  /// Parses and validates every script under `paths`.
  func load(_ paths: [String]) -> (scripts: [Script], diagnostics: [Diagnostic]) {
    var scripts: [Script] = []
    var diagnostics: [Diagnostic] = []
    for path in paths {
      let found = files(at: path)
      if found.isEmpty, Paths.isDirectory(path) {
        diagnostics.append(
          Diagnostic(file: path, position: nil, message: "no .yaml scripts in this folder"))
      }
      for file in found {
        let bytes: [UInt8]?
        do {
          bytes = try store.read(file)
        } catch {
          diagnostics.append(Diagnostic(file: file, position: nil, message: error.message))
          continue
        }
        guard let bytes else {
          diagnostics.append(Diagnostic(file: file, position: nil, message: "no such file"))
          continue
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
          diagnostics.append(
            Diagnostic(
              file: file, position: nil, message: "the file is not valid UTF-8 text"))
          continue
        }
        let (script, found) = ScriptParser.parse(text, file: file)
        diagnostics += found
        if let script { scripts.append(script) }
      }
    }
    return (scripts, diagnostics)
  }

  /// The copies a session keeps of its scripts; none when the folder is
  /// missing or empty (a session made before copies were kept, or one cut
  /// off before they were written).
  func loadCopies(in directory: String) -> (scripts: [Script], diagnostics: [Diagnostic]) {
    guard Paths.isDirectory(directory), !files(at: directory).isEmpty else { return ([], []) }
    return load([directory])
  }

  /// The bytes `script` was parsed from, read again; `nil` when the file
  /// has changed since (its hash no longer matches) or cannot be read.
  func source(of script: Script) -> [UInt8]? {
    guard let bytes = (try? store.read(script.file)) ?? nil,
      let text = String(validating: bytes, as: UTF8.self),
      StableHash.hex128(text) == script.contentHash
    else { return nil }
    return bytes
  }
}
