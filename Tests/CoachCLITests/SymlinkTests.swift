import Foundation
import Glibc
import Testing

/// coach never follows a symbolic link in its data dir, and `-o` writes
/// only regular files: a link, FIFO, device or directory there is refused
/// and left as it was.
@Suite struct SymlinkTests {
  /// A data dir with one finished session; returns it and the session id.
  static func session(_ dir: TemporaryDirectory) throws -> (data: String, id: String) {
    let data = dir.path + "/data"
    let run = try CoachProcess.run(
      ["start", "--data-dir", data], input: "A1\nA2\nA3\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 0, "\(run.stderr)")
    let id = try #require(try dir.sessions().first)
    return (data, id)
  }

  static func mode(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode : 0
  }

  @Test(arguments: [["resume"], ["export"], ["replay"]])
  func aSymlinkedTranscriptIsNeverFollowed(command: [String]) throws {
    let dir = try FaultInjectionTests.setUp()
    let (data, id) = try Self.session(dir)
    let transcript = "\(data)/sessions/\(id)/transcript.jsonl"
    let target = dir.path + "/elsewhere.jsonl"
    #expect(rename(transcript, target) == 0)
    #expect(chmod(target, 0o644) == 0)
    #expect(symlink(target, transcript) == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: target))
    let run = try CoachProcess.run(
      command + [id, "--data-dir", data], input: "more\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "error: '\(transcript)' is a symbolic link or not a plain file or folder; coach never "
        + "follows links in its data dir: put the real session there\n")
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
    #expect(Self.mode(target) & 0o777 == 0o644)
  }

  @Test func aSymlinkedSessionFolderIsNeverFollowed() throws {
    let dir = try FaultInjectionTests.setUp()
    let (data, id) = try Self.session(dir)
    let folder = "\(data)/sessions/\(id)"
    let target = dir.path + "/planted"
    #expect(rename(folder, target) == 0)
    #expect(symlink(target, folder) == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: target + "/transcript.jsonl"))
    let run = try CoachProcess.run(
      ["resume", id, "--data-dir", data], input: "more\n",
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("error: '\(folder)' is a symbolic link"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: target + "/transcript.jsonl")) == before)
  }

  /// `-o` onto something that is not a regular file: refused, left as it was.
  @Test(arguments: ["link", "fifo", "directory", "device"])
  func exportWritesOnlyRegularFiles(kind: String) throws {
    let dir = try FaultInjectionTests.setUp()
    let (data, id) = try Self.session(dir)
    var path = dir.path + "/out"
    let target = dir.path + "/target.md"
    switch kind {
    case "link":
      try "keep me".write(toFile: target, atomically: false, encoding: .utf8)
      #expect(symlink(target, path) == 0)
    case "fifo": #expect(mkfifo(path, 0o600) == 0)
    case "directory": #expect(mkdir(path, 0o700) == 0)
    default: path = "/dev/null"
    }
    let before = Self.mode(path)
    let run = try CoachProcess.run(
      ["export", id, "--data-dir", data, "-o", path],
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "error: cannot save '\(path)': not a regular file (a symbolic link, FIFO, device or "
        + "directory); coach writes only regular files\n")
    #expect(Self.mode(path) == before)
    if kind == "link" { #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me") }
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
  }

  @Test func dashIsStandardOutput() throws {
    let dir = try FaultInjectionTests.setUp()
    let (data, id) = try Self.session(dir)
    let run = try CoachProcess.run(
      ["export", id, "--data-dir", data, "-o", "-", "--format", "json"],
      environment: ["COACH_PROMPTS": dir.path + "/prompts"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"text\" : \"A2\""))
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/-"))
  }
}
