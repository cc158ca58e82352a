// swift-tools-version:5.4
// Tools-version 5.4 on purpose: with 5.5 or later SwiftPM links executables so
// that libFuzzer's main cannot find `LLVMFuzzerTestOneInput` (see
// /work/shared/DURABILITY.md, "Fuzzing Swift here"). Build with
// `swift build -Xswiftc -sanitize=fuzzer,address`; `./run` does it.
import PackageDescription

let coachCore = Target.Dependency.product(name: "CoachCore", package: "coach")
// Each fuzzer is one file holding `LLVMFuzzerTestOneInput`; libFuzzer brings
// `main`, so the file must not be compiled as top-level code.
let library = [SwiftSetting.unsafeFlags(["-parse-as-library"])]

let package = Package(
  name: "CoachFuzz",
  dependencies: [
    .package(name: "coach", path: "..")
  ],
  targets: [
    .executableTarget(name: "fuzz-transcript", dependencies: [coachCore], swiftSettings: library),
    .executableTarget(name: "fuzz-script", dependencies: [coachCore], swiftSettings: library),
    .executableTarget(name: "fuzz-expression", dependencies: [coachCore], swiftSettings: library),
    .executableTarget(name: "fuzz-answers", dependencies: [coachCore], swiftSettings: library),
  ]
)
