/// A session's transcript, open for appending: the one place answers are
/// made durable.
///
/// Each event is appended as one whole line and synced before `append`
/// returns, so the shell shows the next question only after the answer is
/// safe. What was said and which question was asked acknowledge nothing:
/// the shell hands them to `appendLater`, and they go out in the same
/// `write` as the next `append` (or at `close`), synced with it. Opening repairs a save that a crash interrupted (an unterminated
/// final line) and refuses a corrupt transcript; the session's lock keeps a
/// second coach from writing to it at the same time.
///
/// A session with no answer holds nothing to lose, so nothing is synced
/// before its first answer: a new session's folder, header and script
/// copies are written without a sync, and so are records that change no
/// answer (a command, the end of the session). The first answer (or skip,
/// revision, jump, or `savePlan`) first syncs the whole folder, each file
/// before the directory that names it, and only then is appended and
/// synced itself (docs/durability.md).
public final class Journal {
  public let session: String
  public let layout: SessionLayout
  public let header: TranscriptHeader
  /// The events read at opening, followed by those appended since.
  public private(set) var events: [TranscriptEvent]
  /// One line to show the person when opening repaired an interrupted save.
  public let recoveryNotice: String?

  private let store: any FileStore
  private var handle: (any AppendHandle)?
  /// The bytes known to be whole lines on disk.
  private var length: Int
  private var isStopped = false
  /// Whether the session folder is known to be on disk: not for a new
  /// session, nor an opened one, until it holds an answer.
  private var isFolderDurable: Bool
  /// Syncing the folder failed: what reached the disk is unknown, and a
  /// sync retried may succeed without writing it, so the journal stays
  /// stopped until the session is opened anew.
  private var folderSyncFailed = false
  /// Whole lines of said and asked events not written yet, and the events.
  private var pending: [UInt8] = []
  private var pendingEvents: [TranscriptEvent] = []

  private init(
    session: String, layout: SessionLayout, header: TranscriptHeader,
    events: [TranscriptEvent], notice: String?, store: any FileStore,
    handle: any AppendHandle, length: Int, isFolderDurable: Bool
  ) {
    self.session = session
    self.layout = layout
    self.header = header
    self.events = events
    self.recoveryNotice = notice
    self.store = store
    self.handle = handle
    self.length = length
    self.isFolderDurable = isFolderDurable
  }

  deinit { close() }

  public var transcriptPath: String { layout.transcriptPath(of: session) }

  /// Starts the transcript of a new session, `header.session`.
  ///
  /// The header is written atomically, without a sync: until the first
  /// answer syncs the folder, a crash may leave no session, or its folder
  /// with or without the transcript.
  public static func create(
    header: TranscriptHeader, layout: SessionLayout, store: any FileStore
  ) throws(JournalError) -> Journal {
    let id = header.session
    guard SessionLayout.isValidID(id) else { throw .invalidID(id) }
    let path = layout.transcriptPath(of: id)
    try storing { () throws(StoreError) in
      try store.makeDirectory(layout.directory(of: id), syncing: false)
    }
    try checkPlain(session: id, layout: layout, store: store)
    guard store.modificationTime(path) == nil else { throw .exists(session: id) }
    let line = Array(TranscriptCodec.encode(header).utf8)
    do throws(StoreError) {
      try store.createAtomically(line, at: path, syncing: false)
    } catch {
      // Another coach made a session with this id since the check above.
      if error.code == .exists { throw .exists(session: id) }
      throw .store(error)
    }
    let handle = try lockedHandle(path: path, session: id, store: store)
    return Journal(
      session: id, layout: layout, header: header, events: [], notice: nil, store: store,
      handle: handle, length: line.count, isFolderDurable: false)
  }

  /// Starts a new session with the next free id of `moment`'s second
  /// (`YYYYMMDD-HHMMSS-xxxx`, counting up), whatever `header.session` says.
  ///
  /// The id is claimed by the transcript's exclusive creation (`link`), so
  /// any number of coaches starting in the same second each get their own:
  /// one that finds its id taken tries the next.
  public static func create(
    header: TranscriptHeader, at moment: Moment, layout: SessionLayout, store: any FileStore
  ) throws(JournalError) -> Journal {
    let prefix = String(SessionLayout.newID(at: moment, suffix: 0).dropLast(4))
    let used = ((try? layout.sessionIDs(in: store, startingWith: prefix)) ?? [])
      .compactMap { UInt16($0.suffix(4), radix: 16) }
    var suffix = used.max().map { Int($0) + 1 } ?? 0
    var header = header
    while suffix <= Int(UInt16.max) {
      header.session = SessionLayout.newID(at: moment, suffix: UInt16(suffix))
      do throws(JournalError) {
        return try create(header: header, layout: layout, store: store)
      } catch {
        guard case .exists = error else { throw error }
        suffix += 1
      }
    }
    throw .exists(session: prefix + "ffff")
  }

