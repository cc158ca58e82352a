/// The measurable rule and the time frames the deadline parser leaves out
/// (`docs/smart.md`).
extension SmartWords {
  /// The number or result that shows the goal is done, or `nil`.
  var measure: String? {
    if let i = lower.indices.first(where: { isMeasureNumber($0) }) {
      return typed[i..<min(i + 2, typed.count)].joined(separator: " ")
    }
    // A state judged ("a better Scrum Master") or a figure of speech has
    // no result to check, whatever words it borrows.
    if isJudgedState || usesFigure { return nil }
    // "look into nursing certifications", "explore a career in law":
    // finding out gets none of what it names.
    if let verb, V.researchVerbs.contains(verb) { return nil }
    // "have it live for all customers", "get the app live": a launch.
    if let i = lower.indices.dropFirst(2).first(where: { i in
      lower[i] == "live" && !["to", "i", "we", "they"].contains(lower[i - 1])
        && lower[max(0, i - 5)..<i].contains {
          ["have", "get", "go", "going", "be", "is"].contains($0)
        }
    }) {
      return typed[i]
    }
    if let verb, V.multiplyingVerbs.contains(verb) { return verb }
    if !isPreparing, let i = lower.indices.first(where: { isOutcome(at: $0) }) {
      return typed[i]
    }
    if let k = verbIndex, k + 2 < lower.count, lower[k] == "pay", lower[k + 1] == "off" {
      return typed[k...].joined(separator: " ")
    }
    if verbIndex == nil, lower.count > 1, lower[0] == "head", lower[1] == "of" { return typed[0] }
    if verbIndex == nil, let i = verblessResult {
      return typed[i]  // "a leadership role by 2027"
    }
    // "lead the migration and deliver it": a delivery later in the goal.
    if let i = lower.indices.dropFirst().first(where: {
      lower[$0 - 1] == "and" && ["deliver", "delivered"].contains(lower[$0])
    }) {
      return typed[i...].prefix(2).joined(separator: " ")
    }
    if isJudgedByFeeling { return nil }
    // "digitize all our paper records": all of a named thing is a target.
    if isConcreteAction, object.first == "all", object.count > 1 { return typed[objectStart] }
    return namedRole ?? singleDeliverable ?? actionResult
  }

  func isOutcome(_ w: String) -> Bool {
    // "exam" is a result, "example" is not.
    V.credentialWords.contains(w)
      || (!w.hasPrefix("exampl") && V.outcomeStems.contains { w.hasPrefix($0) })
  }

  /// Whether word `i` is a result: "graduate" is one, "graduate programs"
  /// a kind of programme.
  func isOutcome(at i: Int) -> Bool {
    guard isOutcome(lower[i]) else { return false }
    let kinds: Set<String> = [
      "program", "programs", "programme", "programmes", "students", "course", "courses",
    ]
    return !(i + 1 < lower.count && kinds.contains(lower[i + 1]))
  }

  /// "study for the bar exam", "prepare for the GMAT": the exam is the aim,
  /// not the result.
  var isPreparing: Bool {
    guard let verb, let k = verbIndex, V.preparingVerbs.contains(verb) else { return false }
    return k >= 0 && objectStart < lower.count && lower[objectStart] == "for"
  }

  /// A concrete action (not a vague or feeling verb, not "be").
  var isConcreteAction: Bool {
    guard let verb else { return false }
    return SmartWords.isAction(verb) && !["be", "become", "get", "have"].contains(verb)
  }

  /// For a concrete action: a result it has or not ("on budget"), or a
  /// cadence that can be counted ("every week", "weekly").
  var actionResult: String? {
    guard isConcreteAction else { return nil }
    for phrase in V.outcomePhrases where contains(phrase) {
      return phrase.joined(separator: " ")
    }
    for (i, w) in lower.enumerated() {
      // "weekly" counts; "the monthly report" names a report.
      let describes =
        i > 0 && ["the", "my", "our", "his", "her", "their"].contains(lower[i - 1])
      if V.cadenceWords.contains(w), !describes { return typed[i] }
      guard ["every", "each", "per"].contains(w), i + 1 < lower.count else { continue }
      let unit = lower[i + 1]
      let singular = unit.hasSuffix("s") ? String(unit.dropLast()) : unit
      if V.cadenceUnits.contains(singular) || DeadlineVocabulary.weekdays[singular] != nil {
        return typed[i...(i + 1)].joined(separator: " ")
      }
    }
    return nil
  }

  /// "become store manager", "be a nurse": a role had or not, named by a
  /// noun for a person right after "be", "become" or "make".
  /// A verb of getting a job, role or thing: "find", "land", "snag".
  var isGetting: Bool {
    guard let verb else { return false }
    return ["get", "find", "land", "secure", "snag", "bag", "score", "win", "obtain"].contains(verb)
  }

