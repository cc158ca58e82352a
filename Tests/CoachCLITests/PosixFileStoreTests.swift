import CoachCore
import Foundation
import Glibc
import Testing

@testable import CoachCLI

/// Serialized: the umask is process-wide.
@Suite(.serialized) struct PosixFileStoreTests {
  /// A fresh directory under the system's temporary directory.
  func scratch() throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("coach-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  func mode(_ path: String) -> mode_t {
    var info = stat()
    _ = stat(path, &info)
    return info.st_mode & 0o777
  }

  @Test func filesAre0600AndDirectories0700UnderUmask022() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let old = umask(0o022)
    defer { umask(old) }
    let store = PosixFileStore()
    try store.makeDirectory(root + "/data/sessions/s1")
    #expect(mode(root + "/data") == 0o700)
    #expect(mode(root + "/data/sessions") == 0o700)
    #expect(mode(root + "/data/sessions/s1") == 0o700)
    try store.writeAtomically(Array("{}".utf8), to: root + "/data/sessions/s1/plan.json")
    #expect(mode(root + "/data/sessions/s1/plan.json") == 0o600)
    // Replacing keeps 0600, unlike Foundation's atomic write.
    try store.writeAtomically(Array("{\"v\":2}".utf8), to: root + "/data/sessions/s1/plan.json")
    #expect(mode(root + "/data/sessions/s1/plan.json") == 0o600)
    let handle = try store.openAppend(root + "/data/sessions/s1/transcript.jsonl")
    handle.close()
    #expect(mode(root + "/data/sessions/s1/transcript.jsonl") == 0o600)
    // Making an existing directory again is fine.
    try store.makeDirectory(root + "/data/sessions/s1")
  }

  /// Records the folders `mkdir` is asked for.
  final class MkdirLog: SystemCalls {
    var paths: [String] = []
    override func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
      paths.append(path)
      return super.mkdir(path, mode)
    }
  }

  /// Folders are made deepest first: one `mkdir` for a folder that is
  /// there or whose parent is, one more for each missing folder above it,
  /// and an error names the highest folder that cannot be made.
  @Test func foldersAreMadeDeepestFirst() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let log = MkdirLog()
    let store = PosixFileStore(calls: log)
    try store.makeDirectory(root + "/a/b//c/", syncing: false)
    #expect(
      log.paths == [root + "/a/b/c", root + "/a/b", root + "/a", root + "/a/b", root + "/a/b/c"])
    #expect(mode(root + "/a") == 0o700 && mode(root + "/a/b/c") == 0o700)
    log.paths = []
    try store.makeDirectory(root + "/a/b/c")
    try store.makeDirectory(root + "/a/b/c/d")
    #expect(log.paths == [root + "/a/b/c", root + "/a/b/c/d"])
    try store.writeAtomically([1], to: root + "/a/file")
    let error = #expect(throws: StoreError.self) {
      try store.makeDirectory(root + "/a/file/x/y")
    }
    #expect(error?.path == root + "/a/file")
    #expect(error?.message == "Not a directory")
  }

  @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    for version in 1...3 {
      try store.writeAtomically(Array("plan \(version)".utf8), to: root + "/plan.json")
    }
    #expect(try store.read(root + "/plan.json") == Array("plan 3".utf8))
    #expect(try store.list(root) == ["plan.json"])
  }

  /// The chunked write gives the file the chunks' bytes, 0600, and leaves
  /// no temporary; a failed write keeps the old file and removes the
  /// temporary, whatever chunks came after it.
  @Test func chunkedWriteIsAtomicAndPrivate() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let old = umask(0o022)
    defer { umask(old) }
    let path = root + "/plan.json"
    let chunks = (0..<5).map { Array(String(repeating: "\($0)", count: 100_000).utf8) }
    let store = PosixFileStore()
    try store.writeAtomically(Array("old".utf8), to: path)
    try store.writeAtomically(to: path) { write in
      for chunk in chunks { chunk.withUnsafeBufferPointer(write) }
    }
    #expect(try store.read(path) == chunks.flatMap { $0 })
    #expect(mode(path) == 0o600)
    #expect(try store.list(root) == ["plan.json"])
    // Each call of the write failing in turn: the open, a write of any
    // chunk, the sync, the rename, the directory's sync.
    let newer = chunks.map { $0.map { $0 &+ 1 } }
    for n in 1...12 {
      let current = try store.read(path)
      let failing = PosixFileStore(calls: FaultInjectingCalls(failing: n, code: ENOSPC))
      do {
        try failing.writeAtomically(to: path) { write in
          for chunk in newer { chunk.withUnsafeBufferPointer(write) }
        }
        #expect(try store.read(path) == newer.flatMap { $0 }, "\(n)")
      } catch {
        // Old or new, never a mixture: a failed sync of the directory
        // comes after the rename.
        let now = try store.read(path)
        #expect(now == current || now == newer.flatMap { $0 }, "\(n)")
      }
      #expect(try store.list(root) == ["plan.json"], "\(n)")
      #expect(mode(path) == 0o600)
    }
  }

  @Test func createNeverReplacesAFile() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    let path = root + "/transcript.jsonl"
    try store.createAtomically(Array("first\n".utf8), at: path)
    #expect(
      throws: StoreError(
        path: path, operation: "create", message: StoreError.exists, code: .exists)
    ) {
      try store.createAtomically(Array("second\n".utf8), at: path)
    }
    #expect(try store.read(path) == Array("first\n".utf8))
    #expect(try store.list(root) == ["transcript.jsonl"], "no temporary file is left")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect(mode as? Int == 0o600)
  }

  @Test func appendReadTruncateAndRemove() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    let path = root + "/t.jsonl"
    #expect(try store.read(path) == nil)
    #expect(store.modificationTime(path) == nil)
    let handle = try store.openAppend(path)
    try handle.append(Array("one\n".utf8))
    try handle.append(Array("two\n".utf8))
    #expect(try store.read(path) == Array("one\ntwo\n".utf8))
    try store.truncate(path, to: 4)
    try handle.append(Array("three\n".utf8))
    #expect(try store.read(path) == Array("one\nthree\n".utf8))
    #expect(store.modificationTime(path) != nil)
    handle.close()
    #expect(throws: StoreError.self) { try handle.append([0x0A]) }
    try store.rename(path, root + "/u.jsonl")
    #expect(try store.list(root) == ["u.jsonl"])
    try store.remove(root + "/u.jsonl")
    try store.remove(root + "/u.jsonl")
    #expect(try store.list(root) == [])
    #expect(try store.list(root + "/absent") == [])
  }

  @Test func aSecondHandleCannotTakeTheLock() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    let first = try store.openAppend(root + "/t.jsonl")
    let second = try store.openAppend(root + "/t.jsonl")
    #expect(try first.tryLock())
    #expect(try second.tryLock() == false)
    first.close()
    #expect(try second.tryLock())
    second.close()
  }

  @Test func sweepRemovesTemporariesOfDeadWriters() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    var dead: Int32 = 4_000_000
    while kill(dead, 0) == 0 || errno != ESRCH { dead += 1 }
    let mine = TemporaryFileName.make(for: "plan.json", pid: getpid(), counter: 9)
    let gone = TemporaryFileName.make(for: "plan.json", pid: dead, counter: 1)
    let alive = TemporaryFileName.make(for: "plan.json", pid: 1, counter: 1)
    // plan.json first: saving it sweeps its own stale temporaries.
    for name in ["plan.json", mine, gone, alive, ".hidden"] {
      try store.writeAtomically([1], to: root + "/" + name)
    }
    #expect(store.sweepTemporaries(in: root).sorted() == [gone, mine].sorted())
    #expect(try store.list(root) == [alive, ".hidden", "plan.json"].sorted())
  }

  @Test func failuresSayWhatAndWhere() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    let missing = root + "/absent/plan.json"
    let error = #expect(throws: StoreError.self) { try store.writeAtomically([1], to: missing) }
    #expect(error?.message == "No such file or directory")
    #expect(error?.operation == "save")
    #expect(error?.path == missing)
    // /dev/full answers every write with ENOSPC (a journal is never opened
    // on a device, so the handle is made by hand).
    let fd = open("/dev/full", O_WRONLY | O_CLOEXEC)
    #expect(fd >= 0)
    let full = PosixAppendHandle(fd: fd, path: "/dev/full", calls: SystemCalls())
    let noSpace = #expect(throws: StoreError.self) { try full.append([0x0A]) }
    #expect(noSpace?.description == "cannot save '/dev/full': No space left on device")
    full.close()
    let device = #expect(throws: StoreError.self) { try store.openAppend("/dev/full") }
    #expect(device?.message == StoreError.notRegular)
    try store.writeAtomically([1], to: root + "/file")
    #expect(throws: StoreError.self) { try store.makeDirectory(root + "/file/sub") }
  }

  @Test func aJournalWorksOnDisk() throws {
    let root = try scratch()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let store = PosixFileStore()
    let layout = SessionLayout(dataDirectory: root)
    let header = TranscriptHeader(
      app: "coach", session: "20261125-090000-0001", roots: ["checkin"], scripts: [],
      started: Moment(seconds: 0), locale: "C")
    let journal = try Journal.create(header: header, layout: layout, store: store)
    try journal.append(.said(text: "Hello", at: Moment(seconds: 1)))
    #expect(throws: JournalError.locked(session: header.session)) {
      try Journal.open(session: header.session, layout: layout, store: store)
    }
    journal.close()
    let reopened = try Journal.open(session: header.session, layout: layout, store: store)
    #expect(reopened.events == [.said(text: "Hello", at: Moment(seconds: 1))])
    #expect(try layout.sessionIDs(in: store) == [header.session])
  }
}
