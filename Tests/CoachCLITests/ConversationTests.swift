import CoachTestSupport
import Foundation
import Testing

/// Whole sessions through a pipe (plain mode), kept as golden transcripts:
/// how the coach talks back. Read `Golden/conversation-*.txt` as a person
/// would; a change to what is asked or said shows there first.
@Suite struct ConversationTests {
  /// The whole default path: the verdict after the six ratings, the goal as
  /// one SMART sentence, spread milestones, the offers side by side, the
  /// closing summary said once, and progress in parts that never shrinks.
  @Test func theDefaultPathTalksBack() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["start", "--data-dir", data],
      input: try DefaultPathTests.fixture("default-path-answers.txt"))
    #expect(run.status == 0, "\(run.stderr)")
    let text = GoldenFile.masked(run.stdout, directory: dir.path)
    try goldens.check(text, path: "conversation-default-path.txt")
    #expect(text.contains("From your six ratings, your role reads as a step in your career"))
    #expect(!text.contains("You'll find it in your plan"))
    #expect(text.contains("Goal 1, put together: By 31 Dec 2027, lead a team of 3 analysts"))
    #expect(text.contains("Acme Health is ahead by"))
    #expect(text.contains("Beside the numbers, you said:"))
    #expect(!text.contains("type /plan"))
    #expect(text.components(separatedBy: "Here is what you leave with").count == 2)
    #expect(text.components(separatedBy: "Your plan is saved").count == 2)
    // Progress in parts: each part's total is the same at every prompt.
    let totals = Set(text.matches(of: #/part \d of (\d)/#).map { String($0.output.1) })
    #expect(totals == ["6"])
    // And each part's own count, `goals 3/11`: its total never shrinks.
    var shown: [String: Int] = [:]
    for match in text.matches(of: #/([a-z]+) \d+/(\d+) ›/#) {
      let (script, total) = (String(match.output.1), Int(match.output.2) ?? 0)
      #expect(total >= shown[script, default: 0], "\(script) shrank to \(total)")
      shown[script] = total
    }
    #expect(shown.keys.contains("goals") && shown.keys.contains("benefits"))
    // What was said is in the transcript, so `replay --show` has it too.
    let id = try #require(
      try FileManager.default.contentsOfDirectory(atPath: data + "/sessions").first)
    let show = try CoachProcess.run(["replay", id, "--show", "--data-dir", data])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("Goal 1, put together:"))
    #expect(show.stdout.contains("From your six ratings"))
    #expect(show.stdout.contains("Your offers, by total compensation a year:"))
  }

  /// A goal's sentence is judged against the vision, which lies outside
  /// its round: what is said agrees with the plan.
  @Test func aGoalsSayBackAgreesWithThePlanOnRelevance() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let answers = [
      "Owning a bakery by the sea", "",
      "Learn Python for data analysis, 3 scripts by June 2027", "4", "/skip", "a, b", "yes", "no",
      "Email", "",
    ]
    let run = try CoachProcess.run(
      ["start", "goals", "--data-dir", data], input: answers.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    let plan = try CoachProcess.run(["export", "--format", "json", "--data-dir", data]).stdout
      .json()
    let goal = try #require((plan["goals"] as? [[String: Any]])?.first)
    let smart = try #require(goal["smart"] as? [String: Any])
    #expect(smart["relevant"] as? Bool == false)
    #expect(run.stdout.contains("its link to your vision isn't clear yet"), "\(run.stdout)")
  }

  /// An offer whose total is its private pay alone is not said in numbers,
  /// nor is the gap to it, nor how the cash differs.
  @Test func aTotalThatIsThePrivatePayIsNotSaid() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let answers = [
      "Mine", "yes", "salary", "93517", "0", "no", "0", "20", "10", "0", "40", "0", "yes",
      "Other", "no", "salary", "88000", "0", "no", "0", "20", "10", "0", "40", "0", "no", "fine",
      "",
    ]
    let run = try CoachProcess.run(
      ["start", "benefits", "--data-dir", data], input: answers.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stdout.contains("93,517"), "\(run.stdout)")
    #expect(!run.stdout.contains("88,000"))
    #expect(!run.stdout.contains("5,517"))
    #expect(run.stdout.contains("your pay alone (private)"))
  }

  /// Vague follow-ups get one nudge, then are accepted and flagged; a
  /// milestone after the deadline is refused; the milestones are spread;
  /// low confidence's "what would help" lands in the goal or its actions.
  @Test func vagueAnswersGetOneNudge() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["start", "goals", "--data-dir", data],
      input: try DefaultPathTests.fixture("vague-goals-answers.txt"))
    #expect(run.status == 0, "\(run.stderr)")
    let text = GoldenFile.masked(run.stdout, directory: dir.path)
    try goldens.check(text, path: "conversation-vague-goals.txt")
    #expect(text.components(separatedBy: "That still sounds like a wish").count == 2)
    #expect(text.components(separatedBy: "I can't count that yet").count == 2)
    #expect(text.contains("That's after your deadline, Thursday 30 September 2027."))
    #expect(text.contains("Still weak: how you'll track it is still open"))
    let plan = try CoachProcess.run(["export", "--format", "json", "--data-dir", data]).stdout
      .json()
    let goals = try #require(plan["goals"] as? [[String: Any]])
    let first = try #require(goals.first)
    let smart = try #require(first["smart"] as? [String: Any])
    #expect(smart["measurable"] as? Bool == false)
    #expect(smart["weak"] as? [String] == ["measurable"])
    #expect(first["inYourWords"] as? String == "Get better at my job")
    #expect(first["achievable"] as? String == "low (2 of 5); within reach with more time")
    let milestones = try #require(first["milestones"] as? [[String: Any]])
    #expect(milestones.allSatisfy { ($0["due"] as? String).map { $0 <= "2027-09-30" } == true })
    let actions = try #require(plan["actions"] as? [[String: Any]])
    #expect(
      actions.contains {
        $0["title"] as? String == "Ask my manager for an hour a week of project time"
      })
  }

  /// A `/goto` out of a part says no closing line of the part it leaves.
  @Test func gotoSaysNoClosingLineOfThePartItLeaves() throws {
    let dir = try TemporaryDirectory()
    let run = try CoachProcess.run(
      ["start", "--data-dir", dir.path + "/data"],
      input: try DefaultPathTests.fixture("goto-answers.txt"))
    #expect(run.status == 0, "\(run.stderr)")
    let text = GoldenFile.masked(run.stdout, directory: dir.path)
    try goldens.check(text, path: "conversation-goto.txt")
    #expect(!text.contains("Thanks. The verdict"))
    #expect(text.contains("Let's picture where you're heading"))
  }
}
