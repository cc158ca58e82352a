import CoachCore
import Foundation

/// What each fuzzer does with one input. The libFuzzer harnesses in
/// `Fuzz/Sources` call these, and so does `FuzzReplayTests`, which replays
/// the seeds and every saved crasher as an ordinary test: one definition of
/// what "this input must not trap" means.
///
/// Each must never trap, whatever the input; an error from the code under
/// test is fine. A `Finding` is a failed check that is not a trap (the
/// transcript round trip).
public enum FuzzTargets {
  public struct Finding: Error, CustomStringConvertible {
    public let description: String
  }

  /// The fuzzers, by the names of their executables and folders.
  public static let names = ["fuzz-transcript", "fuzz-script", "fuzz-expression", "fuzz-answers"]

  /// Runs fuzzer `name` on `bytes`.
  public static func run(_ name: String, _ bytes: [UInt8], roundTrip: Bool = false) throws {
    switch name {
    case "fuzz-transcript": try transcript(bytes, roundTrip: roundTrip)
    case "fuzz-script": script(bytes)
    case "fuzz-expression": expression(bytes)
    case "fuzz-answers": answers(bytes)
    default: throw Finding(description: "no fuzzer '\(name)'")
    }
  }

  /// `TranscriptCodec.decode`: a transcript on disk may be torn or corrupt.
  /// With `roundTrip`, one that decodes must also re-encode to one that
  /// decodes to the same header and events (a saved session must be
  /// readable again).
  public static func transcript(_ bytes: [UInt8], roundTrip: Bool) throws {
    guard let decoded = try? TranscriptCodec.decode(bytes) else { return }
    _ = decoded.events.map(\.moment)
    guard roundTrip else { return }
    var text = TranscriptCodec.encode(decoded.header)
    for event in decoded.events { text += TranscriptCodec.encode(event) }
    let again: TranscriptDecoding
    do {
      again = try TranscriptCodec.decode(Array(text.utf8))
    } catch {
      throw Finding(description: "re-encoded transcript does not decode: \(error)\n\(text)")
    }
    if again.header != decoded.header || again.events.count != decoded.events.count {
      throw Finding(description: "round trip changed the transcript:\n\(text)")
    }
    // NaN never equals itself; compare the encoded lines instead.
    for (a, b) in zip(again.events, decoded.events)
    where a != b && TranscriptCodec.encode(a) != TranscriptCodec.encode(b) {
      throw Finding(description: "round trip changed an event: \(b) became \(a)")
    }
  }

  /// The built-in scripts, so a fuzzed script's `run:` and `script.step`
  /// references can resolve (and reach the validator's deeper checks).
  public static let builtIns: [Script] = {
    let prompts = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Prompts")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: prompts.path)) ?? []
    return names.sorted().compactMap { name in
      guard name.hasSuffix(".yaml"),
        let text = try? String(contentsOf: prompts.appendingPathComponent(name), encoding: .utf8)
      else { return nil }
      return ScriptParser.parse(text, file: name).0
    }
  }()

  /// `ScriptParser.parse` and `ScriptValidator.validate`: a user's script
  /// file is untrusted input to `coach check`.
  public static func script(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    let (script, diagnostics) = ScriptParser.parse(text, file: "f.yaml")
    _ = diagnostics.map(\.message)
    if let script {
      _ = ScriptValidator.validate([script]).map(\.message)
      _ = ScriptValidator.validate([script], context: builtIns).map(\.message)
    }
  }

  /// A fixed set of answers: numbers, text, a truth value, a list, and a
  /// group with rounds, so every kind of value meets every operator.
  private struct DictionaryEnvironment: ExpressionEnvironment {
    let values: [String: ExprValue] = [
      "years": .number(3), "salary": .number(85_000), "zero": .number(0),
      "huge": .number(1e308), "tiny": .number(-1e308), "name": .string("Ada"),
      "empty": .string(""), "deadline": .string("2027-03-31"), "ok": .bool(true),
      "no": .bool(false), "skills": .list(["swift", "go", ""]), "none": .list([]),
      "goals.title": .string("ship it"), "skipped": .missing,
    ]
    let groups: [String: Int] = ["jobs": 2, "goals.items": 0]

    func value(of identifier: String) -> ExprValue { values[identifier] ?? .missing }
    func rounds(of identifier: String) -> Int? { groups[identifier] }
  }

  /// `ExpressionParser.parse` and `ScriptExpression.evaluate` (nor may they
  /// overflow the stack: depth is capped at `ExpressionParser.maximumDepth`).
  public static func expression(_ bytes: [UInt8]) {
    switch ExpressionParser.parse(String(decoding: bytes, as: UTF8.self)) {
    case .success(let expression):
      _ = expression.evaluate(in: DictionaryEnvironment())
      _ = expression.identifiers
    case .failure(let error):
      _ = error.message
    }
  }

  private static let today = CalendarDay(year: 2026, month: 11, day: 25)

  /// The free-text answer parsers and the SMART analyzer, on anything a
  /// person types. A `|` splits the input into a goal and a vision for the
  /// relevance check.
  public static func answers(_ bytes: [UInt8]) {
    guard let today else { return }
    let text = String(decoding: bytes, as: UTF8.self)
    _ = DeadlineParser.parse(text, today: today)
    _ = MoneyParser.parse(text)
    _ = PercentParser.parse(text)
    _ = NumberParser.parse(text)
    _ = SmartAnalyzer.analyze(goal: text, today: today)
    let parts = text.split(separator: "|", maxSplits: 1).map(String.init)
    if parts.count == 2 {
      _ = SmartAnalyzer.analyze(goal: parts[0], today: today, confidence: 0.7, vision: parts[1])
    }
  }
}
