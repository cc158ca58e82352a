import CoachCore
import Foundation
import Glibc
import Testing

/// Session ids stay unique however many coaches start in the same second.
@Suite struct ConcurrentStartTests {
  @Test(arguments: [20, 40])
  func manyStartsInTheSameSecondAllSucceedWithTheirOwnIds(count: Int) throws {
    let dir = try FaultInjectionTests.setUp()
    let data = dir.path + "/data"
    let pids = try (0..<count).map { _ in
      try TemporaryFileTests.spawn(
        [CoachProcess.binary, "start", "--data-dir", data],
        environment: [
          "COACH_PROMPTS=" + dir.path + "/prompts", "COACH_NOW=2026-11-25T09:00:00Z",
        ])
    }
    var statuses: [Int32] = []
    for pid in pids {
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      statuses.append(status)
    }
    #expect(statuses.allSatisfy { $0 == 0 }, "\(statuses)")
    let ids = try dir.sessions()
    #expect(ids.count == count)
    #expect(ids == (0..<count).map { String(format: "20261125-090000-%04x", $0) })
    for id in ids {
      let bytes = try Data(
        contentsOf: URL(fileURLWithPath: "\(data)/sessions/\(id)/transcript.jsonl"))
      #expect(try TranscriptCodec.decode(bytes).header.session == id)
    }
  }
}
