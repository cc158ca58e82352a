import CoachCore
import CoachTestSupport
import Testing

/// Power cuts at every step of a session's saves, each with several ways of
/// losing what was not synced (SQLite's crash-test method).
@Suite struct CrashTests {
  let layout = SessionLayout(dataDirectory: "/data")
  let id = TranscriptSamples.header.session
  let events = TranscriptSamples.events

  /// What the session was told had been saved before the power went.
  struct Outcome {
    var created = false
    var acknowledged = 0
    var attempted = 0
    var acknowledgedPlan: Int?
    var attemptedPlans: [Int] = []
  }

  func plan(_ version: Int) -> [UInt8] {
    Array(String(repeating: "plan \(version);", count: 40 + version).utf8)
  }

  /// Appends every event and saves the plan after every third, stopping at
  /// the first failure, as the shell does.
  func runSession(on store: CrashSimulatingStore) -> Outcome {
    var outcome = Outcome()
    guard
      let journal = try? Journal.create(
        header: TranscriptSamples.header, layout: layout, store: store)
    else { return outcome }
    outcome.created = true
    for (index, event) in events.enumerated() {
      outcome.attempted = index + 1
      guard (try? journal.append(event)) != nil else { return outcome }
      outcome.acknowledged = index + 1
      if index % 3 == 2 {
        outcome.attemptedPlans.append(index)
        guard (try? journal.savePlan(plan(index))) != nil else { return outcome }
        outcome.acknowledgedPlan = index
      }
    }
    return outcome
  }

  @Test func recoveredTranscriptsArePrefixesKeepingEveryAcknowledgedEvent() throws {
    let dry = CrashSimulatingStore()
    _ = runSession(on: dry)
    let steps = dry.steps
    #expect(steps > 40)
    var runs = 0
    var repairs = 0
    for step in 0...steps {
      for seed in UInt64(0)..<8 {
        let store = CrashSimulatingStore()
        store.scheduleCrash(atStep: step)
        let outcome = runSession(on: store)
        store.crash(seed: seed &* 7919 &+ UInt64(step))
        repairs += try check(store, after: outcome, seed: seed) ? 1 : 0
        runs += 1
      }
    }
    #expect(runs > 300)
    #expect(repairs > 0)
  }

  /// Checks one crashed store; returns whether opening repaired a torn tail.
  func check(_ store: CrashSimulatingStore, after outcome: Outcome, seed: UInt64) throws -> Bool {
    let path = layout.transcriptPath(of: id)
    guard store.contents(path) != nil else {
      #expect(!outcome.created)
      return false
    }
    let journal = try Journal.open(session: id, layout: layout, store: store)
    let count = journal.events.count
    #expect(journal.events == Array(events.prefix(count)))
    #expect(count >= outcome.acknowledged && count <= outcome.attempted)

    let saved = store.contents(layout.planPath(of: id))
    if let acknowledged = outcome.acknowledgedPlan {
      let allowed = outcome.attemptedPlans.filter { $0 >= acknowledged }.map(plan)
      #expect(saved.map(allowed.contains) == true)
    } else if let saved {
      #expect(outcome.attemptedPlans.map(plan).contains(saved))
    }
    let names = try store.list(layout.directory(of: id))
    #expect(!names.contains(where: TemporaryFileName.isTemporary))

    // The repaired file takes new records cleanly, and they survive.
    let extra = TranscriptEvent.command(name: "/resume", at: TranscriptSamples.at(99))
    try journal.append(extra)
    store.crash(seed: seed)
    let reopened = try Journal.open(session: id, layout: layout, store: store)
    #expect(reopened.events == Array(events.prefix(count)) + [extra])
    #expect(reopened.recoveryNotice == nil)
    return journal.recoveryNotice != nil
  }

  @Test func anAtomicWriteIsDurableOnlyAfterItsDirectorySync() throws {
    let old = Array("old".utf8)
    let new = Array("new".utf8)
    var seen: [Int: Set<[UInt8]>] = [:]
    var staleTemporaries = 0
    for crashStep in 0..<5 {
      for seed in UInt64(0)..<40 {
        let store = CrashSimulatingStore()
        try store.makeDirectory("/d")
        try store.writeAtomically(old, to: "/d/plan.json")
        store.scheduleCrash(atStep: store.steps + crashStep)
        #expect(throws: StoreError.self) { try store.writeAtomically(new, to: "/d/plan.json") }
        store.crash(seed: seed)
        let content = try #require(store.contents("/d/plan.json"))
        seen[crashStep, default: []].insert(content)
        staleTemporaries += store.sweepTemporaries(in: "/d").count
        #expect(try store.list("/d") == ["plan.json"])
      }
    }
    // Before the rename only the old plan can be there; between the rename
    // and the directory sync, either.
    for step in 0..<4 { #expect(seen[step] == [old]) }
    #expect(seen[4] == [old, new])
    #expect(staleTemporaries > 0)
  }

  @Test func unsyncedAppendsAreDroppedKeptOrTorn() throws {
    var lengths: Set<Int> = []
    for seed in UInt64(0)..<60 {
      let store = CrashSimulatingStore()
      let handle = try store.openAppend("log")
      try handle.append(Array("synced\n".utf8))
      store.scheduleCrash(atStep: store.steps + 1)
      #expect(throws: StoreError.self) { try handle.append(Array("pending\n".utf8)) }
      #expect(throws: StoreError.self) { try store.read("log") }
      store.crash(seed: seed)
      let content = try #require(try store.read("log"))
      #expect(content.starts(with: Array("synced\n".utf8)))
      #expect(Array("synced\npending\n".utf8).starts(with: content))
      lengths.insert(content.count)
      // The handle died with the power.
      #expect(throws: StoreError.self) { try handle.append([0x0A]) }
    }
    #expect(lengths.contains(7) && lengths.contains(15) && lengths.count > 3)
  }

  @Test func locksDieWithThePower() throws {
    let store = CrashSimulatingStore()
    let journal = try Journal.create(
      header: TranscriptSamples.header, layout: layout, store: store)
    store.crash(seed: 1)
    #expect(throws: Never.self) { try Journal.open(session: id, layout: layout, store: store) }
    journal.close()
  }
}
