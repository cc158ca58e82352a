import CoachCore
import FoundationEssentials

/// `coach sessions`, and finding the latest session.
extension AppContext {
  /// The most recent session (by id, which sorts by start time).
  ///
  /// - Parameters:
  ///   - unfinishedOnly: Pass over finished sessions (a resume).
  ///   - skippingEmpty: Pass over sessions with no answer yet: they are
  ///     neither offered nor exported by default (`coach resume` still
  ///     continues one).
  /// - Returns: The session, `nil` when there is none, or the exit status of
  ///   a failure already reported.
  func latestSession(unfinishedOnly: Bool, skippingEmpty: Bool = true) -> Result<
    LoadedSession?, ExitStatus
  > {
    let ids: [String]
    do throws(StoreError) {
      ids = try layout.sessionIDs(in: store)
    } catch {
      return .failure(ExitStatus(code: fail(error.description)))
    }
    for id in ids.reversed() {
      // Its lines (notes, or the error) are held back until it is known
      // whether the session is passed over.
      let attempt = console.capturingErrors { loadSession(id) }
      let loaded: LoadedSession
      switch attempt.result {
      case .success(let session):
        for line in attempt.errors { console.error(line) }
        loaded = session
      case .failure(let status):
        // A session that cannot be read but holds no answer for certain
        // is passed over: a power cut before a session's first answer can
        // leave its unsynced transcript or script copy empty
        // (docs/durability.md), and it must not hide the sessions before
        // it. Any other is named, never passed over: it may be the one the
        // person means.
        if holdsNoAnswer(id) { continue }
        for line in attempt.errors { console.error(line) }
        return .failure(status)
      }
      if skippingEmpty, loaded.isEmpty { continue }
      if unfinishedOnly, loaded.machine.isFinished { continue }
      return .success(loaded)
    }
    return .success(nil)
  }

  /// Whether session `id` holds no answer for certain: its transcript is
  /// empty, or reads whole with no answered or skipped question. Asked
  /// only of a session that cannot be loaded.
  func holdsNoAnswer(_ id: String) -> Bool {
    guard let bytes = (try? store.read(layout.transcriptPath(of: id))) ?? nil else {
      return false
    }
    if bytes.isEmpty { return true }
    guard let decoding = try? TranscriptCodec.decode(bytes) else { return false }
    return !decoding.events.contains { event in
      switch event {
      case .answered, .skipped: return true
      default: return false
      }
    }
  }

  func listSessions() -> Int32 {
    if let first = arguments.positionals.first {
      guard first == "rm" else {
        return usage(.unexpectedArgument(first, suggestions: ["rm"]))
      }
      return removeSessions(Array(arguments.positionals.dropFirst()))
    }
    // Listing deletes nothing, so nothing is confirmed.
    if arguments.yes { return usage(.optionOnlyFor("--yes", form: "sessions rm")) }
    let ids: [String]
    do throws(StoreError) {
      ids = try layout.sessionIDs(in: store)
    } catch {
      return fail(error.description)
    }
    var rows: [[String]] = []
    var summaries: [SessionSummary] = []
    var problems: [(id: String, why: String)] = []
    for id in ids {
      switch quietly({ loadSession(id) }) {
      case .failure(let unreadable):
        problems.append((id, unreadable.why))
      case .success(let loaded):
        if loaded.isEmpty { continue }
        let plan = loaded.machine.plan()
        let done = loaded.machine.scriptsDone()
        let header = loaded.decoding.header
        let started = Moment(iso: header.started).map(Self.shortTime) ?? header.started
        let last = (loaded.decoding.events.last?.moment).map(Self.shortTime) ?? started
        let parts = loaded.machine.catalog.reachable(from: loaded.machine.roots).count
        // The plan's name, else the answer to a question called `name`
        // (a script that does not put it into the profile).
        let name =
          plan.profile.name?.value
          ?? plan.answers.keys.sorted().first { $0.hasSuffix(".name") }
          .flatMap { plan.answers[$0]?.text } ?? ""
        summaries.append(
          SessionSummary(
            id: id, name: name.isEmpty ? nil : name, started: header.started,
            lastActivity: loaded.decoding.events.last?.moment.iso ?? header.started,
            scriptsDone: done, scripts: parts, answers: plan.answers.count,
            goals: plan.goals.count, finished: loaded.machine.isFinished, error: nil))
        rows.append([
          id, Self.short(name), started, last,
          "\(done.count)/\(parts) \(done.joined(separator: ","))",
          String(plan.answers.count), String(plan.goals.count),
          loaded.machine.isFinished ? "yes" : "no",
        ])
      }
    }
    if arguments.json {
      summaries += problems.map {
        SessionSummary(
          id: $0.id, name: nil, started: nil, lastActivity: nil, scriptsDone: nil, scripts: nil,
          answers: nil, goals: nil, finished: nil, error: $0.why)
      }
      summaries.sort { $0.id < $1.id }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      guard let data = try? encoder.encode(summaries) else { return fail("cannot write JSON") }
      console.export(String(decoding: data, as: UTF8.self) + "\n")
      return Exit.ok
    }
    if rows.isEmpty, problems.isEmpty {
      console.line(
        "No sessions yet in \(paths.dataDirectory). Start one with '\(suggestion("start"))'.")
      return Exit.ok
    }
    let table = TextTable(
      columns: [
        "ID", "NAME", "STARTED", "LAST ACTIVITY", "SCRIPTS DONE", "ANSWERS", "GOALS", "FINISHED",
      ])
    for line in table.render(rows) { console.line(line) }
    // A session that cannot be read is named with the reason, as opening
    // it would.
    for problem in problems {
      // The row names the session; its folder needs no repeating.
      let folder = layout.directory(of: problem.id) + "/"
      let why =
        problem.why.hasPrefix(folder) ? String(problem.why.dropFirst(folder.count)) : problem.why
      console.line("\(problem.id)  \(why)", style: .warning)
    }
    return Exit.ok
  }

  /// Runs `body` with its error messages collected instead of printed.
  func quietly(_ body: () -> Result<LoadedSession, ExitStatus>) -> Result<LoadedSession, Unreadable>
  {
    let captured = console.capturingErrors { body() }
    switch captured.result {
    case .success(let loaded): return .success(loaded)
    case .failure:
      return .failure(Unreadable(why: captured.errors.first ?? "error: cannot be read"))
    }
  }

  /// Why a session in a listing cannot be read: its first error line.
  struct Unreadable: Error {
    var why: String
  }

  /// A name cut to fit a column.
  static func short(_ name: String) -> String {
    let line = name.split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count > 24 ? String(line.prefix(23)) + "…" : line
  }

  static func shortTime(_ m: Moment) -> String {
    String(m.iso.prefix(16).map { $0 == "T" ? " " : $0 })
  }
}

/// One session in `coach sessions --json`.
struct SessionSummary: Encodable {
  var id: String
  var name: String?
  var started: String?
  var lastActivity: String?
  var scriptsDone: [String]?
  var scripts: Int?
  var answers: Int?
  var goals: Int?
  var finished: Bool?
  /// Why the session cannot be read, for one that cannot.
  var error: String?
}
