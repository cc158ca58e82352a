import CoachCore

/// A fixed set of answers: numbers, text, a truth value, a list, and a group
/// with rounds, so every kind of value meets every operator.
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

/// `ExpressionParser.parse` and `ScriptExpression.evaluate` must never trap (nor
/// overflow the stack: depth is capped at `ExpressionParser.maximumDepth`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) }
  let text = bytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
  switch ExpressionParser.parse(text) {
  case .success(let expression):
    _ = expression.evaluate(in: DictionaryEnvironment())
    _ = expression.identifiers
  case .failure(let error):
    _ = error.message
  }
  return 0
}