  /// "get the job in the hospital", "land the role": a role, job or offer
  /// got, named after a verb of getting.
  var namedRole: String? {
    guard let verb else { return nil }
    if let role = roleAfterAs { return role }
    // "work as a dental hygienist" names a role too.
    let naming =
      ["be", "become", "make"].contains(verb)
      || (verb == "work" && object.first == "as")
    let getting = isGetting
    guard naming || getting else { return nil }
    let stops: Set<String> = ["at", "in", "on", "for", "with", "by", "before", "within", "of"]
    if isJudgedByFeeling { return nil }
    for (i, w) in object.prefix(4).enumerated() where i > 0 || w != "as" {
      if stops.contains(w) || V.comparatives.contains(w) || V.vagueStates.contains(w) {
        return nil
      }
      let role =
        naming
        ? VerbLexicon.people.contains(w) || V.roleNouns.contains(w)
        : V.verblessResults.contains(w)
          || (w == "work" && (i == 0 || ["the", "a", "some"].contains(object[i - 1])))
      if role { return typed[objectStart + i] }
    }
    return nil
  }

  /// "go back to work as a paralegal", "teach at the community college as
  /// an adjunct", "return to work part-time as a dental hygienist": a
  /// concrete action in a role a noun for a person names after "as", had or
  /// not.
  var roleAfterAs: String? {
    guard let verb, SmartWords.isAction(verb), !SmartWords.isFeeling(verb),
      let j = object.prefix(8).firstIndex(of: "as"), j + 1 < object.count
    else { return nil }
    var r = j + 1
    if ["a", "an"].contains(object[r]), r + 1 < object.count { r += 1 }
    // "as a senior nurse": the role may follow one describing word.
    for i in r..<min(r + 2, object.count) {
      let w = object[i]
      if VerbLexicon.people.contains(w) || V.roleNouns.contains(w) {
        return typed[objectStart + i]
      }
    }
    return nil
  }

  /// "write a book", "find a mentor", "start my own business": one thing,
  /// done or not.
  var singleDeliverable: String? {
    guard let verb, let k = verbIndex, !SmartWords.isVague(verb) || object.first == "a"
    else { return nil }
    var i = max(k + 1, objectStart)
    if i < lower.count, ["at", "to", "into", "for", "on", "with", "in"].contains(lower[i]) {
      i += 1
    }
    guard i < lower.count else { return nil }
    var noun = i + 1
    switch lower[i] {
    case "a", "an", "one": break
    case "my" where i + 1 < lower.count && ["own", "first"].contains(lower[i + 1]): noun = i + 2
    case _ where V.completionVerbs.contains(verb):
      // "take the GMAT", "move to Berlin": a named thing, done or not;
      // "attend industry events" is no one thing.
      noun = ["the", "my", "our"].contains(lower[i]) ? i + 1 : i
      if noun == i,
        lower[i...].prefix(3).contains(where: { $0.hasSuffix("s") && !$0.hasSuffix("ss") })
      {
        return nil
      }
    default: return nil
    }
    guard noun < lower.count, !V.comparatives.contains(lower[noun]),
      !V.vagueStates.contains(lower[noun]),
      // "grow a lot" is no thing; "lead a team" is never done.
      !["lot", "bit", "little", "ton"].contains(lower[noun]),
      !(V.ongoingVerbs.contains(verb) && V.groupNouns.contains(lower[noun]))
    else { return nil }
    return typed[i...noun].joined(separator: " ")
  }

  /// "by the end of the semester", "this school year": a time frame whose
  /// day depends on the school, so `DeadlineParser` names no day for it.
  var namesSchoolPeriod: Bool { namesPeriod || namesFirstPeriod }

  /// "in my first year", "within my first 90 days": a time frame counted
  /// from a start the goal does not date.
  var namesFirstPeriod: Bool {
    lower.indices.dropFirst(2).contains { i in
      guard lower[i - 1] == "first" || Int(lower[i - 1]) != nil else { return false }
      let unit = lower[i].hasSuffix("s") ? String(lower[i].dropLast()) : lower[i]
      guard ["day", "week", "month", "year", "quarter", "semester"].contains(unit) else {
        return false
      }
      let start = lower[..<i].suffix(4)
      return start.contains("first") && start.contains("my")
        && start.contains { ["in", "within", "during", "over", "by"].contains($0) }
    }
  }

  var namesPeriod: Bool {
    let before: Set<String> = [
      "this", "next", "the", "of", "by", "fall", "spring", "autumn", "summer", "winter", "end",
    ]
    return V.schoolPeriods.contains { phrase in
      lower.indices.contains { i in
        i + phrase.count <= lower.count && lower[i..<(i + phrase.count)].elementsEqual(phrase)
          && (phrase != ["term"] || (i > 0 && before.contains(lower[i - 1])))
          && (phrase != ["season"] || (i > 0 && ["this", "next"].contains(lower[i - 1])))
      }
    }
  }
}
