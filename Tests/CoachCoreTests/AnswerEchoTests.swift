import CoachCore
import Testing

/// The coach says back what it understood, once, before the next question;
/// the same line is in the transcript, so a replay shows it.
@Suite struct AnswerEchoTests {
  static let script = """
    id: echo
    title: Echo
    steps:
      - id: due
        ask: "By when?"
        type: date
      - id: salary
        ask: "Salary?"
        type: money
        plan: offer.salary
      - id: stage
        ask: "Stage?"
        type: choice
        options: [early, mid, senior]
      - id: years
        ask: "Years?"
        type: integer
      - id: secret
        ask: "Secret pay?"
        type: money
        private: true
      - id: name
        ask: "Name?"
    """

  static let now = Moment(seconds: 1_795_597_200)  // Wednesday 2026-11-25T09:00:00Z

  static func notices(_ answers: [String], locale: String = "en_GB.UTF-8") -> [String] {
    let scripts = [ScriptParser.parse(script, file: "t.yaml").0].compactMap { $0 }
    var m = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["echo"], locale: locale)
    _ = m.start(at: now)
    var said: [String] = []
    for answer in answers {
      let effects = m.handle(line: answer, at: now)
      let notices = effects.compactMap { e -> String? in
        if case .notice(let n) = e { return n } else { return nil }
      }
      let recorded = effects.compactMap { e -> String? in
        if case .record(.said(let text, _)) = e { return text } else { return nil }
      }
      #expect(notices == recorded.filter { $0.hasPrefix("Got it") || $0.hasPrefix("Noted") })
      said.append(notices.joined(separator: " | "))
    }
    return said
  }

  @Test func saysBackWhatItInterpreted() {
    #expect(
      Self.notices(["by end of next summer", "$95k", "3", "seventy", "120000", "Ada"]) == [
        "Got it: Tuesday 31 August 2027.",
        "Got it: $95,000 a year.",
        "Got it: senior.",
        "Got it: 70.",
        "Noted; it stays private (not shown or kept in history).",
        "",
      ])
  }

  @Test func aNumericDateFollowsTheLocaleAndSaysWhichReadingItTook() {
    let british = Self.notices(["03/04/2027"], locale: "en_GB.UTF-8")
    let american = Self.notices(["03/04/2027"], locale: "en_US.UTF-8")
    #expect(british == ["Got it: Saturday 3 April 2027 (03/04/2027 read day first)."])
    #expect(american == ["Got it: Thursday 4 March 2027 (03/04/2027 read month first)."])
  }

  @Test func anAnswerTakenAsTypedIsNotEchoed() {
    #expect(
      Self.notices(["2027-06-30", "$95,000", "senior", "12"]).dropFirst() == [
        "Got it: $95,000 a year.", "", "",
      ])
  }
}

/// `/back` shows the answer being revised, never a private one.
@Suite struct BackShowsTheEarlierAnswerTests {
  @Test func backSaysWhatWasAnswered() {
    let scripts = [ScriptParser.parse(AnswerEchoTests.script, file: "t.yaml").0].compactMap { $0 }
    var m = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["echo"])
    let now = AnswerEchoTests.now
    _ = m.start(at: now)
    for answer in ["in 3 months", "$95k", "mid", "12", "1000"] {
      _ = m.handle(line: answer, at: now)
    }
    func notices(_ effects: [SessionEffect]) -> [String] {
      effects.compactMap { if case .notice(let n) = $0 { return n } else { return nil } }
    }
    #expect(
      notices(m.handle(line: "/back", at: now)) == [
        "Your earlier answer is private; type it again."
      ])
    _ = m.handle(line: "2000", at: now)
    _ = m.handle(line: "/back", at: now)
    #expect(m.current?.key == "echo.secret")
  }

  @Test func backOverAPublicAnswerShowsIt() {
    let scripts = [ScriptParser.parse(AnswerEchoTests.script, file: "t.yaml").0].compactMap { $0 }
    var m = SessionMachine(catalog: ScriptCatalog(scripts), roots: ["echo"])
    let now = AnswerEchoTests.now
    _ = m.start(at: now)
    _ = m.handle(line: "in 3 months", at: now)
    let effects = m.handle(line: "/back", at: now)
    #expect(
      effects.contains {
        if case .notice("Your earlier answer: in 3 months") = $0 { true } else { false }
      })
    #expect(m.current?.key == "echo.due")
  }
}
