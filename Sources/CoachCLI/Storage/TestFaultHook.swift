import CoachCore
import Glibc

/// The test hook `COACH_TEST_FAULT`: runs the whole command line over a
/// store whose Nth system call fails or loses power. Compiled into debug
/// builds only (the ones the tests run); a release build ignores the
/// variable and always uses the plain `PosixFileStore`.
///
/// The value is a comma-separated list (docs/reliability.md):
///
/// - `op=N,errno=NAME`: the Nth call (1-based; see `FaultInjectingCalls`)
///   fails with `ENOSPC`, `EIO`, `EACCES` or `EFBIG`, once.
/// - `op=N,power-cut`: power is lost before the Nth call (`PowerCutCalls`):
///   what was not synced is gone and the process ends with status 137.
/// - `report=FILE` (optional): at the end, `FILE` gets one line,
///   `calls=K fired=yes|no`, so a test knows when N has passed the last call.
///   `op=0` fires nothing and only counts.
enum TestFaultHook {
  static let variable = "COACH_TEST_FAULT"

  /// The store for `environment`: the plain one unless the hook is set.
  static func makeStore(environment: [String: String]) -> any FileStore {
    #if DEBUG
      if let spec = environment[variable], !spec.isEmpty, let calls = calls(for: spec) {
        return PosixFileStore(calls: calls)
      }
    #endif
    return PosixFileStore()
  }

  #if DEBUG
    nonisolated(unsafe) private static var reportPath: String?
    nonisolated(unsafe) private static var faults: FaultInjectingCalls?
    nonisolated(unsafe) private static var powerCut: PowerCutCalls?
    static let errnoNames: [String: Int32] = [
      "ENOSPC": ENOSPC, "EIO": EIO, "EACCES": EACCES, "EFBIG": EFBIG,
    ]

    private static func calls(for spec: String) -> SystemCalls? {
      var fields: [String: String] = [:]
      for part in spec.split(separator: ",") {
        let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
        fields[pair[0]] = pair.count > 1 ? pair[1] : ""
      }
      guard let number = fields["op"].flatMap({ Int($0) }), number >= 0 else { return nil }
      reportPath = fields["report"]
      if fields["power-cut"] != nil {
        let calls = PowerCutCalls(cuttingAt: number) { count in report(calls: count, fired: true) }
        powerCut = calls
        atexit { TestFaultHook.reportAtExit() }
        return calls
      }
      guard let code = fields["errno"].flatMap({ errnoNames[$0] }) else { return nil }
      let calls = FaultInjectingCalls(failing: number, code: code)
      faults = calls
      atexit { TestFaultHook.reportAtExit() }
      return calls
    }

    private static func reportAtExit() {
      if let faults { report(calls: faults.count, fired: faults.fired) }
      if let powerCut { report(calls: powerCut.count, fired: false) }
    }

    private static func report(calls: Int, fired: Bool) {
      guard let reportPath else { return }
      let fd = Glibc.open(reportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
      guard fd >= 0 else { return }
      let line = Array("calls=\(calls) fired=\(fired ? "yes" : "no")\n".utf8)
      _ = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      _ = Glibc.close(fd)
    }
  #endif
}
