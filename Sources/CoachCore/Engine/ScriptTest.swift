/// A recorded transcript used as a regression test for scripts: the
/// questions it was asked and the plan it made, against what the current
/// scripts ask and make when fed the same answers and commands.
///
/// The machine is driven live, input by input at each recorded time, as
/// the person drove it; so a question added, removed or reworded, a
/// condition that now goes the other way, or an answer that no longer fits
/// shows up as the step that changed.
public enum ScriptTest {
  /// One question, as asked.
  public struct Asked: Hashable, Sendable {
    public var key: String
    public var text: String

    public init(key: String, text: String) {
      self.key = key
      self.text = text
    }
  }

  /// What the test found; `passed` when nothing.
  public struct Outcome: Hashable, Sendable {
    public var recorded: [Asked]
    public var asked: [Asked]
    /// Answers the current scripts did not take: (key, answer, why).
    public var rejected: [Rejection]
    public var questionChanges: [QuestionChange]
    public var planChanges: [JSONDiff.Change]
    /// The plan the current scripts make, as JSON.
    public var planJSON: String

    public var passed: Bool {
      questionChanges.isEmpty && planChanges.isEmpty && rejected.isEmpty
    }
  }

  public struct Rejection: Hashable, Sendable {
    public var key: String
    public var answer: String
    public var reason: String
  }

  /// A difference in the questions asked, naming the step.
  public enum QuestionChange: Hashable, Sendable, CustomStringConvertible {
    case noLongerAsked(Asked)
    case newlyAsked(Asked)
    case reworded(key: String, old: String, new: String)

    public var description: String {
      switch self {
      case .noLongerAsked(let a): return "- \(a.key): no longer asked: \"\(a.text)\""
      case .newlyAsked(let a): return "+ \(a.key): now asked: \"\(a.text)\""
      case .reworded(let key, let old, let new):
        return "~ \(key): worded differently:\n    was: \"\(old)\"\n    now: \"\(new)\""
      }
    }
  }

  /// The questions a transcript recorded, in order.
  public static func recordedQuestions(_ events: [TranscriptEvent]) -> [Asked] {
    events.compactMap {
      if case .asked(let key, let text, _) = $0 { return Asked(key: key, text: text) }
      return nil
    }
  }

  /// Drives `machine` (fresh, over the current scripts) with the inputs the
  /// transcript recorded, at their recorded times.
  public static func drive(_ machine: inout SessionMachine, events: [TranscriptEvent])
    -> (asked: [Asked], rejected: [Rejection])
  {
    var asked: [Asked] = []
    var rejected: [Rejection] = []
    var needsStart = true
    func collect(_ effects: [SessionEffect], input: String?, key: String?) {
      for effect in effects {
        switch effect {
        case .record(.asked(let key, let text, _)): asked.append(Asked(key: key, text: text))
        case .reject(let why):
          if let input { rejected.append(Rejection(key: key ?? "", answer: input, reason: why)) }
        default: break
        }
      }
    }
    for event in events {
      let line: String?
      switch event {
      case .answered(_, let text, _, _): line = text.hasPrefix("/") ? "/" + text : text
      case .skipped: line = "/skip"
      case .revised: line = "/back"
      case .jumped(let script, _): line = "/goto \(script)"
      case .command(let name, _): line = name
      case .ended:
        needsStart = true
        continue
      case .said, .asked: line = nil
      }
      if needsStart {
        needsStart = false
        collect(machine.start(at: event.moment), input: nil, key: nil)
      }
      guard let line else { continue }
      let key = machine.current?.key
      collect(machine.handle(line: line, at: event.moment), input: line, key: key)
    }
    return (asked, rejected)
  }

  /// Runs the test: `machine` is a fresh machine over the current scripts;
  /// `expectedPlan` the plan JSON kept with the test, when there is one.
  public static func run(
    events: [TranscriptEvent], machine: SessionMachine, expectedPlan: String?
  ) -> Outcome {
    var machine = machine
    let recorded = recordedQuestions(events)
    let (asked, rejected) = drive(&machine, events: events)
    let planJSON = JSONExporter.encode(machine.plan())
    var planChanges: [JSONDiff.Change] = []
    if let expectedPlan {
      planChanges = JSONDiff.compare(old: expectedPlan, new: planJSON)
    }
    return Outcome(
      recorded: recorded, asked: asked, rejected: rejected,
      questionChanges: compare(recorded, asked), planChanges: planChanges, planJSON: planJSON)
  }

  /// The differences between two question sequences, in order: a longest
  /// common run of keys, the rest added or removed; kept keys whose text
  /// differs are reworded.
  public static func compare(_ old: [Asked], _ new: [Asked]) -> [QuestionChange] {
    let n = old.count
    let m = new.count
    var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] =
          old[i].key == new[j].key
          ? table[i + 1][j + 1] + 1 : Swift.max(table[i + 1][j], table[i][j + 1])
      }
    }
    var changes: [QuestionChange] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, old[i].key == new[j].key {
        if old[i].text != new[j].text {
          changes.append(.reworded(key: old[i].key, old: old[i].text, new: new[j].text))
        }
        i += 1
        j += 1
      } else if j < m, i == n || table[i][j + 1] >= table[i + 1][j] {
        changes.append(.newlyAsked(new[j]))
        j += 1
      } else {
        changes.append(.noLongerAsked(old[i]))
        i += 1
      }
    }
    return changes
  }
}
