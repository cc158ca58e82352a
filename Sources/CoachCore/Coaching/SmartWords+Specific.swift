/// The specific rule: a concrete action with an object (`docs/smart.md`).
extension SmartWords {
  var hasMeasureNumber: Bool { lower.indices.contains { isMeasureNumber($0) } }

  /// The object without "a", "my", "really" and the like.
  var head: [String] {
    let little = Self.headLittleWords
    return object.filter { !little.contains($0) }
  }

  /// "be happier", "get unstuck", "become a better leader": a state that is
  /// judged, not checked.
  var isJudgedState: Bool {
    // "digitize 200 patient files": a count of things, not a state.
    guard let verb, verbIndex != nil else { return false }
    // "stop feeling like I'm drowning", "quit being so anxious": a state.
    if ["stop", "quit"].contains(verb), let f = object.first,
      ["feeling", "being", "worrying", "dreading", "stressing"].contains(f)
    {
      return true
    }
    // "handle my 6 accounts better", "communicate better with my team";
    // "a role with better pay" judges the pay, not the role.
    let o = object
    if let j = o.firstIndex(of: "better"),
      j + 1 == o.count || V.fillers.contains(o[j + 1])
        // "understand the business side better, how budgets work": a
        // clause after "better" starts no noun it could describe.
        || ["by", "before", "how", "why", "what", "when", "because", "since", "but", "than"]
          .contains(o[j + 1])
    {
      return true
    }
    if let first = head.first, Int(first) != nil { return false }
    // "keep my team happy", "keep calm": the state is first or last.
    if verb == "keep", let first = head.first, let last = head.last {
      let alone = head.count == 1 || V.fillers.contains(head[1])
      return (V.vagueStates.contains(first) && alone) || V.vagueStates.contains(last)
    }
    // "go to more industry events": going somewhere, no state.
    if verb == "go", ["to", "into"].contains(head.first ?? "") { return false }
    if V.linkingVerbs.contains(verb) || SmartWords.isFeeling(verb) {
      return head.prefix(2).contains { V.vagueStates.contains($0) }
    }
    // "reduce patient wait times": a state word before a noun describes it.
    // "find a better job" stays a judgement.
    // "read more books" is a more of something, not a state (see `namesMoreOf`).
    guard let first = head.first, V.vagueStates.contains(first), first != "more", first != "less"
    else { return false }
    return V.comparatives.contains(first) || head.count == 1 || V.fillers.contains(head[1])
      || ["by", "before", "until"].contains(head[1])
  }

  /// Whether a figure of speech ("the next level") stands for the goal.
  var usesFigure: Bool { V.figures.contains { contains($0) } }

  /// Whether the words hold `phrase` in order.
  func contains(_ phrase: [String]) -> Bool {
    guard phrase.count <= lower.count else { return false }
    return (0...(lower.count - phrase.count)).contains { i in
      lower[i..<(i + phrase.count)].elementsEqual(phrase)
    }
  }

  /// "earn 30% more", "make $10k more in 2027": an amount more of nothing
  /// named. The number measures, but the aim stays vague.
  var isBareComparison: Bool {
    let ends = Self.comparisonEnds
    return lower.indices.dropFirst().contains { i in
      guard ["more", "less"].contains(lower[i]), isMeasureNumber(i - 1) else { return false }
      return i + 1 == lower.count || ends.contains(lower[i + 1])
    }
  }

  /// "learn to code", "learn how to read blueprints": the word after "to",
  /// or `nil` when the goal is not of that form.
  var learnedWord: String? {
    guard let verb, V.learningVerbs.contains(verb) else { return nil }
    var rest = object[...]
    if rest.first == "how" { rest = rest.dropFirst() }
    guard rest.first == "to" else { return nil }
    return rest.dropFirst().first ?? ""
  }

  /// In a goal without a verb, where a result had or not is named ("a
  /// leadership role"), unless a judgement comes before it ("a better job").
  var verblessResult: Int? {
    // "my own food truck": a thing of one's own, had or not.
    let owned = lower.indices.dropFirst().first { lower[$0 - 1] == "own" }
    guard
      let i = owned
        ?? lower.firstIndex(where: {
          V.verblessResults.contains($0) || VerbLexicon.people.contains($0)
        })
    else { return nil }
    let judged = lower[..<i].contains { V.comparatives.contains($0) || V.vagueStates.contains($0) }
    return judged ? nil : i
  }

