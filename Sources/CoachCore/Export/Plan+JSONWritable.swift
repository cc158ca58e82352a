/// The plan's types writing themselves as their `Codable` conformances
/// encode them: every stored property under its own name, the members in
/// the order of their names' UTF-8 bytes (so `"isCurrent"` before
/// `"matchCap"`, upper case before lower case), an optional left out when
/// nil, an array written even when empty. `JSONWriterTests` compares the
/// bytes with `JSONEncoder`'s for many plans.
///
/// A property added to one of these types must be added here too, in its
/// place by name: the comparison test fails until it is for one that is
/// always written; an optional one must be set in its `RandomPlan` too.
extension Plan {
  /// The document `JSONExporter` writes: the plan's members and, among
  /// them in key order, `commitments` (see `CommitmentEntry`).
  func writeDocument(to w: inout JSONWriter) {
    w.beginObject()
    w.member("actions", actions)
    w.member("answers", answers)
    w.member("assessment", assessment)
    w.member("balance", balance)
    w.member("commitments", Commitment.all(in: self).map { CommitmentEntry($0, in: self) })
    w.member("compensation", compensation)
    w.member("computed", computed)
    w.member("dates", dates)
    w.member("goals", goals)
    w.member("growth", growth)
    w.member("networking", networking)
    w.member("notes", notes)
    w.member("openQuestions", openQuestions)
    w.member("planID", planID)
    w.member("profile", profile)
    w.member("schemaVersion", schemaVersion)
    w.member("scriptSections", scriptSections)
    w.member("sessionID", sessionID)
    w.member("stillToCome", stillToCome)
    w.member("updated", updated)
    w.member("vision", vision)
    w.endObject()
  }
}

/// A commitment as the JSON document lists it, with its `id`: what the
/// calendar and task exports list, so a program reading the JSON can
/// match them.
struct CommitmentEntry: JSONWritable {
  var id: String
  var kind: String
  var title: String
  var due: CalendarDay?
  var about: String
  var repeats: String?
  var parent: String?
  var source: String

  init(_ item: Commitment, in plan: Plan) {
    id = item.uuid(in: plan)
    kind = item.kind.rawValue
    title = item.title
    due = item.due
    about = item.context
    repeats = item.recurrence?.rrule
    parent = item.parentUUID(in: plan)
    source = item.source
  }

  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("about", about)
    w.member("due", due)
    w.member("id", id)
    w.member("kind", kind)
    w.member("parent", parent)
    w.member("repeats", repeats)
    w.member("source", source)
    w.member("title", title)
    w.endObject()
  }
}

extension CalendarDay: JSONWritable {
  func write(to w: inout JSONWriter) { w.day(self) }
}

extension AnswerValue: JSONWritable {
  /// As `encode(to:)`: a whole number below 10^15 as an integer.
  func write(to w: inout JSONWriter) {
    switch self {
    case .text(let s): w.string(s)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { w.integer(Int(n)) } else { w.number(n) }
    case .bool(let b): w.bool(b)
    case .date(let d): w.day(d)
    case .list(let l): w.array(l)
    }
  }
}

extension Sourced: JSONWritable where Value: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("source", source)
    w.member("value", value)
    w.endObject()
  }
}

extension ScriptSection: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("entries", entries)
    w.member("script", script)
    w.member("title", title)
    w.endObject()
  }
}

extension ScriptSection.Entry: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("due", due)
    w.member("isComputed", isComputed)
    w.member("key", key)
    w.member("label", label)
    w.member("value", value)
    w.endObject()
  }
}

extension PendingPart: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("count", count)
    w.member("first", first)
    w.member("script", script)
    w.member("title", title)
    w.endObject()
  }
}

extension AnswerRecord: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("smart", smart)
    w.member("text", text)
    w.member("value", value)
    w.endObject()
  }
}

extension SmartFacets: JSONWritable {
  /// As `encode(to:)`: `achievable` and `relevant` always, as null when
  /// unknown; `weak` only when not empty.
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.memberOrNull("achievable", achievable)
    w.member("measurable", measurable)
    w.memberOrNull("relevant", relevant)
    w.member("specific", specific)
    w.member("timeBound", timeBound)
    if !weak.isEmpty { w.member("weak", weak) }
    w.endObject()
  }
}

