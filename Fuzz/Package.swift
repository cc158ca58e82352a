// swift-tools-version:5.4
// Tools-version 5.4 on purpose: with 5.5 or later SwiftPM links executables so
// that libFuzzer's main cannot find `LLVMFuzzerTestOneInput` (see
// docs/durability.md, "Fuzzing"). Build with
// `swift build -Xswiftc -sanitize=fuzzer,address`; `./run` does it.
import PackageDescription

let targets = Target.Dependency.product(name: "CoachFuzzTargets", package: "coach")
// Each fuzzer is one file holding `LLVMFuzzerTestOneInput`, which calls the
// fuzzer's function in the main package's `CoachFuzzTargets` (the tests
// replay saved inputs through the same functions). libFuzzer brings
// `main`, so the file must not be compiled as top-level code.
let library = [SwiftSetting.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "CoachFuzz",
  dependencies: [
    .package(name: "coach", path: "..")
  ],
  targets: [
    .executableTarget(name: "fuzz-transcript", dependencies: [targets], swiftSettings: library),
    .executableTarget(name: "fuzz-script", dependencies: [targets], swiftSettings: library),
    .executableTarget(name: "fuzz-expression", dependencies: [targets], swiftSettings: library),
    .executableTarget(name: "fuzz-answers", dependencies: [targets], swiftSettings: library),
  ]
)
