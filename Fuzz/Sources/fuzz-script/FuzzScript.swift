import CoachCore
import Foundation

/// The built-in scripts, so a fuzzed script's `run:` and `script.step`
/// references can resolve (and reach the validator's deeper checks).
private let builtIns: [Script] = {
  let prompts = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Prompts")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: prompts.path)) ?? []
  return names.sorted().compactMap { name in
    guard name.hasSuffix(".yaml"),
      let text = try? String(contentsOf: prompts.appendingPathComponent(name), encoding: .utf8)
    else { return nil }
    return ScriptParser.parse(text, file: name).0
  }
}()

/// `ScriptParser.parse` and `ScriptValidator.validate` must never trap on
/// any text: a user's script file is untrusted input to `coach check`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) }
  let text = bytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
  let (script, diagnostics) = ScriptParser.parse(text, file: "f.yaml")
  _ = diagnostics.map(\.message)
  if let script {
    _ = ScriptValidator.validate([script]).map(\.message)
    _ = ScriptValidator.validate([script], context: builtIns).map(\.message)
  }
  return 0
}
