/// The first line of a transcript: what produced it, and from which scripts.
public struct TranscriptHeader: Codable, Hashable, Sendable {
  public static let currentFormat = 1

  /// Always `"coach-transcript"`, so a stray JSON file is told apart.
  public var kind: String = "coach-transcript"
  public var format: Int = TranscriptHeader.currentFormat
  public var app: String
  public var session: String
  /// The scripts the session was started over, in order.
  public var roots: [String]
  /// Each script's id and content hash when the session started.
  public var scripts: [ScriptStamp]
  public var started: String
  public var locale: String
  /// The plan the session builds on; `nil` in transcripts made before plans
  /// had ids, whose plan id is their session id.
  public var planID: String?

  public init(
    app: String, session: String, roots: [String], scripts: [ScriptStamp], started: Moment,
    locale: String, planID: String? = nil
  ) {
    self.app = app
    self.session = session
    self.roots = roots
    self.scripts = scripts
    self.started = started.iso
    self.locale = locale
    self.planID = planID
  }
}

public struct ScriptStamp: Codable, Hashable, Sendable {
  public var id: String
  public var hash: String

  public init(id: String, hash: String) {
    self.id = id
    self.hash = hash
  }
}

/// One line of a transcript after the header.
///
/// A transcript is the session's journal: the answers are the only thing of
/// value, so each is appended (and synced) before the next question is shown,
/// and the plan is always rebuilt from these events.
public enum TranscriptEvent: Hashable, Sendable {
  /// The coach said something.
  case said(text: String, at: Moment)
  /// A question was put to the person.
  case asked(key: String, text: String, at: Moment)
  /// The person answered: the raw text as typed (sanitised), and its value.
  case answered(key: String, text: String, value: AnswerValue, at: Moment)
  /// The person left the question open (`/skip`).
  case skipped(key: String, at: Moment)
  /// The person took an answer back to revise it (`/back`): it and the answers
  /// that depended on it are open again.
  case revised(key: String, at: Moment)
  /// The person jumped to a script (`/goto`).
  case jumped(script: String, at: Moment)
  /// A command that changes nothing but is worth seeing in a replay.
  case command(name: String, at: Moment)
  /// The session left: `finished` when every script was done.
  case ended(finished: Bool, at: Moment)

  /// Whether the event changes the answers, the jumps or what is being
  /// revised (not only the time of the latest activity).
  public var changesAnswers: Bool {
    switch self {
    case .answered, .skipped, .revised, .jumped: return true
    case .said, .asked, .command, .ended: return false
    }
  }

  /// Whether the event is an answer (`.answered`).
  var isAnswer: Bool {
    switch self {
    case .answered: return true
    case .said, .asked, .skipped, .revised, .jumped, .command, .ended: return false
    }
  }

  public var moment: Moment {
    switch self {
    case .said(_, let at), .asked(_, _, let at), .answered(_, _, _, let at), .skipped(_, let at),
      .revised(_, let at), .jumped(_, let at), .command(_, let at), .ended(_, let at):
      return at
    }
  }
}
