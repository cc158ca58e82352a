import CoachCore

private let today = CalendarDay(year: 2026, month: 11, day: 25)

/// The free-text answer parsers must never trap on anything a person types.
/// A `|` in the input splits it into a goal and a vision for the SMART
/// relevance check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  guard let today else { return 0 }
  let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) }
  let text = bytes.map { String(decoding: $0, as: UTF8.self) } ?? ""
  _ = DeadlineParser.parse(text, today: today)
  _ = MoneyParser.parse(text)
  _ = PercentParser.parse(text)
  _ = NumberParser.parse(text)
  _ = SmartAnalyzer.analyze(goal: text, today: today)
  let parts = text.split(separator: "|", maxSplits: 1).map(String.init)
  if parts.count == 2 {
    _ = SmartAnalyzer.analyze(goal: parts[0], today: today, confidence: 0.7, vision: parts[1])
  }
  return 0
}
