import CoachCore

extension CrashSimulatingStore {
  func lock(_ node: Node, by handle: Handle) -> Bool {
    let key = ObjectIdentifier(node)
    if let holder = lockHolders[key], holder != ObjectIdentifier(handle) { return false }
    lockHolders[key] = ObjectIdentifier(handle)
    return true
  }

  func unlock(_ node: Node, by handle: Handle) {
    let key = ObjectIdentifier(node)
    if lockHolders[key] == ObjectIdentifier(handle) { lockHolders[key] = nil }
  }

  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// An append handle on a simulated file; it dies with a crash.
  final class Handle: AppendHandle {
    private let store: CrashSimulatingStore
    private let node: Node
    private let path: String
    private let generation: Int
    private var isClosed = false

    init(store: CrashSimulatingStore, node: Node, path: String) {
      self.store = store
      self.node = node
      self.path = path
      self.generation = store.generation
    }

    func append(_ bytes: [UInt8]) throws(StoreError) {
      try checkOpen()
      try store.write(bytes, to: node, path: path)
      try store.sync(node, path: path)
    }

    func tryLock() throws(StoreError) -> Bool {
      try checkOpen()
      return store.lock(node, by: self)
    }

    func close() {
      guard !isClosed else { return }
      isClosed = true
      if generation == store.generation { store.unlock(node, by: self) }
    }

    private func checkOpen() throws(StoreError) {
      try store.checkUp(path, "save")
      guard !isClosed, generation == store.generation else {
        throw StoreError(path: path, operation: "save", message: "Bad file descriptor")
      }
    }
  }
}
