/// One event line as JSON: a flat object with a `type` and only the fields
/// that type uses.
///
/// Every field is optional here so that a missing one is reported by name
/// ("no 'key'") instead of as a decoding failure of the whole line.
struct EventRecord: Codable {
  var type: String?
  var at: String?
  var key: String?
  var text: String?
  var value: AnswerValue?
  var script: String?
  var name: String?
  var finished: Bool?

  private enum CodingKeys: String, CodingKey {
    case type, at, key, text, value, script, name, finished
  }

  /// Why a well-formed JSON object is still not an event.
  struct Problem: Error {
    var reason: String
  }

  init() {}

  init(_ event: TranscriptEvent) {
    at = event.moment.iso
    switch event {
    case .said(let text, _):
      type = "said"
      self.text = text
    case .asked(let key, let text, _):
      type = "asked"
      self.key = key
      self.text = text
    case .answered(let key, let text, let value, _):
      type = "answered"
      self.key = key
      self.text = text
      self.value = value
    case .skipped(let key, _):
      type = "skipped"
      self.key = key
    case .revised(let key, _):
      type = "revised"
      self.key = key
    case .jumped(let script, _):
      type = "jumped"
      self.script = script
    case .command(let name, _):
      type = "command"
      self.name = name
    case .ended(let finished, _):
      type = "ended"
      self.finished = finished
    }
  }

  /// The event this record describes.
  func event() throws(Problem) -> TranscriptEvent {
    guard let type else { throw Problem(reason: "no 'type'") }
    guard let at else { throw Problem(reason: "no 'at'") }
    guard let moment = Moment.transcript(at) else {
      throw Problem(reason: "'at' is not a time: '\(at)'")
    }
    switch type {
    case "said":
      return .said(text: try need(text, "text"), at: moment)
    case "asked":
      return .asked(key: try need(key, "key"), text: try need(text, "text"), at: moment)
    case "answered":
      return .answered(
        key: try need(key, "key"), text: try need(text, "text"), value: try need(value, "value"),
        at: moment)
    case "skipped":
      return .skipped(key: try need(key, "key"), at: moment)
    case "revised":
      return .revised(key: try need(key, "key"), at: moment)
    case "jumped":
      return .jumped(script: try need(script, "script"), at: moment)
    case "command":
      return .command(name: try need(name, "name"), at: moment)
    case "ended":
      return .ended(finished: try need(finished, "finished"), at: moment)
    default:
      throw Problem(reason: "unknown type '\(type)'")
    }
  }

  private func need<T>(_ value: T?, _ name: String) throws(Problem) -> T {
    guard let value else { throw Problem(reason: "no '\(name)'") }
    return value
  }
}
