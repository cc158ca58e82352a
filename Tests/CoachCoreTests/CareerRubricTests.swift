import CoachCore
import Testing

private func rating(
  _ feature: String, _ side: RubricRating.Side, _ value: Double, max: Double = 5
) -> RubricRating {
  RubricRating(
    feature: feature, label: feature.prefix(1).uppercased() + feature.dropFirst(), side: side,
    value: value, min: 1, max: max)
}

@Test func noRatingsGiveNoAssessment() {
  #expect(CareerRubric.evaluate([], stage: "early") == nil)
}

@Test func strongCareerRatingsPointToACareer() throws {
  let a = try #require(
    CareerRubric.evaluate(
      [
        rating("long-term focus", .career, 5), rating("specialisation", .career, 4),
        rating("short-term", .job, 1), rating("income-oriented", .job, 2),
      ], stage: "mid"))
  // Career mean (1 + 0.75) / 2 = 0.875; job mean (0 + 0.25) / 2 = 0.125.
  #expect(a.score == 75)
  #expect(a.verdict == "a step in your career")
  #expect(a.stage == "mid")
  #expect(a.warnings.isEmpty)
  #expect(
    a.reasons == [
      "Long-term focus: 5 of 5 — points to a career",
      "Short-term: 1 of 5 — points to a career",
      "Specialisation: 4 of 5 — points to a career",
      "Income-oriented: 2 of 5 — points to a career",
    ])
}

@Test func strongJobRatingsPointToAJob() throws {
  let a = try #require(
    CareerRubric.evaluate(
      [rating("growth", .career, 2), rating("task-driven", .job, 5)], stage: nil))
  #expect(a.score == -75)
  #expect(a.verdict == "a job for now")
  #expect(a.reasons.first == "Task-driven: 5 of 5 — points to a job")
  #expect(a.reasons.last == "Growth: 2 of 5 — points to a job")
}

@Test(arguments: [
  (4.0, 3.0, "a step in your career"), (3, 3, "somewhere in between"),
  (2.4, 3, "somewhere in between"), (2.2, 3, "a job for now"),
])
func verdictThresholds(_ career: Double, _ job: Double, _ verdict: String) throws {
  // Score = 25 × (career - job) on a 1-5 scale: 20 needs a 0.8 gap.
  let a = try #require(
    CareerRubric.evaluate([rating("c", .career, career), rating("j", .job, job)], stage: nil))
  #expect(a.verdict == verdict, "score \(a.score)")
}

@Test func scoreTwentyIsACareer() throws {
  let a = try #require(
    CareerRubric.evaluate(
      [rating("c", .career, 7, max: 11), rating("j", .job, 5, max: 11)], stage: nil))
  #expect(a.score == 20)
  #expect(a.verdict == "a step in your career")
}

@Test func identicalRatingsWarn() throws {
  let a = try #require(
    CareerRubric.evaluate(
      [rating("a", .career, 3), rating("b", .career, 3), rating("c", .job, 3)], stage: nil))
  #expect(a.score == 0)
  #expect(a.warnings == [CareerRubric.sameRatingsWarning])
  #expect(a.reasons.allSatisfy { $0.hasSuffix("points neither way") })
}

@Test func scalesOfDifferentSizesWeighTheSame() throws {
  let a = try #require(
    CareerRubric.evaluate(
      [
        RubricRating(feature: "x", label: "X", side: .career, value: 10, min: 0, max: 10),
        RubricRating(feature: "y", label: "Y", side: .job, value: 1, min: 1, max: 5),
      ], stage: nil))
  #expect(a.score == 100)
  #expect(a.reasons == ["X: 10 of 10 — points to a career", "Y: 1 of 5 — points to a career"])
}

@Test func aMissingSideCountsAsNeutralAndSaysSo() throws {
  let a = try #require(CareerRubric.evaluate([rating("c", .career, 5)], stage: nil))
  #expect(a.score == 50)
  #expect(a.warnings == ["No job features were rated, so they count as neither way."])
}
