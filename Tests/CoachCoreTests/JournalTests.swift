import CoachCore
import CoachTestSupport
import Testing

@Suite struct JournalTests {
  let layout = SessionLayout(dataDirectory: "/data")
  let id = TranscriptSamples.header.session
  var path: String { layout.transcriptPath(of: id) }

  func created(_ store: CrashSimulatingStore) throws -> Journal {
    try Journal.create(header: TranscriptSamples.header, layout: layout, store: store)
  }

  @Test func appendedEventsAreReadBack() throws {
    let store = CrashSimulatingStore()
    let journal = try created(store)
    for event in TranscriptSamples.events { try journal.append(event) }
    #expect(journal.events == TranscriptSamples.events)
    journal.close()
    #expect(store.contents(path) == TranscriptSamples.bytes())
    let reopened = try Journal.open(session: id, layout: layout, store: store)
    #expect(reopened.header == TranscriptSamples.header)
    #expect(reopened.events == TranscriptSamples.events)
    #expect(reopened.recoveryNotice == nil)
    let read = try Journal.read(session: id, layout: layout, store: store)
    #expect(read.events == TranscriptSamples.events)
  }

  @Test func creatingTwiceIsRefused() throws {
    let store = CrashSimulatingStore()
    _ = try created(store)
    #expect(throws: JournalError.exists(session: id)) { try created(store) }
  }

  @Test func aSecondWriterIsTurnedAway() throws {
    let store = CrashSimulatingStore()
    let first = try created(store)
    let error = #expect(throws: JournalError.self) {
      try Journal.open(session: id, layout: layout, store: store)
    }
    #expect(error == .locked(session: id))
    #expect(
      error?.description
        == "error: session '20261125-090000-00ab' is open in another coach (pid unknown)")
    // Reading needs no lock, so a replay works while the session is open.
    #expect(throws: Never.self) { try Journal.read(session: id, layout: layout, store: store) }
    first.close()
    #expect(throws: Never.self) { try Journal.open(session: id, layout: layout, store: store) }
  }

  @Test func aTornTailIsKeptAsideAndCutOff() throws {
    let store = CrashSimulatingStore()
    try store.makeDirectory(layout.directory(of: id))
    let events = Array(TranscriptSamples.events.prefix(3))
    let tail = Array(#"{"at":"2026-11-25T09:03:00Z","key":"chec"#.utf8)
    try store.writeAtomically(TranscriptSamples.bytes(events) + tail, to: path)

    let journal = try Journal.open(session: id, layout: layout, store: store)
    #expect(journal.events == events)
    #expect(
      journal.recoveryNotice
        == "Recovered an interrupted save: dropped \(tail.count) incomplete bytes at the end of "
        + "transcript.jsonl (kept in transcript.jsonl.torn).")
    #expect(store.contents(path + ".torn") == tail)
    #expect(store.contents(path) == TranscriptSamples.bytes(events))

    // The next record starts on a line of its own instead of gluing on.
    try journal.append(TranscriptSamples.events[3])
    journal.close()
    let reopened = try Journal.open(session: id, layout: layout, store: store)
    #expect(reopened.events == Array(TranscriptSamples.events.prefix(4)))
    #expect(reopened.recoveryNotice == nil)
  }

  @Test func aSecondRepairKeepsTheFirstTail() throws {
    let store = CrashSimulatingStore()
    try store.makeDirectory(layout.directory(of: id))
    try store.writeAtomically([1], to: path + ".torn")
    try store.writeAtomically(TranscriptSamples.bytes([]) + [0x7B], to: path)
    let journal = try Journal.open(session: id, layout: layout, store: store)
    #expect(
      journal.recoveryNotice?.hasSuffix(
        "1 incomplete byte at the end of "
          + "transcript.jsonl (kept in transcript.jsonl.torn.2).") == true)
    #expect(store.contents(path + ".torn") == [1])
    #expect(store.contents(path + ".torn.2") == [0x7B])
  }

  @Test func corruptionIsReportedWithItsLine() throws {
    let store = CrashSimulatingStore()
    try store.makeDirectory(layout.directory(of: id))
    let good = TranscriptSamples.bytes(Array(TranscriptSamples.events.prefix(2)))
    try store.writeAtomically(good + Array("oops\n".utf8) + good.suffix(10), to: path)
    let error = #expect(throws: JournalError.self) {
      try Journal.open(session: id, layout: layout, store: store)
    }
    #expect(
      error?.description
        == "/data/sessions/20261125-090000-00ab/transcript.jsonl:4: error: "
        + "line is not a valid event: it is not JSON")
    // The failed open released its lock.
    #expect(throws: JournalError.self) {
      try Journal.open(session: id, layout: layout, store: store)
    }
    #expect(store.contents(path + ".torn") == nil)
  }

  @Test(arguments: ["../etc", ".hidden", "", "a/b", "x y"])
  func unsafeIDsAreRefused(_ bad: String) {
    #expect(throws: JournalError.invalidID(bad)) {
      try Journal.open(session: bad, layout: layout, store: CrashSimulatingStore())
    }
  }

  @Test func aMissingSessionIsNamed() {
    #expect(throws: JournalError.missing(session: "20200101-000000-0000")) {
      try Journal.open(
        session: "20200101-000000-0000", layout: layout, store: CrashSimulatingStore())
    }
  }

  @Test(arguments: [
    (CrashSimulatingStore.FaultKind.write, StoreError.noSpace, 17),
    (CrashSimulatingStore.FaultKind.sync, StoreError.ioError, 0),
  ])
  func aFailedAppendStopsTheJournal(
    kind: CrashSimulatingStore.FaultKind, message: String, keeping: Int
  )
    throws
  {
    let store = CrashSimulatingStore()
    let journal = try created(store)
    try journal.append(TranscriptSamples.events[0])
    store.injectFault(kind, message: message, keeping: keeping)
    let error = #expect(throws: JournalError.self) {
      try journal.append(TranscriptSamples.events[1])
    }
    #expect(error == .store(StoreError(path: path, operation: "save", message: message)))
    #expect(
      error?.description
        == "error: cannot save '/data/sessions/20261125-090000-00ab/transcript.jsonl': \(message)")
    #expect(throws: JournalError.stopped(session: id)) {
      try journal.append(TranscriptSamples.events[2])
    }
    // The half-written record was cut off again; opening anew carries on.
    journal.close()
    let reopened = try Journal.open(session: id, layout: layout, store: store)
    #expect(reopened.events == [TranscriptSamples.events[0]])
    #expect(reopened.recoveryNotice == nil)
    try reopened.append(TranscriptSamples.events[1])
    #expect(reopened.events == Array(TranscriptSamples.events.prefix(2)))
  }

  @Test func aFailedPlanSaveLeavesTheJournalWorking() throws {
    let store = CrashSimulatingStore()
    let journal = try created(store)
    try journal.savePlan(Array("v1".utf8))
    store.injectFault(.write, message: StoreError.noSpace)
    let error = #expect(throws: JournalError.self) { try journal.savePlan(Array("v2".utf8)) }
    #expect(error?.message.hasSuffix("plan.json': No space left on device") == true)
    #expect(store.contents(layout.planPath(of: id)) == Array("v1".utf8))
    #expect(try store.list(layout.directory(of: id)) == ["plan.json", "transcript.jsonl"])
    try journal.append(TranscriptSamples.events[0])
  }
}

