import CoachCore

/// An in-memory `FileStore` that loses data the way a power cut does, for
/// crash tests (SQLite's method).
///
/// Each file has durable bytes and, after them, bytes written but not yet
/// synced. Each directory has the names it durably holds and the names a
/// process sees. `crash(seed:)` keeps the durable state and, at random, drops,
/// keeps or tears (keeps a prefix of) what was not synced; a directory whose
/// names changed without a sync comes back either as it was or as it is. An
/// atomic write therefore survives only once its directory sync has run.
///
/// `scheduleCrash(atStep:)` makes the store fail at a chosen step (each write,
/// sync, rename, …), as if the machine lost power there; `injectFault` fails
/// one write or sync with a system message such as `ENOSPC`'s.
public final class CrashSimulatingStore: FileStore {
  /// What a fault hits.
  public enum FaultKind: Sendable {
    case write, sync
  }

  final class Node {
    var synced: [UInt8] = []
    /// What a process reads: `synced` followed by the unsynced bytes.
    var visible: [UInt8] = []
    var modified: Int64 = 0
  }

  private struct Fault {
    var kind: FaultKind
    var countdown: Int
    var message: String
    var keeping: Int
  }

  static let crashMessage = "simulated power loss"
  private var visible: [String: Node] = [:]
  private var durable: [String: Node] = [:]
  private var directories: Set<String> = ["", "/", "."]
  var lockHolders: [ObjectIdentifier: ObjectIdentifier] = [:]
  private var faults: [Fault] = []
  private var crashStep: Int?
  private var clock: Int64 = 0
  private var temporaryCounter = 0
  /// Bumped by each crash, so handles from before it stop working.
  private(set) var generation = 0

  /// The steps taken so far: each is a point where a crash can be scheduled.
  public private(set) var steps = 0
  /// Whether the scheduled crash has happened (every operation now fails
  /// until `crash(seed:)` "reboots").
  public private(set) var isDown = false

  public init() {}

  // MARK: - Test controls

  /// Loses power just before step `step` (0-based) would run.
  public func scheduleCrash(atStep step: Int) { crashStep = step }

  /// Fails the `number`th (1-based, counted from now) write or sync with
  /// `message`. A failed write first stores `keeping` of its bytes, as a
  /// short write before `ENOSPC` does.
  public func injectFault(
    _ kind: FaultKind, number: Int = 1, message: String, keeping: Int = 0
  ) {
    faults.append(Fault(kind: kind, countdown: number, message: message, keeping: keeping))
  }

  /// Cuts the power and boots again: what was not synced is dropped, kept or
  /// torn at random (deterministically for a seed), open handles die and
  /// locks are released.
  public func crash(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var result: [String: Node] = durable
    let changed = Set(visible.keys).union(durable.keys).filter { visible[$0] !== durable[$0] }
    for directory in Set(changed.map(Self.parent)) where random.next() % 2 == 0 {
      for path in result.keys where Self.parent(path) == directory { result[path] = nil }
      for (path, node) in visible where Self.parent(path) == directory { result[path] = node }
    }
    var rebuilt: [ObjectIdentifier: Node] = [:]
    visible = [:]
    for (path, old) in result {
      if let node = rebuilt[ObjectIdentifier(old)] {
        visible[path] = node
        continue
      }
      let node = Node()
      let pending = old.visible.count - old.synced.count
      let kept: Int
      switch random.next() % 3 {
      case 0: kept = 0
      case 1: kept = pending
      default: kept = pending == 0 ? 0 : Int(random.next() % UInt64(pending + 1))
      }
      node.synced = Array(old.visible.prefix(old.synced.count + kept))
      node.visible = node.synced
      node.modified = old.modified
      rebuilt[ObjectIdentifier(old)] = node
      visible[path] = node
    }
    durable = visible
    lockHolders = [:]
    crashStep = nil
    isDown = false
    generation += 1
  }

  /// What a process would read now, without counting as a step.
  public func contents(_ path: String) -> [UInt8]? { visible[path]?.visible }

  // MARK: - FileStore

  public func read(_ path: String) throws(StoreError) -> [UInt8]? {
    try checkUp(path, "read")
    return visible[path]?.visible
  }

  public func openAppend(_ path: String) throws(StoreError) -> any AppendHandle {
    try checkUp(path, "open")
    if let node = visible[path] { return Handle(store: self, node: node, path: path) }
    try needDirectory(of: path, "open")
    try step(path, "open")
    let node = Node()
    node.modified = tick()
    visible[path] = node
    durable[path] = node
    return Handle(store: self, node: node, path: path)
  }

