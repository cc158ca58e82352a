import Foundation

/// Scripts for the end-to-end session tests, written into a temporary folder
/// that `COACH_PROMPTS` points at, so the tests do not depend on the bundled
/// scripts changing.
enum TestScripts {
  /// Fifteen questions in a fixed order, one of each kind a pipe can answer:
  /// answer N always answers question N, so a test knows what is asked next.
  static let long = """
    id: long
    title: Fifteen questions
    steps:
      - say: "Fifteen quick questions."
      - id: q1
        ask: "Q1: your name?"
      - id: q2
        ask: "Q2: years worked, {q1}?"
        type: integer
        min: 0
        max: 60
      - id: q3
        ask: "Q3: stage?"
        type: choice
        options: [early, mid, senior]
      - id: q4
        ask: "Q4: next step by when?"
        type: date
      - id: q5
        ask: "Q5: salary?"
        type: money
      - id: q6
        ask: "Q6: remote?"
        type: yesno
      - id: q7
        ask: "Q7: skills to learn?"
        type: list
      - id: q8
        ask: "Q8: bonus?"
        type: percent
      - id: q9
        ask: "Q9: balance, 1 to 5?"
        type: scale
        min: 1
        max: 5
      - id: q10
        ask: "Q10: tell me more."
        type: long
      - id: q11
        ask: "Q11: hours a week?"
        type: number
      - id: q12
        ask: "Q12: tools?"
        type: multi
        options: [email, chat, calendar]
      - id: q13
        ask: "Q13: a secret?"
        private: true
      - id: q14
        ask: "Q14: review by when?"
        type: date
      - id: q15
        ask: "Q15: anything else?"
    """

  /// The answer to question `n` of `long` in round `round`: valid, and
  /// different from round to round.
  static func longAnswer(_ n: Int, round r: Int) -> String {
    switch n {
    case 1: return "Person \(r)"
    case 2: return "\(r % 60)"
    case 3: return ["early", "mid", "senior"][r % 3]
    case 4: return "in six weeks"
    case 5: return "$\(80 + r % 50)k"
    case 6: return r % 2 == 0 ? "yes" : "no"
    case 7: return "Swift, SQL \(r)"
    case 8: return "\(r % 10).5%"
    case 9: return "\(1 + r % 5)"
    case 10: return "A longer answer, round \(r)"
    case 11: return "37.\(r % 10)"
    case 12: return "email, chat"
    case 13: return "secret \(r)"
    case 14: return "end of Q3 2027"
    default: return "Done \(r)"
    }
  }

  /// Groups, a `when`, a private question, dates and a sub-script.
  static let plans = """
    id: plans
    title: Plans for replay tests
    steps:
      - say: "Welcome to the replay test."
      - id: name
        ask: "Your name?"
        plan: profile.name
      - id: years
        ask: "Years worked, {name}?"
        type: integer
        min: 0
        max: 60
      - id: stage
        ask: "Which stage?"
        type: choice
        options: [early, mid, senior]
        plan: assessment.stage
      - id: mentor
        ask: "Who could mentor you?"
        when: stage == "early"
      - group: goal
        min: 1
        max: 3
        more: "Add another goal?"
        steps:
          - id: title
            ask: "Goal {round}: what do you want?"
            plan: goal.title
          - id: deadline
            ask: "By when, for goal {round}?"
            type: date
            plan: goal.deadline
      - id: salary
        ask: "Current salary?"
        type: money
        private: true
      - id: bonus
        ask: "Bonus?"
        type: percent
      - id: next
        ask: "Next step: what is it?"
        plan: action
      - id: next_due
        ask: "By when will you do it?"
        type: date
        plan: action.due
      - run: extra
      - say: "That's all, {name}."
    """

  static let extra = """
    id: extra
    title: Extra part
    steps:
      - say: "A few extras."
      - id: hobby
        ask: "A hobby?"
      - id: tools
        ask: "Which tools?"
        type: multi
        options: [email, chat, calendar]
      - id: remote
        ask: "Remote?"
        type: yesno
    """

  /// The first version of a script that `changed` then alters.
  static let change = """
    id: change
    title: A script that changes
    steps:
      - id: name
        ask: "Your name?"
      - id: years
        ask: "Years worked?"
        type: integer
      - id: stage
        ask: "Which stage?"
        type: choice
        options: [early, mid, senior]
      - id: bonus
        ask: "Bonus?"
        type: percent
      - id: goal
        ask: "One goal?"
    """

  /// `change` after an edit: `years` renamed `experience`, a new question
  /// `city` in the middle, `early` no longer an option, `bonus` now yes/no.
  static let changed = """
    id: change
    title: A script that changes
    steps:
      - id: name
        ask: "Your name?"
      - id: experience
        ask: "Years of experience?"
        type: integer
      - id: city
        ask: "Which city?"
      - id: stage
        ask: "Which stage?"
        type: choice
        options: [junior, mid, senior]
      - id: bonus
        ask: "Any bonus?"
        type: yesno
      - id: goal
        ask: "One goal?"
    """

  /// Writes `scripts` (file name to text) into `dir/name` and returns the
  /// folder's path.
  static func folder(
    _ name: String, in dir: TemporaryDirectory, _ scripts: [String: String]
  ) throws -> String {
    for (file, text) in scripts { try dir.write(text, to: "\(name)/\(file)") }
    return dir.path + "/" + name
  }
}
