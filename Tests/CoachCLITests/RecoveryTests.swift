import CoachCore
import Foundation
import Testing

/// Damaged transcripts: a torn last line is recovered, anything else is
/// named with its line and exit 65, and nothing crashes.
@Suite struct RecoveryTests {
  /// A finished session over `TestScripts.change`.
  struct Sample {
    let dir: TemporaryDirectory
    let prompts: String
    let bytes: [UInt8]
    let id: String

    /// The transcript's lines, each with its line feed.
    var lines: [[UInt8]] {
      bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map {
        Array($0) + [0x0A]
      }
    }

    func run(_ arguments: [String], input: String = "") throws -> CoachProcess.Result {
      try CoachProcess.run(arguments, input: input, environment: ["COACH_PROMPTS": prompts])
    }

    /// Writes `bytes` as the transcript of session `id` in a new data
    /// directory, and returns that directory.
    func install(_ bytes: [UInt8], name: String) throws -> String {
      let data = "\(dir.path)/\(name)"
      let session = "\(data)/sessions/\(id)"
      try FileManager.default.createDirectory(
        atPath: session, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      FileManager.default.createFile(
        atPath: session + "/transcript.jsonl", contents: Data(bytes),
        attributes: [.posixPermissions: 0o600])
      return data
    }

    func file(_ bytes: [UInt8], name: String) -> String {
      let path = "\(dir.path)/\(name)"
      FileManager.default.createFile(atPath: path, contents: Data(bytes))
      return path
    }
  }

  static func sample() throws -> Sample {
    let dir = try TemporaryDirectory()
    let prompts = try TestScripts.folder("prompts", in: dir, ["change.yaml": TestScripts.change])
    let run = try CoachProcess.run(
      ["start", "change", "--data-dir", dir.path + "/data"], input: ChangedScriptTests.answers,
      environment: ["COACH_PROMPTS": prompts])
    #expect(run.status == 0, "\(run.stderr)")
    let id = try #require(try dir.sessions().first)
    let bytes = try Data(
      contentsOf: URL(fileURLWithPath: "\(dir.path)/data/sessions/\(id)/transcript.jsonl"))
    return Sample(dir: dir, prompts: prompts, bytes: [UInt8](bytes), id: id)
  }

  static func bytes(_ n: Int) -> String { n == 1 ? "1 incomplete byte" : "\(n) incomplete bytes" }

  /// Cuts the line answering `bonus` after every one of its bytes, in four
  /// interleaved parts that run in parallel.
  @Test(arguments: 0..<4)
  func aTornLastLineIsRecoveredAtEveryOffset(part: Int) throws {
    let s = try Self.sample()
    let lines = s.lines
    let answer = try #require(
      lines.lastIndex { String(decoding: $0, as: UTF8.self).contains("4.5%") })
    let prefix = Array(lines[..<answer].joined())
    let line = lines[answer]
    let clean = try s.run(["replay", s.file(prefix, name: "clean.jsonl")])
    #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
    for cut in stride(from: 1 + part, to: line.count, by: 4) {
      let torn = prefix + line[..<cut]
      let file = s.file(torn, name: "torn-\(cut).jsonl")
      let replay = try s.run(["replay", file])
      #expect(replay.status == 0, "cut \(cut): \(replay.stderr)")
      #expect(replay.stderr == "warning: \(file): ignoring \(Self.bytes(cut)) at the end\n")
      #expect(replay.stdout == clean.stdout, "cut \(cut)")

      let data = try s.install(torn, name: "data-\(cut)")
      let transcript = "\(data)/sessions/\(s.id)/transcript.jsonl"
      if cut % 8 == 1 {
        let byID = try s.run(["replay", s.id, "--data-dir", data])
        #expect(byID.stderr == "warning: \(transcript): ignoring \(Self.bytes(cut)) at the end\n")
        #expect(byID.stdout == clean.stdout, "cut \(cut)")
      }
      let resume = try s.run(["resume", "--data-dir", data])
      #expect(resume.status == 0, "cut \(cut): \(resume.stderr)")
      #expect(resume.stderr.isEmpty, "cut \(cut): \(resume.stderr)")
      let notice =
        "Recovered an interrupted save: dropped \(Self.bytes(cut)) at the end of "
        + "transcript.jsonl (kept in transcript.jsonl.torn)."
      #expect(resume.stdout.hasPrefix(notice + "\n"), "cut \(cut): \(resume.stdout)")
      #expect(resume.stdout.components(separatedBy: "Recovered").count == 2)
      #expect(resume.stdout.contains("\nBonus?\n"), "the lost answer is asked again")
      #expect(resume.stdout.contains("change 4/5 › \n"))
      let kept = try Data(contentsOf: URL(fileURLWithPath: transcript + ".torn"))
      #expect([UInt8](kept) == Array(line[..<cut]))
      let repaired = [UInt8](try Data(contentsOf: URL(fileURLWithPath: transcript)))
      #expect(repaired.starts(with: prefix) && repaired.last == 0x0A)
      let after = try s.run(["replay", s.id, "--data-dir", data, "--format", "json"])
      #expect(after.status == 0 && after.stderr.isEmpty, "cut \(cut): \(after.stderr)")
    }
  }