  /// Opens an existing session for appending, repairing a torn final line.
  ///
  /// A torn line is copied to `transcript.jsonl.torn` (nothing is thrown
  /// away) and cut off, so the next append does not glue onto it.
  ///
  /// - Throws: `.locked` when another coach has the session open,
  ///   `.transcript` when the transcript is corrupt.
  public static func open(
    session id: String, layout: SessionLayout, store: any FileStore
  ) throws(JournalError) -> Journal {
    guard SessionLayout.isValidID(id) else { throw .invalidID(id) }
    let path = layout.transcriptPath(of: id)
    guard store.modificationTime(path) != nil else { throw .missing(session: id) }
    try checkPlain(session: id, layout: layout, store: store)
    let handle = try lockedHandle(path: path, session: id, store: store)
    do throws(JournalError) {
      store.sweepTemporaries(in: layout.directory(of: id))
      let bytes = try contents(path: path, session: id, store: store)
      let decoding = try decode(bytes, path: path)
      var length = bytes.count
      var notice: String?
      if case .tornTail(let validLength, let tail) = decoding.recovery {
        notice = try repair(path: path, validLength: validLength, tail: tail, store: store)
        length = validLength
      }
      return Journal(
        session: id, layout: layout, header: decoding.header, events: decoding.events,
        notice: notice, store: store, handle: handle, length: length,
        // The coach that made it may have left before its first answer,
        // without syncing it.
        isFolderDurable: decoding.events.contains { $0.changesAnswers })
    } catch {
      handle.close()
      throw error
    }
  }

  /// Reads a session's transcript without locking or repairing it, for
  /// replays, exports and listings while another coach may be writing.
  public static func read(
    session id: String, layout: SessionLayout, store: any FileStore
  ) throws(JournalError) -> TranscriptDecoding {
    guard SessionLayout.isValidID(id) else { throw .invalidID(id) }
    let path = layout.transcriptPath(of: id)
    try checkPlain(session: id, layout: layout, store: store)
    return try decode(contents(path: path, session: id, store: store), path: path)
  }

  /// Appends one event and returns once it is on disk, with the events
  /// `appendLater` kept before it. Until the session holds an answer, an
  /// event that changes no answer is written without a sync; the first one
  /// that does syncs the session folder first.
  ///
  /// After a failure the journal stops: what reached the disk is unknown
  /// (a failed sync may have dropped the record, and a retried sync can
  /// report success without writing it), so the record is cut off again
  /// where possible and every later append fails until the session is
  /// opened anew, which re-reads the file.
  public func append(_ event: TranscriptEvent) throws(JournalError) {
    guard !isStopped, handle != nil else { throw .stopped(session: session) }
    let syncing = isFolderDurable || event.changesAnswers
    if syncing { try makeFolderDurable() }
    // The kept lines and this one in one buffer: `pending`'s own, taken
    // (the write empties it in any case) and added to in place.
    var bytes: [UInt8] = []
    swap(&bytes, &pending)
    TranscriptCodec.appendLine(event, to: &bytes)
    pendingEvents.append(event)
    try write(bytes, events: pendingEvents, syncing: syncing)
  }

  /// Keeps an event that acknowledges nothing (what was said, which
  /// question was asked) to go out with the next `append`, in the same
  /// `write` and synced with it, or at `close`: a start, or a long run of
  /// `say` steps, then costs one sync and not one a line.
  public func appendLater(_ event: TranscriptEvent) throws(JournalError) {
    guard !isStopped, handle != nil else { throw .stopped(session: session) }
    TranscriptCodec.appendLine(event, to: &pending)
    pendingEvents.append(event)
  }

  /// Writes whole lines in one `write` and, when `syncing`, syncs them.
  private func write(_ bytes: [UInt8], events written: [TranscriptEvent], syncing: Bool)
    throws(JournalError)
  {
    guard !isStopped, let handle else { throw .stopped(session: session) }
    pending = []
    pendingEvents = []
    do throws(StoreError) {
      if syncing { try handle.append(bytes) } else { try handle.appendUnsynced(bytes) }
    } catch {
      isStopped = true
      try? store.truncate(transcriptPath, to: length)
      throw .store(error)
    }
    length += bytes.count
    events += written
  }

  /// Lets appends go on after a failed one: the file is cut back to the
  /// records known to be whole (dropping whatever part of the failed one
  /// reached it) and read back to check it holds exactly them.
  ///
  /// The failed record is then written afresh by the next `append`, whose
  /// own sync must succeed: nothing is retried-and-believed.
  ///
  /// - Throws: the storage error when the file cannot be cut or read, or
  ///   `.stopped` when it does not hold the records it should.
  public func recover() throws(JournalError) {
    guard isStopped, handle != nil else { return }
    guard !folderSyncFailed else { throw .stopped(session: session) }
    let path = transcriptPath
    try Self.storing { () throws(StoreError) in try store.truncate(path, to: length) }
    let bytes = try Self.contents(path: path, session: session, store: store)
    // Its records, counted: a decoded event need not equal the one appended
    // bit for bit (a value's rounding), and the length already matches.
    guard bytes.count == length, let read = try? TranscriptCodec.decode(bytes),
      read.events.count == events.count, read.recovery == .clean
    else { throw .stopped(session: session) }
    isStopped = false
  }

