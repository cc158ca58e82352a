import CoachTestSupport
import Foundation
import Testing

/// Whether the kernel backs memory with huge pages where a program asks
/// (or everywhere).
private let hugePagesOnRequest: Bool = {
  let path = "/sys/kernel/mm/transparent_hugepage/enabled"
  guard let setting = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
  return setting.contains("[madvise]") || setting.contains("[always]")
}()

/// A long replay's heap is backed by huge pages (`HugePageHeap`): the kernel
/// takes a fault per 2 MiB of it, not per 4 KiB. Counted in page faults
/// (`ru_minflt`, no clock), the growth from one transcript to one twice as
/// long: page by page, the second's extra 18,000 answers cost 6,231 faults
/// (the debug build); in huge pages, fewer than 100.
@Suite(
  .enabled(
    if: hugePagesOnRequest,
    "the kernel gives no huge pages on request (transparent_hugepage is 'never' or missing)"))
struct HugePageHeapTests {
  static let generator = CoachProcess.packageRoot.appendingPathComponent(
    "bench/gen_transcript.py"
  ).path

  @Test func aLongReplaysHeapIsNotFaultedInPageByPage() throws {
    let dir = try TemporaryDirectory()
    let prompts = dir.path + "/prompts"
    try FileManager.default.createDirectory(atPath: prompts, withIntermediateDirectories: true)
    let longest = 36_000
    try python([
      Self.generator, "--answers", "\(longest)", "--script", prompts + "/benchgoals.yaml",
    ])
    // The header coach writes for the script, so the replays see it unchanged.
    let start = try CoachProcess.run(
      ["start", "benchgoals", "--plain", "--prompts", prompts, "--data-dir", dir.path + "/data"])
    #expect(start.status == 0, "\(start.stderr)")
    let sessions = dir.path + "/data/sessions"
    let first = try #require(try FileManager.default.contentsOfDirectory(atPath: sessions).first)
    let header = "\(sessions)/\(first)/transcript.jsonl"
    var faults: [Int] = []
    for answers in [longest / 2, longest] {
      let transcript = dir.path + "/t\(answers).jsonl"
      try python([
        Self.generator, "--answers", "\(answers)", "--header-from", header,
        "--session", "20260105-080000-be04", "--out", transcript,
      ])
      let size = try #require(
        try FileManager.default.attributesOfItem(atPath: transcript)[.size] as? Int)
      #expect(
        size > 4 << 20, "transcript of \(answers) answers: \(size) bytes, below the threshold")
      let replay = try CoachProcess.run(
        [
          "replay", transcript, "--prompts", prompts, "--format", "json", "-o",
          dir.path + "/p.json",
        ],
        timeout: 300)
      #expect(replay.status == 0, "\(replay.stderr)")
      #expect(replay.stderr == "")
      let plan = try JSONSerialization.jsonObject(
        with: Data(contentsOf: URL(fileURLWithPath: dir.path + "/p.json")))
      let recorded = try #require((plan as? [String: Any])?["answers"] as? [String: Any])
      #expect(recorded.count > answers / 2, "\(recorded.count) answers in the plan")
      faults.append(replay.minorFaults)
    }
    #expect(faults[1] - faults[0] < 1_500, "minor faults at 18,000 and 36,000 answers: \(faults)")
  }

  /// Runs python3 with `arguments`; fails the test when it fails.
  func python(_ arguments: [String]) throws {
    let run = try ChildProcess.run(
      "/usr/bin/env", ["python3"] + arguments, environment: CoachProcess.environment([:]),
      timeout: 120)
    #expect(run.status == 0, "python3 \(arguments.joined(separator: " ")): \(run.stderr)")
  }
}