  /// "improve my speaking by joining Toastmasters": the concrete action
  /// that serves a vague aim, after "by".
  var namedMeans: String? {
    guard let k = verbIndex else { return nil }
    for i in (k + 1)..<max(k + 1, lower.count - 1) where lower[i] == "by" {
      let w = lower[i + 1]
      if w.hasSuffix("ing"), let v = SmartWords.lemma(w) ?? VerbLexicon.lemma(w),
        SmartWords.isAction(v),
        !SmartWords.isVague(v)
      {
        return w
      }
    }
    return nil
  }

  /// "read more books about leadership", "network more with other
  /// designers": a concrete action done more, where and on what is named
  /// after a preposition. Without it ("read more", "drink more water") or
  /// with time, money or a state ("spend more time", "make more money",
  /// "get more experience") it stays vague.
  var namesMoreOf: Bool {
    // "spend more time with the junior analysts", "spend more time
    // mentoring interns": time on people named by a role, or on an action
    // (not "with my family").
    if verb == "spend", object.prefix(2) == ["more", "time"] {
      let rest = object.dropFirst(2)
      if let w = rest.first, w.hasSuffix("ing"),
        let v = SmartWords.lemma(w) ?? VerbLexicon.lemma(w),
        SmartWords.isAction(v)
      {
        return true
      }
      let kin: Set<String> = [
        "family", "kid", "kids", "child", "children", "friend", "friends", "wife", "husband",
        "partner", "parent", "parents", "son", "daughter", "mom", "dad", "loved", "spouse",
      ]
      guard rest.first == "with" else { return false }
      return rest.dropFirst().prefix(4).contains { w in
        let one = w.hasSuffix("s") ? String(w.dropLast()) : w
        return !kin.contains(w) && !kin.contains(one)
          && (VerbLexicon.people.contains(one) || VerbLexicon.people.contains(w)
            || ["hire", "hires", "client", "clients", "junior", "juniors"].contains(w))
      }
    }
    guard let verb, isConcreteAction, !["make", "spend", "do", "find"].contains(verb),
      let m = object.prefix(2).firstIndex(where: { $0 == "more" || $0 == "less" })
    else { return false }
    let prepositions: Set<String> = ["about", "with", "at", "in", "to", "on", "for", "into"]
    let rest = object[(m + 1)...]
    guard let p = rest.firstIndex(where: { prepositions.contains($0) }) else { return false }
    let notNamed: Set<String> = ["next", "end", "free", "spare", "general", "q1", "q2", "q3", "q4"]
    return rest[(p + 1)...].prefix(3).contains { w in
      !V.fillers.contains(w) && !V.vagueObjects.contains(w) && !notNamed.contains(w)
        && w.count > 1 && w.allSatisfy(\.isLetter) && DeadlineVocabulary.months[w] == nil
        && !DeadlineDuration.units.keys.contains(w) && DeadlineVocabulary.weekdays[w] == nil
    }
  }

  /// The signs `isMoney` reads before an amount (a set: searching the
  /// text "$€£¥₹" for a Character walks its Characters every time).
  private static let moneySigns: Set<Character> = ["$", "€", "£", "¥", "₹"]

  /// "$150", "5k", "£2m": an amount of money.
  static func isMoney(_ w: String) -> Bool {
    guard let first = w.first else { return false }
    if moneySigns.contains(first) { return w.count > 1 }
    guard first.isNumber, let last = w.last, "km".contains(last) else { return false }
    return w.dropLast().allSatisfy { $0.isNumber || $0 == "." }
  }

  /// "a job I love", "find work I actually enjoy": the result is judged
  /// by a feeling, not checked.
  var isJudgedByFeeling: Bool {
    let soft = Self.feelingSoftWords
    // "… I feel like I keep doing senior work" far after the object is
    // context, not the result's judge.
    return lower.indices.contains { i in
      guard lower[i] == "i", i > 0, i <= objectStart + 5 else { return false }
      guard let next = lower[(i + 1)...].first(where: { !soft.contains($0) }) else { return false }
      if let v = VerbLexicon.lemma(next) ?? SmartWords.lemma(next), SmartWords.isFeeling(v) {
        return true
      }
      return ["passionate", "proud", "happy"].contains(next)
    }
  }

  /// "get into sales or something", "whatever gets me out of here": the
  /// aim is not chosen yet.
  var isUndecided: Bool {
    lower.first == "whatever" || contains(["or", "something"]) || contains(["or", "whatever"])
      || contains(["something", "like", "that"])
  }