  /// Replaces the plan snapshot atomically. The plan can always be rebuilt
  /// from the transcript, so a failure here does not stop the journal.
  public func savePlan(_ bytes: [UInt8]) throws(JournalError) {
    // Its directory's sync would make the transcript's name durable
    // before the transcript's bytes.
    try makeFolderDurable()
    try Self.storing { () throws(StoreError) in
      try store.writeAtomically(bytes, to: layout.planPath(of: session))
    }
  }

  /// Writes what was said and asked since the last sync, then closes the
  /// transcript and releases the session's lock.
  public func close() {
    if !pending.isEmpty, !isStopped {
      try? write(pending, events: pendingEvents, syncing: isFolderDurable)
    }
    handle?.close()
    handle = nil
  }

  /// Whether the transcript holds an answer (or a skip, revision or jump):
  /// until then the session has nothing to lose.
  public var holdsAnswers: Bool { events.contains { $0.changesAnswers } }

  /// Syncs the session folder written without syncs: each script copy,
  /// the copies' folder, the transcript and the session's folder, then the
  /// folders above that a new session may have made (`sessions`, the data
  /// dir and the one it is in). Every file before the directory that names
  /// it, so that no name is durable before its bytes.
  private func makeFolderDurable() throws(JournalError) {
    guard !isFolderDurable else { return }
    guard !isStopped else { throw .stopped(session: session) }
    let scripts = layout.scriptsDirectory(of: session)
    var paths = ((try? store.list(scripts)) ?? []).filter { !$0.hasPrefix(".") }.map {
      scripts + "/" + $0
    }
    if store.kind(scripts) == .directory { paths.append(scripts) }
    paths += [
      transcriptPath, layout.directory(of: session), layout.sessionsDirectory,
      layout.dataDirectory, SessionLayout.parent(of: layout.dataDirectory),
    ]
    do throws(StoreError) {
      for path in paths { try store.sync(path) }
    } catch {
      isStopped = true
      folderSyncFailed = true
      throw .store(error)
    }
    isFolderDurable = true
  }

  // MARK: - Helpers

  /// Refuses a session folder that is not a plain folder, or a transcript
  /// that is not a plain file (a symbolic link above all).
  private static func checkPlain(session id: String, layout: SessionLayout, store: any FileStore)
    throws(JournalError)
  {
    let directory = layout.directory(of: id)
    if let kind = store.kind(directory), kind != .directory { throw .notPlain(path: directory) }
    let path = layout.transcriptPath(of: id)
    if let kind = store.kind(path), kind != .regular { throw .notPlain(path: path) }
  }

  private static func lockedHandle(path: String, session: String, store: any FileStore)
    throws(JournalError) -> any AppendHandle
  {
    let handle = try storing { () throws(StoreError) in try store.openAppend(path) }
    let locked: Bool
    do throws(StoreError) {
      locked = try handle.tryLock()
    } catch {
      handle.close()
      throw .store(error)
    }
    guard locked else {
      handle.close()
      throw .locked(session: session)
    }
    return handle
  }

  private static func contents(path: String, session: String, store: any FileStore)
    throws(JournalError) -> [UInt8]
  {
    guard let bytes = try storing({ () throws(StoreError) in try store.read(path) }) else {
      throw .missing(session: session)
    }
    return bytes
  }

  private static func decode(_ bytes: [UInt8], path: String) throws(JournalError)
    -> TranscriptDecoding
  {
    do throws(TranscriptError) {
      return try TranscriptCodec.decode(bytes)
    } catch {
      throw .transcript(path: path, error)
    }
  }

  /// Keeps the torn tail beside the transcript, then cuts it off.
  private static func repair(
    path: String, validLength: Int, tail: [UInt8], store: any FileStore
  ) throws(JournalError) -> String {
    // An earlier repair's tail is kept too: `.torn`, `.torn.2`, …
    var suffix = ".torn"
    var number = 1
    while store.modificationTime(path + suffix) != nil {
      number += 1
      suffix = ".torn.\(number)"
    }
    let tornPath = path + suffix
    let tornName = SessionLayout.transcriptName + suffix
    try storing { () throws(StoreError) in try store.writeAtomically(tail, to: tornPath) }
    try storing { () throws(StoreError) in try store.truncate(path, to: validLength) }
    let bytes = tail.count == 1 ? "1 incomplete byte" : "\(tail.count) incomplete bytes"
    return "Recovered an interrupted save: dropped \(bytes) at the end of "
      + "\(SessionLayout.transcriptName) (kept in \(tornName))."
  }

  private static func storing<T>(_ body: () throws(StoreError) -> T) throws(JournalError) -> T {
    do throws(StoreError) {
      return try body()
    } catch {
      throw .store(error)
    }
  }
}
