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

  /// `fuzzer/name` for every file under `Fuzz/<folder>/`, one test case each.
  static func cases(_ folder: String) -> [String] {
    FuzzTargets.names.flatMap { fuzzer in
      inputs(folder, fuzzer).map { "\(fuzzer)/\($0.lastPathComponent)" }
    }
  }

  static func replay(_ folder: String, _ input: String) throws {
    let fuzzer = String(input.prefix { $0 != "/" })
    let bytes = [UInt8](try Data(contentsOf: fuzz.appendingPathComponent("\(folder)/\(input)")))
    let started = ContinuousClock.now
    try FuzzTargets.run(fuzzer, bytes, roundTrip: fuzzer == "fuzz-transcript")
    let took = ContinuousClock.now - started
    #expect(took < .seconds(10), "\(input) took \(took)")
  }

  @Test(arguments: cases("Corpus"))
  func seedRunsCleanly(input: String) throws {
    try Self.replay("Corpus", input)
  }

  @Test(arguments: cases("Crashes"))
  func savedCrasherStaysFixed(input: String) throws {
    try Self.replay("Crashes", input)
  }

  @Test(arguments: FuzzTargets.names)
  func everyFuzzerHasSeeds(fuzzer: String) {
    #expect(!Self.inputs("Corpus", fuzzer).isEmpty, "no seeds in Fuzz/Corpus/\(fuzzer)")
  }

  /// Every folder of saved inputs belongs to a fuzzer, so none is skipped
  /// for a misspelt name, and at least one input is kept.
  @Test func everyCrashFolderIsAFuzzer() throws {
    let folders = try FileManager.default.contentsOfDirectory(
      atPath: Self.fuzz.appendingPathComponent("Crashes").path
    ).filter { !$0.hasPrefix(".") && $0 != "README.md" }
    #expect(Set(folders).isSubset(of: FuzzTargets.names), "\(folders)")
    #expect(!Self.cases("Crashes").isEmpty)
  }
}