  public func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
    try checkUp(path, "save")
    try needDirectory(of: path, "save")
    let directory = Self.parent(path)
    temporaryCounter += 1
    let name = TemporaryFileName.make(
      for: Self.name(path), pid: 4242, counter: temporaryCounter)
    let temporary = directory.isEmpty ? name : directory + "/" + name
    try step(temporary, "save")
    let node = Node()
    visible[temporary] = node
    do throws(StoreError) {
      try write(bytes, to: node, path: temporary)
      try sync(node, path: temporary)
    } catch {
      // Like the real store, a failed save removes its temporary file and
      // names the file being saved.
      if !isDown { visible[temporary] = nil }
      throw StoreError(
        path: path, operation: error.operation, message: error.message, code: error.code)
    }
    try step(path, "save")
    visible[path] = node
    visible[temporary] = nil
    node.modified = tick()
    try syncDirectory(directory)
  }

  public func createAtomically(_ bytes: [UInt8], at path: String) throws(StoreError) {
    if visible[path] != nil {
      throw StoreError(path: path, operation: "create", message: StoreError.exists, code: .exists)
    }
    try writeAtomically(bytes, to: path)
  }

  public func makeDirectory(_ path: String) throws(StoreError) {
    try checkUp(path, "create directory")
    var prefix: String? = path.hasPrefix("/") ? "" : nil
    for part in path.split(separator: "/") {
      let next = prefix.map { $0 + "/" + part } ?? String(part)
      if visible[next] != nil {
        throw StoreError(
          path: next, operation: "create directory", message: "File exists", code: .exists)
      }
      if !directories.contains(next) {
        try step(next, "create directory")
        directories.insert(next)
      }
      prefix = next
    }
  }

  public func list(_ directory: String) throws(StoreError) -> [String] {
    try checkUp(directory, "list")
    let files = visible.keys.filter { Self.parent($0) == directory }
    let subdirectories = directories.filter {
      !["", "/", "."].contains($0) && Self.parent($0) == directory
    }
    return (files + subdirectories).map(Self.name).sorted()
  }

  public func remove(_ path: String) throws(StoreError) {
    try checkUp(path, "remove")
    guard visible[path] != nil else { return }
    try step(path, "remove")
    visible[path] = nil
    durable[path] = nil
  }

  public func rename(_ from: String, _ to: String) throws(StoreError) {
    try checkUp(from, "rename")
    guard let node = visible[from] else {
      throw StoreError(path: from, operation: "rename", message: "No such file or directory")
    }
    try needDirectory(of: to, "rename")
    try step(from, "rename")
    visible[from] = nil
    durable[from] = nil
    visible[to] = node
    durable[to] = node
  }

  public func truncate(_ path: String, to length: Int) throws(StoreError) {
    try checkUp(path, "truncate")
    guard let node = visible[path] else {
      throw StoreError(path: path, operation: "truncate", message: "No such file or directory")
    }
    try step(path, "truncate")
    node.visible = Array(node.visible.prefix(max(0, length)))
    node.synced = Array(node.synced.prefix(node.visible.count))
    node.modified = tick()
    try sync(node, path: path)
  }

  public func modificationTime(_ path: String) -> Int64? { visible[path]?.modified }

  public func kind(_ path: String) -> FileKind? {
    if visible[path] != nil { return .regular }
    return directories.contains(path) ? .directory : nil
  }

  @discardableResult
  public func sweepTemporaries(in directory: String) -> [String] {
    let names = visible.keys.filter {
      Self.parent($0) == directory && TemporaryFileName.isTemporary(Self.name($0))
    }
    for path in names {
      visible[path] = nil
      durable[path] = nil
    }
    return names.map(Self.name).sorted()
  }

  // MARK: - Steps

  func checkUp(_ path: String, _ operation: String) throws(StoreError) {
    if isDown {
      throw StoreError(path: path, operation: operation, message: Self.crashMessage)
    }
  }

  /// Counts one step, losing power first if it is the scheduled one.
  func step(_ path: String, _ operation: String) throws(StoreError) {
    try checkUp(path, operation)
    if steps == crashStep {
      isDown = true
      throw StoreError(path: path, operation: operation, message: Self.crashMessage)
    }
    steps += 1
  }

  func write(_ bytes: [UInt8], to node: Node, path: String) throws(StoreError) {
    try step(path, "save")
    if let fault = takeFault(.write) {
      node.visible += bytes.prefix(fault.keeping)
      throw StoreError(path: path, operation: "save", message: fault.message)
    }
    node.visible += bytes
    node.modified = tick()
  }

  func sync(_ node: Node, path: String) throws(StoreError) {
    try step(path, "save")
    if let fault = takeFault(.sync) {
      throw StoreError(path: path, operation: "save", message: fault.message)
    }
    node.synced = node.visible
  }

  private func syncDirectory(_ directory: String) throws(StoreError) {
    try step(directory, "save")
    if let fault = takeFault(.sync) {
      throw StoreError(path: directory, operation: "save", message: fault.message)
    }
    for path in Set(visible.keys).union(durable.keys) where Self.parent(path) == directory {
      durable[path] = visible[path]
    }
  }

  private func takeFault(_ kind: FaultKind) -> Fault? {
    for index in faults.indices where faults[index].kind == kind {
      faults[index].countdown -= 1
    }
    guard let index = faults.firstIndex(where: { $0.kind == kind && $0.countdown == 0 }) else {
      faults.removeAll { $0.countdown <= 0 }
      return nil
    }
    let fault = faults.remove(at: index)
    faults.removeAll { $0.countdown <= 0 }
    return fault
  }

  private func needDirectory(of path: String, _ operation: String) throws(StoreError) {
    guard directories.contains(Self.parent(path)) else {
      throw StoreError(path: path, operation: operation, message: "No such file or directory")
    }
  }

  private func tick() -> Int64 {
    clock += 1
    return clock
  }
}
