/// What the shell must do in answer to an input. The engine does no I/O:
/// the shell loop switches over these, in order.
/// The plan-carrying cases are `indirect`: an effect is copied several
/// times on its way to the shell, and a plan inline would make every copy
/// of every effect (a `say` too) as large as a plan.
public enum SessionEffect: Sendable {
  /// The coach speaks.
  case say(String)
  /// Ask a question and read a line.
  case ask(Prompt)
  /// The answer was not taken: say why (the question is asked again next).
  case reject(String)
  /// A short remark from the program ("Skipped.", "Saved.").
  case notice(String)
  /// Append to the journal, durably, before anything that follows.
  case record(TranscriptEvent)
  /// Show the plan as it stands.
  indirect case showPlan(Plan)
  case showHelp([(command: String, summary: String)])
  /// List the parts of the session and which are done.
  case showScripts([ScriptProgress])
  /// Write `plan` in `format` to `file`, or show it when there is none.
  indirect case export(format: ExportFormat, file: String?, plan: Plan)
  /// Make sure everything is saved (the plan snapshot too) and say where.
  indirect case save(Plan)
  /// Every script is done.
  case finished
  /// Leave the session (it stays resumable).
  case quit
}

/// A question as the shell shows it.
public struct Prompt: Hashable, Sendable {
  public var key: String
  public var text: String
  /// Where the person is: `goals 3/9`.
  public var progress: String
  /// What Tab offers: options of a choice, and the commands.
  public var completions: [String]
  /// Options to list under the question, numbered.
  public var options: [String]
  /// Say how to answer: "yes or no", "a date, like 'in 6 months'".
  public var hint: String?
  public var defaultAnswer: String?
  /// Never put the answer in the line-editing history.
  public var isPrivate: Bool
  public var type: AnswerType
}

/// One part of a session, for `/scripts`.
public struct ScriptProgress: Hashable, Sendable {
  public var id: String
  public var title: String
  public var isDone: Bool
}

/// Who a plan belongs to: the session that builds it and the plan it
/// continues. Later sessions of the same plan keep its `planID`, so the
/// commitments exported from them keep their ids.
public struct PlanIdentity: Hashable, Sendable {
  public var sessionID: String
  public var planID: String

  public init(sessionID: String = "", planID: String? = nil) {
    self.sessionID = sessionID
    self.planID = planID ?? sessionID
  }
}
