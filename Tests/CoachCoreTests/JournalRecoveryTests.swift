import CoachCore
import Testing

/// After a failed append the journal stops; `recover` cuts the file back to
/// the records known whole, so the failed record can be written afresh and
/// no half of it stays behind. Also: `create(at:)` picks the next free id.
@Suite struct JournalRecoveryTests {
  let layout = SessionLayout(dataDirectory: "/data")

  func created(_ store: CrashSimulatingStore) throws -> Journal {
    try Journal.create(header: TranscriptSamples.header, layout: layout, store: store)
  }

  @Test(arguments: [CrashSimulatingStore.FaultKind.write, .sync], [0, 7])
  func aFailedAppendIsWrittenAfreshAfterRecovery(
    kind: CrashSimulatingStore.FaultKind, keeping: Int
  ) throws {
    let store = CrashSimulatingStore()
    let journal = try created(store)
    let events = TranscriptSamples.events
    try journal.append(events[0])
    store.injectFault(kind, message: StoreError.noSpace, keeping: keeping)
    #expect(throws: JournalError.self) { try journal.append(events[1]) }
    #expect(throws: JournalError.stopped(session: journal.session)) {
      try journal.append(events[1])
    }
    try journal.recover()
    for event in events.dropFirst() { try journal.append(event) }
    journal.close()
    let read = try Journal.read(session: journal.session, layout: layout, store: store)
    #expect(read.events == events)
    #expect(read.recovery == .clean)
  }

  @Test func recoveringAJournalThatDidNotFailDoesNothing() throws {
    let store = CrashSimulatingStore()
    let journal = try created(store)
    try journal.append(TranscriptSamples.events[0])
    try journal.recover()
    #expect(journal.events == [TranscriptSamples.events[0]])
  }

  @Test func createAtAMomentTakesTheNextFreeIdOfThatSecond() throws {
    let store = CrashSimulatingStore()
    let moment = Moment(seconds: 1_795_597_200)
    let ids = try (0..<3).map { _ in
      let journal = try Journal.create(
        header: TranscriptSamples.header, at: moment, layout: layout, store: store)
      journal.close()
      return journal.session
    }
    let prefix = String(SessionLayout.newID(at: moment, suffix: 0).dropLast(4))
    #expect(ids == ["0000", "0001", "0002"].map { prefix + $0 })
    let header = try Journal.read(session: ids[2], layout: layout, store: store).header
    #expect(header.session == ids[2])
  }

  /// The sweep beside a target finds that target's temporaries by name.
  @Test(
    arguments: [
      (".plan.json.tmp-12-3", "plan.json"), (".my-plan.md.tmp-4242-10", "my-plan.md"),
      ("plan.json", nil), (".x.tmp-0-1", nil),
    ] as [(String, String?)])
  func aTemporaryNameGivesItsTarget(name: String, target: String?) {
    #expect(TemporaryFileName.target(of: name) == target)
  }
}
