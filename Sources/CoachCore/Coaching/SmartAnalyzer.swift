/// What `SmartAnalyzer` found in a goal.
public struct SmartAnalysis: Hashable, Sendable {
  public var facets: SmartFacets
  /// The action and its object as typed ("get AWS certified").
  public var action: String?
  /// The number or result that shows the goal is done ("12 books", "certified").
  public var measure: String?
  /// The day the goal names, if any (it may be in the past).
  public var deadline: CalendarDay?
  /// One short follow-up question per missing facet, in SMART order.
  public var missingPrompts: [String]

  public init(
    facets: SmartFacets, action: String?, measure: String?, deadline: CalendarDay?,
    missingPrompts: [String]
  ) {
    self.facets = facets
    self.action = action
    self.measure = measure
    self.deadline = deadline
    self.missingPrompts = missingPrompts
  }
}

/// Checks a goal for the five SMART facets with plain word rules, so the
/// person can see why a facet is missing. `docs/smart.md` has the rules and
/// the measured agreement with human labels.
public enum SmartAnalyzer {
  public static let specificPrompt = "What exactly will you do? Name the action and its object."
  public static let measurablePrompt = "What number or result will show you've done it?"
  public static let achievablePrompt =
    "What would make this feel more within reach, such as a smaller first step?"
  public static let relevantPrompt = "How does this goal connect to where you want to go?"
  public static let timeBoundPrompt = "By when do you want to have done it?"

  /// - Parameters:
  ///   - goal: The goal as typed.
  ///   - today: The day of the answer, for relative deadlines.
  ///   - confidence: How sure the person is, from 0 to 1 (values above 1
  ///     are read as out of 10, above 10 as out of 100); 0.5 or more is
  ///     achievable.
  ///   - vision: The person's vision, for the relevance check.
  /// - Returns: Which SMART parts the goal has, and what is missing.
  public static func analyze(
    goal: String, today: CalendarDay, confidence: Double? = nil, vision: String? = nil
  ) -> SmartAnalysis {
    analyze(reading(of: goal), goal: goal, today: today, confidence: confidence, vision: vision)
  }

  /// What the word rules find in a goal whatever the day: all of the
  /// analysis but its deadline. A long replay analyses each goal again on
  /// every day its session spans; this part is remembered by text alone
  /// (`analysis(of:today:confidence:vision:)`).
  struct Reading: Sendable {
    /// The goal without its spans of the past, where a deadline is looked for.
    var present: String
    var specific: Bool
    var action: String?
    var measure: String?
    var namesSchoolPeriod: Bool
  }

  static func reading(of goal: String) -> Reading {
    readingAndKeptCount(of: goal).reading
  }

  /// `reading(of:)`, and how many words `SmartWords(goal)` keeps when the
  /// reading read the goal as typed (it names no span of the past), for
  /// `keptWordCount`.
  static func readingAndKeptCount(of goal: String) -> (reading: Reading, kept: Int?) {
    // "I've been a nurse for 8 years": a span of the past is no deadline.
    let present = SmartWords.withoutPastSpans(goal)
    let words = SmartWords(present)
    let reading = Reading(
      present: present, specific: words.isSpecific, action: words.action,
      measure: words.measure, namesSchoolPeriod: words.namesSchoolPeriod)
    return (reading, present == goal ? words.typed.count : nil)
  }

  /// The analysis of `goal`, read as `reading`, on `today`.
  static func analyze(
    _ reading: Reading, goal: String, today: CalendarDay, confidence: Double?, vision: String?
  ) -> SmartAnalysis {
    let found = SmartWords.deadline(in: reading.present, today: today)
    let achievable = confidence.map { normalisedConfidence($0) >= 0.5 }
    let relevant = vision.flatMap { v in
      v.trimmingSpaces.isEmpty ? nil : SmartRelevance.related(goal: goal, vision: v)
    }
    let facets = SmartFacets(
      specific: reading.specific, measurable: reading.measure != nil, achievable: achievable,
      relevant: relevant, timeBound: found != nil || reading.namesSchoolPeriod)
    var prompts: [String] = []
    if !facets.specific { prompts.append(specificPrompt) }
    if !facets.measurable { prompts.append(measurablePrompt) }
    if facets.achievable == false { prompts.append(achievablePrompt) }
    if facets.relevant == false { prompts.append(relevantPrompt) }
    if !facets.timeBound { prompts.append(timeBoundPrompt) }
    return SmartAnalysis(
      facets: facets, action: reading.action, measure: reading.measure, deadline: found?.day,
      missingPrompts: prompts)
  }

  /// Reads a confidence as a fraction: 0...1 as is, up to 10 as out of 10,
  /// beyond that as out of 100. Clamped to 0...1.
  public static func normalisedConfidence(_ value: Double) -> Double {
    let fraction: Double
    switch value {
    case ...1: fraction = value
    case ...10: fraction = value / 10
    default: fraction = value / 100
    }
    return Swift.min(1, Swift.max(0, fraction))
  }

  /// A rating on a scale (a `scale` answer from `min` to `max`) as a fraction.
  public static func normalisedConfidence(_ value: Double, min: Double, max: Double) -> Double {
    guard max > min else { return 0 }
    return Swift.min(1, Swift.max(0, (value - min) / (max - min)))
  }
}
