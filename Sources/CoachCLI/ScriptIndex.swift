import CoachCore

/// The scripts of the catalog's folders by id, read before any is parsed:
/// what lets `coach start` parse only the scripts its session runs.
///
/// Each file's id comes from `ScriptHead`, a scan of its lines; a file the
/// scan cannot read is parsed to learn it. The index is built in the order
/// `loadCatalog()` loads the files, so a later folder's script replaces an
/// earlier one's as it does there.
struct ScriptIndex {
  /// One script file and what is known of it.
  struct Entry {
    let file: String
    /// Its place in the catalog's folders: 0 the built-in ones, then each
    /// `--prompts`.
    let layer: Int
    let text: String
    let head: ScriptHead
    /// The parse, when the id had to be learnt by parsing.
    let parsed: (script: Script, diagnostics: [Diagnostic])?
  }

  /// The script of each id that the catalog would hold (the last loaded).
  private(set) var winners: [String: Entry] = [:]
  /// Ids in the order of `loadCatalog()`'s scripts: a replaced script
  /// takes the place of the one that replaced it, at the end.
  private(set) var order: [String] = []
  /// For an id that a later folder's script replaced, that folder's layer.
  private(set) var replacedAt: [String: Int] = [:]
  /// Ids that two files of one folder share (an error where it is used).
  private(set) var duplicated: Set<String> = []

  /// Indexes the files of `layers`, or `nil` when one cannot be told apart
  /// from the others: a folder without scripts, a file that cannot be read
  /// or is not UTF-8, or one whose id not even the parser finds. Any of
  /// them may be the script asked for, so the caller falls back to loading
  /// everything, and its errors.
  init?(layers: [[String]], loader: ScriptLoader) {
    for (layer, paths) in layers.enumerated() {
      var layerIDs: Set<String> = []
      for path in paths {
        let files = loader.files(at: path)
        if files.isEmpty { return nil }
        for file in files {
          guard let bytes = (try? loader.store.read(file)) ?? nil,
            let text = String(validating: bytes, as: UTF8.self)
          else { return nil }
          let entry: Entry
          if let head = ScriptHead.scan(text) {
            entry = Entry(file: file, layer: layer, text: text, head: head, parsed: nil)
          } else {
            let (script, diagnostics) = ScriptParser.parse(text, file: file)
            guard let script, !script.id.isEmpty else { return nil }
            entry = Entry(
              file: file, layer: layer, text: text,
              head: ScriptHead(id: script.id, isDefault: script.isDefault),
              parsed: (script, diagnostics))
          }
          let id = entry.head.id
          if !layerIDs.insert(id).inserted { duplicated.insert(id) }
          if winners[id] != nil { replacedAt[id] = layer }
          order.removeAll { $0 == id }
          order.append(id)
          winners[id] = entry
        }
      }
    }
    if order.isEmpty { return nil }
  }

  /// The script marked `default: true`, when exactly one is.
  var defaultID: String? {
    let defaults = order.filter { winners[$0]?.head.isDefault == true }
    return defaults.count == 1 ? defaults[0] : nil
  }

  /// The parsed script of `id` (with its parse's diagnostics), `nil` when
  /// there is none, two files of a folder claim it, or the parse does not
  /// confirm the id the scan read.
  func parse(_ id: String) -> (script: Script, diagnostics: [Diagnostic])? {
    guard let entry = winners[id], !duplicated.contains(id) else { return nil }
    if let parsed = entry.parsed { return parsed }
    let (script, diagnostics) = ScriptParser.parse(entry.text, file: entry.file)
    guard let script, script.id == id, script.isDefault == entry.head.isDefault else {
      return nil
    }
    return (script, diagnostics)
  }
}