  var isSpecific: Bool {
    guard let verb, let k = verbIndex, !isUndecided else {
      if isUndecided { return false }
      // No verb: a noun phrase naming a checkable result ("AWS
      // certification", "a leadership role") or a count of something
      // named ("ten new clients").
      if lower.contains(where: isOutcome) { return true }
      if verblessResult != nil { return true }
      return hasMeasureNumber && !isBareComparison
        && lower.contains {
          $0.count > 3 && !V.fillers.contains($0) && !V.vagueObjects.contains($0)
            && !V.vagueStates.contains($0) && $0.allSatisfy(\.isLetter)
            && DeadlineVocabulary.months[$0] == nil
            && !DeadlineDuration.units.keys.contains($0)
        }
    }
    if SmartWords.isFeeling(verb) || usesFigure || isBareComparison || isUndecided {
      return false
    }
    if roleAfterAs != nil { return true }
    if let word = learnedWord {
      // "learn to code" names a skill; "learn to say no" a way of being.
      let linking: Set<String> = ["be", "become", "get", "have", "make", "go"]
      guard let inner = SmartWords.lemma(word) else { return false }
      return SmartWords.isAction(inner) && !linking.contains(inner)
    }
    let after = object
    if isJudgedState || isJudgedByFeeling { return false }
    // "get experience managing people", "learn new skills": the object's
    // head is too general to picture, whatever follows it.
    let general = V.comparatives.union(["some", "new", "more", "real", "different", "other", "any"])
    // "find work" is a job; "switch careers to data science" says where to.
    // "work on my communication skills" (not "practise my presentation
    // skills"): for "work on", the noun's last word is its head.
    let run = head.drop(while: { general.contains($0) }).prefix { !V.fillers.contains($0) }
    let nounHead =
      SmartWords.lemma(lower[k]) == "work" && run.count == 2
      && run.last.map { ["skills", "skill"].contains($0) } == true
    if let first = nounHead ? run.last : head.first(where: { !general.contains($0) }),
      V.vagueObjects.contains(first),
      !hasMeasureNumber, namedMeans == nil, !(first == "work" && isGetting),
      !(V.completionVerbs.contains(verb) && (object.contains("to") || object.contains("into"))),
      // "explore a career in cybersecurity" names the field.
      !(V.researchVerbs.contains(verb) && object.contains("in"))
    {
      return false
    }
    if after.prefix(2).contains(where: { $0 == "more" || $0 == "less" }), !hasMeasureNumber,
      !namesMoreOf
    {
      return false
    }
    let meaningful = after.enumerated().filter { i, w in
      !V.fillers.contains(w) && !V.vagueObjects.contains(w) && !isMeasureNumber(objectStart + i)
        && DeadlineVocabulary.months[w] == nil && !["by", "before", "until", "next"].contains(w)
    }
    // "save 5k by dec", "raise $20,000": the amount is what the action is for.
    let namesAmount = after.contains(where: SmartWords.isMoney)
    // "paint every day": an activity done on a cadence.
    if meaningful.isEmpty, !namesAmount, !(SmartWords.isAction(verb) && actionResult != nil) {
      return false
    }
    if V.multiplyingVerbs.contains(verb) { return true }
    if SmartWords.isVague(verb) {
      // "develop an app" acts on a thing; "improve my skills" needs a target.
      let thing =
        (after.first == "a" || after.first == "an")
        && !["lot", "bit", "little", "ton"].contains(after.dropFirst().first ?? "")
      return thing || hasMeasureNumber || namedMeans != nil || namedRole != nil
    }
    return true
  }
}

extension SmartWords {
  /// Words of the object that say nothing of what it is.
  static let headLittleWords: Set<String> = [
    "a", "an", "the", "really", "very", "much", "my", "our", "your", "his", "her", "their",
    "being", "so", "too", "feeling",
  ]

  /// Words after "more" or "less" that name nothing it is more of.
  static let comparisonEnds: Set<String> = [
    "than", "by", "in", "before", "until", "this", "next", "like", "per", "a", "each",
    "every", "within", "over", "at", "money", "income", "pay", "and", "or",
  ]

  /// Words between "I" and a feeling that change nothing.
  static let feelingSoftWords: Set<String> = [
    "actually", "really", "truly", "would", "can", "could", "d", "m",
  ]
}