  /// A middle line (line 4) replaced by each of these: the error names it.
  static let badLines: [(name: String, bytes: [UInt8], message: String)] = [
    ("not JSON", Array("this is not json".utf8), "line is not a valid event: it is not JSON"),
    (
      "unknown type", Array(#"{"at":"2026-11-25T09:00:00Z","text":"la","type":"sang"}"#.utf8),
      "line is not a valid event: unknown type 'sang'"
    ),
    ("no fields", Array(#"{"type":"answered"}"#.utf8), "line is not a valid event: "),
    ("an array", Array("[1,2,3]".utf8), "line is not a valid event: "),
    ("empty", [], "line is not a valid event: "),
    ("invalid UTF-8", [0x7B, 0xFF, 0xFE, 0x7D], "line is not valid UTF-8"),
    (
      "bad time", Array(#"{"at":"yesterday","key":"change.name","type":"skipped"}"#.utf8),
      "line is not a valid event: "
    ),
    ("deep nesting", Array(repeating: 0x5B, count: 100_000), "line is not a valid event: "),
  ]

  @Test(arguments: badLines.indices)
  func aBadMiddleLineIsNamedByNumber(index: Int) throws {
    let bad = Self.badLines[index]
    let s = try Self.sample()
    var lines = s.lines
    lines[3] = bad.bytes + [0x0A]
    let bytes = Array(lines.joined())
    let file = s.file(bytes, name: "bad.jsonl")
    let data = try s.install(bytes, name: "data")
    let transcript = "\(data)/sessions/\(s.id)/transcript.jsonl"
    let runs = [
      (file, try s.run(["replay", file])),
      (transcript, try s.run(["replay", s.id, "--data-dir", data])),
      (transcript, try s.run(["resume", "--data-dir", data])),
      (transcript, try s.run(["resume", s.id, "--data-dir", data])),
      (transcript, try s.run(["export", s.id, "--data-dir", data, "--format", "json"])),
    ]
    for (path, run) in runs {
      #expect(run.status == 65, "\(bad.name): \(run.stderr)")
      #expect(
        run.stderr.hasPrefix("\(path):4: error: \(bad.message)"), "\(bad.name): \(run.stderr)")
      #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(bad.name): \(run.stderr)")
      #expect(run.stdout.isEmpty, "\(bad.name)")
    }
    let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: transcript)))
    #expect(after == bytes, "a corrupt transcript was changed")
    #expect(!FileManager.default.fileExists(atPath: transcript + ".torn"))
    let list = try s.run(["sessions", "--data-dir", data])
    #expect(list.status == 0)
    #expect(list.stdout.contains(s.id))
  }