@Suite struct SessionLayoutTests {
  @Test func pathsFollowTheDocumentedLayout() {
    let layout = SessionLayout(dataDirectory: "/home/ada/.local/share/coach/")
    #expect(
      layout.transcriptPath(of: "s1") == "/home/ada/.local/share/coach/sessions/s1/transcript.jsonl"
    )
    #expect(layout.planPath(of: "s1") == "/home/ada/.local/share/coach/sessions/s1/plan.json")
  }

  @Test func newIDsSortByTimeInUTC() {
    let id = SessionLayout.newID(at: Moment(seconds: 1_795_597_205, utcOffset: 3600), suffix: 0xAB)
    #expect(id == "20261125-090005-00ab")
    #expect(SessionLayout.isValidID(id))
    let later = SessionLayout.newID(
      at: Moment(seconds: 1_795_600_000, utcOffset: -36_000), suffix: 0)
    #expect(id < later)
    #expect(SessionLayout.newID(at: Moment(seconds: 0), suffix: 0xFFFF) == "19700101-000000-ffff")
  }

  @Test func sessionsAreListedOldestFirst() throws {
    let store = CrashSimulatingStore()
    let layout = SessionLayout(dataDirectory: "d")
    #expect(try layout.sessionIDs(in: store) == [])
    for id in ["20261125-090000-0002", "20251125-090000-0001"] {
      var header = TranscriptSamples.header
      header.session = id
      try Journal.create(header: header, layout: layout, store: store).close()
    }
    try store.makeDirectory(layout.directory(of: "empty"))
    try store.makeDirectory(layout.directory(of: ".trash"))
    #expect(try layout.sessionIDs(in: store) == ["20251125-090000-0001", "20261125-090000-0002"])
  }

  @Test(arguments: [
    (".plan.json.tmp-123-4", Int32(123)), (".a-b.json.tmp-9-0", 9), ("plan.json.tmp-1-2", nil),
    (".plan.json", nil), (".tmp-1-2", nil), (".x.tmp-0-1", nil), (".x.tmp-1-a", nil),
  ])
  func temporaryNamesAreRecognised(name: String, pid: Int32?) {
    #expect(TemporaryFileName.writer(of: name) == pid)
  }

  @Test func temporaryNamesRoundTrip() {
    let name = TemporaryFileName.make(for: "plan.json", pid: 77, counter: 3)
    #expect(name == ".plan.json.tmp-77-3")
    #expect(TemporaryFileName.writer(of: name) == 77)
  }
}