extension DatedAnswer: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("day", day)
    w.member("key", key)
    w.member("question", question)
    w.endObject()
  }
}

extension Offer: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("apart", apart)
    w.member("bonus", bonus)
    w.member("breakdown", breakdown)
    w.member("cash", cash)
    w.member("commuteCost", commuteCost)
    w.member("commuteCostPerDay", commuteCostPerDay)
    w.member("commuteMinutesPerDay", commuteMinutesPerDay)
    w.member("commuteSaved", commuteSaved)
    w.member("currency", currency)
    w.member("effectiveHourly", effectiveHourly)
    w.member("employerContributions", employerContributions)
    w.member("healthPremium", healthPremium)
    w.member("hourlyWage", hourlyWage)
    w.member("hoursPerWeek", hoursPerWeek)
    w.member("isCurrent", isCurrent)
    w.member("matchCap", matchCap)
    w.member("matchRate", matchRate)
    w.member("name", name)
    w.member("otherCurrencies", otherCurrencies)
    w.member("ptoDays", ptoDays)
    w.member("remoteDaysPerWeek", remoteDaysPerWeek)
    w.member("salary", salary)
    w.member("sickDays", sickDays)
    w.member("source", source)
    w.member("total", total)
    w.endObject()
  }
}

extension CompensationPart: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("amount", amount)
    w.member("explanation", explanation)
    w.member("label", label)
    w.endObject()
  }
}

extension Compensation: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("best", best)
    w.member("leaning", leaning)
    w.member("offers", offers)
    w.member("preference", preference)
    w.member("summary", summary)
    w.endObject()
  }
}

extension Action: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("context", context)
    w.member("due", due)
    w.member("source", source)
    w.member("title", title)
    w.endObject()
  }
}

extension OpenQuestion: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("key", key)
    w.member("question", question)
    w.endObject()
  }
}

extension Note: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("answer", answer)
    w.member("due", due)
    w.member("key", key)
    w.member("question", question)
    w.member("script", script)
    w.endObject()
  }
}

extension Profile: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("employment", employment)
    w.member("field", field)
    w.member("name", name)
    w.member("reviewDate", reviewDate)
    w.member("role", role)
    w.member("stage", stage)
    w.member("years", years)
    w.endObject()
  }
}

extension Assessment: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("reasons", reasons)
    w.member("score", score)
    w.member("stage", stage)
    w.member("verdict", verdict)
    w.member("warnings", warnings)
    w.endObject()
  }
}

extension Goal: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("achievable", achievable)
    w.member("deadline", deadline)
    w.member("inYourWords", inYourWords)
    w.member("measure", measure)
    w.member("milestones", milestones)
    w.member("relevant", relevant)
    w.member("smart", smart)
    w.member("source", source)
    w.member("specific", specific)
    w.member("title", title)
    w.endObject()
  }
}

extension Milestone: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("due", due)
    w.member("source", source)
    w.member("title", title)
    w.endObject()
  }
}

extension GrowthItem: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("due", due)
    w.member("method", method)
    w.member("source", source)
    w.member("title", title)
    w.endObject()
  }
}

extension Growth: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("education", education)
    w.member("experience", experience)
    w.member("skills", skills)
    w.endObject()
  }
}

extension NetworkingItem: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("cadence", cadence)
    w.member("channel", channel)
    w.member("detail", detail)
    w.member("due", due)
    w.member("source", source)
    w.endObject()
  }
}

extension Networking: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("cadence", cadence)
    w.member("items", items)
    w.endObject()
  }
}

extension Balance: JSONWritable {
  func write(to w: inout JSONWriter) {
    w.beginObject()
    w.member("boundaries", boundaries)
    w.member("delegate", delegate)
    w.member("priorities", priorities)
    w.member("rating", rating)
    w.member("ratingMax", ratingMax)
    w.member("reviewDate", reviewDate)
    w.member("timeManagement", timeManagement)
    w.endObject()
  }
}
