extension SessionWalker {
  /// `SessionState.key(base, round:)` for a round of 0 or more, made in
  /// one allocation: the walk makes a key for every question of a round
  /// it meets.
  static func roundKey(_ base: String, round: Int) -> String {
    guard round >= 0 else { return SessionState.key(base, round: round) }
    return joined(base, "#", round: round, "")
  }

  /// `a + b + String(round) + c` for a round of 0 or more, in one
  /// allocation, the digits written in place (`String(round)` is a
  /// string of its own, made by general code for any radix).
  static func joined(_ a: String, _ b: StaticString, round: Int, _ c: String) -> String {
    var a = a
    var c = c
    var digits = 1
    var rest = round / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let count = a.utf8.count + b.utf8CodeUnitCount + digits + c.utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var end = a.withUTF8 { copy($0, into: buffer, at: 0) }
      end = b.withUTF8Buffer { copy($0, into: buffer, at: end) }
      var n = round
      var at = end + digits
      end = at
      repeat {
        at -= 1
        buffer[at] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: n % 10)
        n /= 10
      } while n > 0
      return c.withUTF8 { copy($0, into: buffer, at: end) }
    }
  }

  /// `a + b + c`, made in one allocation where joining them one by one
  /// makes two or three.
  static func joined(_ a: String, _ b: String, _ c: String) -> String {
    var a = a
    var b = b
    var c = c
    let count = a.utf8.count + b.utf8.count + c.utf8.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      let first = a.withUTF8 { copy($0, into: buffer, at: 0) }
      let second = b.withUTF8 { copy($0, into: buffer, at: first) }
      return c.withUTF8 { copy($0, into: buffer, at: second) }
    }
  }

  /// Copies `bytes` into `buffer` from `start`; returns where they end.
  private static func copy(
    _ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>,
    at start: Int
  ) -> Int {
    let end = start + bytes.count
    _ = UnsafeMutableBufferPointer(rebasing: buffer[start..<end]).initialize(fromContentsOf: bytes)
    return end
  }

  /// A prompt whose one placeholder is `{round}` ("Goal {round}: what do
  /// you want to achieve?"), cleaned once: what `render` makes of it in
  /// a round, without going through the parts again.
  ///
  /// Cleaning removes unsafe scalars one by one, so the cleaned pieces
  /// joined are the joined text cleaned; a round's digits need none.
  struct RoundTemplate {
    /// The cleaned text before and after the placeholder.
    private let before: String
    private let after: String

    /// Nil unless the template names `round` once and nothing else.
    init?(_ template: Template) {
      var pieces = [""]
      for part in template.parts {
        switch part {
        case .literal(let s): pieces[pieces.count - 1] += s
        case .placeholder("round"): pieces.append("")
        case .placeholder: return nil
        }
      }
      guard pieces.count == 2 else { return nil }
      before = Sanitizer.clean(pieces[0])
      after = Sanitizer.clean(pieces[1])
    }

    /// The text in `round`.
    func text(round: Int) -> String {
      round >= 0
        ? SessionWalker.joined(before, "", round: round, after)
        : SessionWalker.joined(before, String(round), after)
    }
  }
}

/// A template with each placeholder's key and question worked out for one
/// place of the walk (a script, or a group of it): what `render` looks up
/// for every `{id}` each time, found once for all the rounds.
struct ResolvedTemplate {
  enum Part {
    case literal(String)
    /// `{round}`.
    case round
    /// An id whose key is the same in every round, with what `display`
    /// reads of its question.
    case fixed(name: String, key: String, type: AnswerType?, namesDeadline: Bool)
    /// An id of the group's own steps: its key is the round's.
    case general(String)
  }

  let parts: [Part]

  /// Whether the text reads the same in every round of its place, given
  /// the answers and the computed values: no `{round}`, no id of the
  /// group's own steps, and no deadline question, which shows the deadline
  /// the round's goal named when it has no answer. Within one walk (the
  /// answers fixed) it is then rendered once for as long as nothing is
  /// computed anew.
  var isSameInEveryRound: Bool {
    parts.allSatisfy {
      switch $0 {
      case .literal: return true
      case .fixed(_, _, _, let namesDeadline): return !namesDeadline
      case .round, .general: return false
      }
    }
  }

  init(_ template: Template, _ env: WalkEnvironment) {
    parts = template.parts.map { part in
      switch part {
      case .literal(let s): return .literal(s)
      case .placeholder("round"): return .round
      case .placeholder(let name):
        guard env.keyIsFixed(for: name) else { return .general(name) }
        let question = env.question(named: name)
        return .fixed(
          name: name, key: env.key(for: name), type: question?.type,
          namesDeadline: WalkEnvironment.namesDeadline(question))
      }
    }
  }

  /// `SessionWalker.render(template, env)`, for an `env` of the same place.
  func render(_ env: WalkEnvironment) -> String {
    // Most texts are one placeholder between two pieces ("Another goal,
    // {name}?"): joined at once.
    if parts.count == 3 {
      return Sanitizer.clean(
        SessionWalker.joined(text(parts[0], env), text(parts[1], env), text(parts[2], env)))
    }
    var out = ""
    for part in parts { out += text(part, env) }
    return Sanitizer.clean(out)
  }

  private func text(_ part: Part, _ env: WalkEnvironment) -> String {
    switch part {
    case .literal(let s): return s
    case .round where env.round != nil: return String(env.round ?? 0)
    case .round: return env.display("round")
    case .fixed(let name, let key, let type, let namesDeadline):
      return env.display(name, key: key, type: type, namesDeadline: namesDeadline)
    case .general(let name): return env.display(name)
    }
  }
}
