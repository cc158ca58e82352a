import Foundation
import Glibc
import Testing

/// Where sessions are kept must be the user's own: never a guess under /tmp
/// when HOME is unset, never a dir another user owns or can write to (as
/// ssh refuses for keys). The tests run as root, so ownership is tested with
/// dirs chowned to 65534 (nobody).
@Suite struct DataDirectoryTests {
  static let noHome = ["HOME": "", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""]

  @Test(arguments: [["sessions"], ["start"], ["resume"], ["export"], []])
  func homeUnsetIsRefusedInOneLine(command: [String]) throws {
    let result = try CoachProcess.run(command, input: "A\n", environment: Self.noHome)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: HOME is not set, so there is no data dir; give one with --data-dir DIR or COACH_HOME\n"
    )
    #expect(result.stdout.isEmpty)
  }

  @Test func homeUnsetWithADataDirWorks() throws {
    let dir = try TemporaryDirectory()
    let result = try CoachProcess.run(
      ["sessions", "--data-dir", dir.path + "/data"], environment: Self.noHome)
    #expect(result.status == 0, "\(result.stderr)")
    let scripts = try CoachProcess.run(["scripts"], environment: Self.noHome)
    #expect(scripts.status == 0, "\(scripts.stderr)")
  }

  @Test func aDataDirOfAnotherUserIsRefused() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    #expect(chmod(data, 0o700) == 0)
    #expect(chown(data, 65534, 65534) == 0)
    let result = try CoachProcess.run(["sessions", "--data-dir", data])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: '\(data)' belongs to uid 65534, not to you (uid \(geteuid())); coach uses only "
        + "a data dir of your own: fix it with 'chown \(geteuid()) \(data)' or give another "
        + "with --data-dir DIR\n")
  }

  @Test(arguments: [0o777, 0o770, 0o722, 0o702] as [mode_t])
  func aDataDirOthersCanWriteToIsRefused(mode: mode_t) throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    #expect(chmod(data, mode) == 0)
    let result = try CoachProcess.run(["start", "--data-dir", data], input: "A\n")
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "error: '\(data)' is writable by others (mode \(String(mode, radix: 8))); "
        + "fix it with 'chmod 700 \(data)'\n")
    #expect(!FileManager.default.fileExists(atPath: data + "/sessions"))
  }

  @Test func aSessionsFolderOthersCanWriteToIsRefused() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    let first = try CoachProcess.run(["start", "--data-dir", data], input: "")
    #expect(first.status == 0, "\(first.stderr)")
    #expect(chmod(data + "/sessions", 0o733) == 0)
    let result = try CoachProcess.run(["resume", "--data-dir", data], input: "")
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("error: '\(data)/sessions' is writable by others (mode 733)"))
    #expect(chmod(data + "/sessions", 0o700) == 0)
    let fixed = try CoachProcess.run(["sessions", "--data-dir", data])
    #expect(fixed.status == 0, "\(fixed.stderr)")
  }
}
