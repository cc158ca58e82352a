import CoachCore
import CoachTestSupport
import Foundation
import Glibc
import Testing

/// Session ids stay unique however many coaches start in the same second.
@Suite struct ConcurrentStartTests {
  @Test(arguments: [20, 40])
  func manyStartsInTheSameSecondAllSucceedWithTheirOwnIds(count: Int) throws {
    let dir = try FaultInjectionTests.setUp()
    let data = dir.path + "/data"
    let coaches = try (0..<count).map { _ in
      try ChildProcess(
        executable: CoachProcess.binary, arguments: ["start", "--data-dir", data],
        environment: CoachProcess.environment(["COACH_PROMPTS": dir.path + "/prompts"]))
    }
    for coach in coaches { coach.closeInput() }
    let statuses = try coaches.map { try $0.waitForExit(timeout: 60) }
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
