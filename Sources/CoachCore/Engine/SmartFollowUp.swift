/// The SMART follow-up questions, made here and nowhere else: the walker
/// asks for them, the machine reads an answer's question back from its key
/// (`goals.title:specific#1`), and the plan builder reads their roles.
///
/// A follow-up asks for a facet the goal's words lack. Its answer is
/// analysed too: one that is still vague ("be good", "not sure") gets one
/// more question, a nudge with an example (`goals.title:specific-again#1`),
/// and whatever the nudge's answer, the session goes on; a nudge still
/// vague leaves the facet weak in the plan (`SmartFacets.weak`).
enum SmartFollowUp {
  /// One facet a follow-up can ask for.
  struct Facet: Sendable {
    /// As in answer keys: `specific`, `measurable`, `timeBound`.
    var id: String
    /// The plan target its answer fills in a plan goal.
    var plan: String
    var prompt: String
    var type: AnswerType
    var why: String
    /// The second, more concrete question, with an example; `nil` when the
    /// answer's type already refuses a vague one (a date).
    var nudge: String?

    /// Whether the goal's own words already have this facet.
    func isMet(in facets: SmartFacets) -> Bool {
      switch id {
      case "specific": return facets.specific
      case "measurable": return facets.measurable
      default: return facets.timeBound
      }
    }
  }

  static let facets: [Facet] = [
    Facet(
      id: "specific", plan: "goal.specific", prompt: SmartAnalyzer.specificPrompt, type: .text,
      why: "A clear action and object turn a wish into something you can start on Monday.",
      nudge:
        "That still sounds like a wish. Name something you could start on Monday: a verb and "
        + "what it acts on, like 'lead the weekly team huddle' or 'pass the ANCC informatics "
        + "certification'."),
    Facet(
      id: "measurable", plan: "goal.measure", prompt: SmartAnalyzer.measurablePrompt,
      type: .text,
      why: "A number or a checkable result lets you track progress and know when you're done.",
      nudge:
        "I can't count that yet. What number or checkable result would show your progress, "
        + "like 'practice-exam scores above 80%' or '2 projects delivered'?"),
    Facet(
      id: "timeBound", plan: "goal.deadline", prompt: SmartAnalyzer.timeBoundPrompt, type: .date,
      why: "A deadline turns the goal into milestones you can put in a calendar.", nudge: nil),
  ]

  /// What a nudge's facet ends with in its key.
  static let nudgeSuffix = "-again"

  static func facet(named id: String) -> Facet? { facets.first { $0.id == id } }

  static func facet(forPlan plan: String) -> Facet? { facets.first { $0.plan == plan } }

  /// The follow-up for `facet` of the goal question `goal`: its answer
  /// fills the goal's part when the goal is a plan goal, otherwise it is a
  /// note beside the answer it completes.
  static func question(_ facet: Facet, goal: Question) -> Question {
    var q = Question(
      id: "\(goal.id):\(facet.id)", prompt: ScriptParser.template(facet.prompt), type: facet.type,
      position: goal.position)
    q.plan = goal.plan == "goal.title" ? facet.plan : nil
    q.why = facet.why
    return q
  }

  /// The nudge after a vague answer for `facet`: a second chance, never
  /// required (a skip keeps the first answer).
  static func nudge(_ facet: Facet, goal: Question) -> Question? {
    guard let text = facet.nudge else { return nil }
    var q = Question(
      id: "\(goal.id):\(facet.id)\(nudgeSuffix)", prompt: ScriptParser.template(text),
      type: .text, position: goal.position)
    q.plan = goal.plan == "goal.title" ? facet.plan : nil
    q.why = facet.why
    q.required = false
    return q
  }

  /// The question a follow-up or nudge key answers, or `nil` when the key
  /// names no SMART goal the scripts ask.
  static func question(for key: AnswerKey, in catalog: ScriptCatalog) -> Question? {
    guard let name = key.facet, let goal = catalog.questions[key.stepPath], goal.checksSmart
    else { return nil }
    if name.hasSuffix(nudgeSuffix) {
      return facet(named: String(name.dropLast(nudgeSuffix.count))).flatMap {
        nudge($0, goal: goal)
      }
    }
    return facet(named: name).map { question($0, goal: goal) }
  }

  /// The key of the nudge for `facet` of the goal answered at `goalKey`.
  static func nudgeKey(_ facet: Facet, goalKey: String) -> String? {
    guard var key = AnswerKey(goalKey) else { return nil }
    key.facet = facet.id + nudgeSuffix
    return key.description
  }

  /// Whether `entry`, an answer for `facet`, is still too vague to plan on.
  /// A skip is not vague: the person left it open on purpose.
  static func isVague(_ entry: AnswerEntry?, facet: Facet) -> Bool {
    guard case .text(let text)? = entry?.value else { return false }
    return SmartAnalyzer.isVague(text, as: facet.id)
  }
}
