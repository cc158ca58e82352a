/// One feature of the job-or-career self-assessment, as rated.
public struct RubricRating: Hashable, Sendable {
  /// Which way a high rating points.
  public enum Side: String, Sendable { case career, job }

  /// The step id that named the feature ("long_term").
  public var feature: String
  /// The feature as people read it ("Long-term focus").
  public var label: String
  public var side: Side
  public var value: Double
  public var min: Double
  public var max: Double

  public init(
    feature: String, label: String, side: Side, value: Double, min: Double, max: Double
  ) {
    self.feature = feature
    self.label = label
    self.side = side
    self.value = value
    self.min = min
    self.max = max
  }

  /// The rating on 0...1, so scales of any size weigh the same.
  public var normalised: Double {
    guard max > min else { return 0.5 }
    return Swift.min(1, Swift.max(0, (value - min) / (max - min)))
  }
}

/// Scores "is my role a job or a step in a career?" from the person's own
/// ratings, openly: the score is the mean career rating minus the mean job
/// rating, and every feature gets a line saying which way it pointed.
public enum CareerRubric {
  public static let careerVerdict = "a step in your career"
  public static let jobVerdict = "a job for now"
  public static let middleVerdict = "somewhere in between"
  public static let sameRatingsWarning =
    "Every rating was the same; the verdict may not say much — try rating each feature on its own."

  /// - Returns: The assessment, or `nil` when nothing was rated.
  public static func evaluate(_ ratings: [RubricRating], stage: String?) -> Assessment? {
    guard !ratings.isEmpty else { return nil }
    var warnings: [String] = []
    func mean(_ side: RubricRating.Side) -> Double {
      let values = ratings.filter { $0.side == side }.map(\.normalised)
      guard !values.isEmpty else {
        warnings.append(
          "No \(side.rawValue) features were rated, so they count as neither way.")
        return 0.5
      }
      return values.reduce(0, +) / Double(values.count)
    }
    let career = mean(.career)
    let job = mean(.job)
    let score = Int((100 * (career - job)).rounded())
    let verdict = score >= 20 ? careerVerdict : score <= -20 ? jobVerdict : middleVerdict
    if ratings.count > 1, Set(ratings.map(\.normalised)).count == 1 {
      warnings.insert(sameRatingsWarning, at: 0)
    }
    // Strongest first: the distance from the middle of the scale; ties keep
    // the order asked.
    let ordered = ratings.enumerated().sorted { a, b in
      let x = abs(a.element.normalised - 0.5)
      let y = abs(b.element.normalised - 0.5)
      return x != y ? x > y : a.offset < b.offset
    }
    let reasons = ordered.map { reason($0.element) }
    return Assessment(
      score: score, verdict: verdict, reasons: reasons, warnings: warnings, stage: stage)
  }

  /// "Long-term focus: 5 of 5 — points to a career".
  static func reason(_ r: RubricRating) -> String {
    let n = r.normalised
    let direction: String
    if n == 0.5 {
      direction = "points neither way"
    } else if (n > 0.5) == (r.side == .career) {
      direction = "points to a career"
    } else {
      direction = "points to a job"
    }
    let value = MoneyFormatter.formatNumber(r.value)
    let scale =
      r.min == 1 || r.min == 0
      ? MoneyFormatter.formatNumber(r.max)
      : "\(MoneyFormatter.formatNumber(r.max)) (from \(MoneyFormatter.formatNumber(r.min)))"
    return "\(r.label): \(value) of \(scale) — \(direction)"
  }
}
