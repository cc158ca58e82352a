import CoachFuzzTargets
import Foundation
import Testing

/// Every input the fuzzers keep in the repository, replayed through the
/// fuzzers' own functions (`FuzzTargets`) in an ordinary build: the seeds
/// under `Fuzz/Corpus/<fuzzer>/`, and under `Fuzz/Crashes/<fuzzer>/` each
/// input that once trapped or ran too long, kept once fixed. A trap fails
/// the run; an input must also finish within libFuzzer's `-timeout` that
/// `Fuzz/run` uses (10 s), so a slow input found by fuzzing stays fixed.
@Suite struct FuzzReplayTests {
  static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Fuzz").standardized

  /// The files of `Fuzz/<folder>/<fuzzer>/`, sorted; none when it is absent.
  static func inputs(_ folder: String, _ fuzzer: String) -> [URL] {
    let dir = fuzz.appendingPathComponent("\(folder)/\(fuzzer)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map {
      dir.appendingPathComponent($0)
    }
  }

  static func replay(_ fuzzer: String, _ file: URL) throws {
    let bytes = [UInt8](try Data(contentsOf: file))
    let started = ContinuousClock.now
    try FuzzTargets.run(fuzzer, bytes, roundTrip: fuzzer == "fuzz-transcript")
    let took = ContinuousClock.now - started
    #expect(took < .seconds(10), "\(fuzzer) \(file.lastPathComponent) took \(took)")
  }

  @Test(arguments: FuzzTargets.names)
  func seedsRunCleanly(fuzzer: String) throws {
    let seeds = Self.inputs("Corpus", fuzzer)
    #expect(!seeds.isEmpty, "no seeds in Fuzz/Corpus/\(fuzzer)")
    for file in seeds { try Self.replay(fuzzer, file) }
  }

  @Test(arguments: FuzzTargets.names)
  func savedCrashersStayFixed(fuzzer: String) throws {
    for file in Self.inputs("Crashes", fuzzer) { try Self.replay(fuzzer, file) }
  }

  /// Every folder of saved inputs belongs to a fuzzer, so none is skipped
  /// for a misspelt name, and at least one input is kept.
  @Test func everyCrashFolderIsAFuzzer() throws {
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: Self.fuzz.appendingPathComponent("Crashes").path
    ).filter { !$0.hasPrefix(".") && $0 != "README.md" }
    #expect(Set(folders).isSubset(of: FuzzTargets.names), "\(folders)")
    #expect(FuzzTargets.names.map { Self.inputs("Crashes", $0).count }.reduce(0, +) > 0)
  }
}