  /// Whole files that are not transcripts.
  static let notTranscripts: [(name: String, bytes: [UInt8], message: String)] = [
    ("empty", [], "1: error: not a coach transcript: the file is empty"),
    (
      "other JSON", Array(#"{"name":"coach","version":1}"#.utf8) + [0x0A],
      "1: error: not a coach transcript"
    ),
    ("JSON array", Array("[1,2,3]\n".utf8), "1: error: not a coach transcript"),
    (
      "newer format",
      Array(#"{"format":2,"kind":"coach-transcript","session":"x"}"#.utf8) + [0x0A],
      "1: error: transcript format 2 is newer than this coach reads (1); update coach to open it"
    ),
    (
      "no header", Array(#"{"at":"2026-11-25T09:00:00Z","text":"hi","type":"said"}"#.utf8) + [0x0A],
      "1: error: not a coach transcript"
    ),
    (
      "one unfinished line", Array(#"{"kind":"coach-transcript""#.utf8),
      "1: error: not a coach transcript: it has no complete first line"
    ),
    ("binary", [0xFF, 0xD8, 0xFF, 0xE0, 0x0A, 0x00], "1: error: line is not valid UTF-8"),
  ]

  @Test(arguments: notTranscripts.indices)
  func aFileThatIsNoTranscriptIsRefused(index: Int) throws {
    let bad = Self.notTranscripts[index]
    let s = try Self.sample()
    let file = s.file(bad.bytes, name: "bad.jsonl")
    let data = try s.install(bad.bytes, name: "data")
    let transcript = "\(data)/sessions/\(s.id)/transcript.jsonl"
    let runs = [
      (file, try s.run(["replay", file])),
      (file, try s.run(["replay", file, "--show"])),
      (transcript, try s.run(["replay", s.id, "--data-dir", data])),
      (transcript, try s.run(["resume", s.id, "--data-dir", data])),
      (transcript, try s.run(["export", s.id, "--data-dir", data])),
    ]
    for (path, run) in runs {
      #expect(run.status == 65, "\(bad.name): \(run.stderr)")
      #expect(run.stderr == "\(path):\(bad.message)\n", "\(bad.name)")
    }
  }

  @Test func invalidUTF8InAnAnswerIsNamedByLine() throws {
    let s = try Self.sample()
    var lines = s.lines
    let text = String(decoding: lines[2], as: UTF8.self)
    let cut = try #require(text.range(of: "Ada"))
    lines[2] =
      Array(text[..<cut.lowerBound].utf8) + [0x41, 0xC3, 0x28] + Array(text[cut.upperBound...].utf8)
    let file = s.file(Array(lines.joined()), name: "utf8.jsonl")
    let replay = try s.run(["replay", file])
    #expect(replay.status == 65)
    #expect(replay.stderr == "\(file):3: error: line is not valid UTF-8\n")
  }

  @Test func missingFilesAndFoldersAreOneLineErrors() throws {
    let s = try Self.sample()
    for target in [s.dir.path + "/nothing.jsonl", s.dir.path + "/prompts"] {
      let replay = try s.run(["replay", target])
      #expect(replay.status == 1, "\(replay.stderr)")
      #expect(replay.stderr.hasPrefix("error: "))
      #expect(replay.stderr.filter { $0 == "\n" }.count == 1, "\(replay.stderr)")
    }
  }

  /// Random files, a header followed by random bytes, and a transcript with
  /// a few bytes changed: exit 0 or 65 with one line, never a crash.
  @Test(arguments: 1...8 as ClosedRange<UInt64>)
  func randomBytesNeverCrash(seed: UInt64) throws {
    var rng = SeededRandom(seed: seed)
    let s = try Self.sample()
    let header = s.lines[0]
    func random(_ count: Int) -> [UInt8] {
      (0..<count).map { _ in
        // Newlines, braces and quotes often enough to reach the line parser.
        let pick = Int.random(in: 0..<16, using: &rng)
        return pick == 0
          ? 0x0A : pick == 1 ? 0x7B : pick == 2 ? 0x22 : UInt8.random(in: 0...255, using: &rng)
      }
    }
    var flipped = s.bytes
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      let at = Int.random(in: 0..<flipped.count, using: &rng)
      flipped[at] ^= UInt8.random(in: 1...255, using: &rng)
    }
    let cases: [(String, [UInt8], Bool)] = [
      ("random", random(Int.random(in: 1..<4096, using: &rng)), true),
      ("header and random", header + random(Int.random(in: 1..<4096, using: &rng)), false),
      ("flipped", flipped, false),
    ]
    for (name, bytes, neverValid) in cases {
      let file = s.file(bytes, name: "\(name).jsonl")
      let data = try s.install(bytes, name: "data-\(name)")
      for arguments in [
        ["replay", file], ["replay", file, "--show"], ["export", s.id, "--data-dir", data],
        ["resume", s.id, "--data-dir", data],
      ] {
        let run = try s.run(arguments)
        let what = "seed \(seed) \(name) \(arguments[0]): \(run.status) \(run.stderr)"
        #expect(run.status == 65 || (!neverValid && run.status == 0), "\(what)")
        let errors = run.stderr.split(separator: "\n").filter {
          !$0.hasPrefix("warning: ") && !$0.hasPrefix("note: ") && !$0.hasPrefix("Recovered")
        }
        if run.status == 65 {
          #expect(errors.count == 1 && errors[0].contains("error: "), "\(what)")
        } else {
          #expect(errors.isEmpty, "\(what)")
        }
      }
    }
  }
}
