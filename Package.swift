// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "coach",
  products: [
    .executable(name: "coach", targets: ["coach"]),
    // For the fuzzers in Fuzz/, a separate package that needs these as products.
    .library(name: "CoachCore", targets: ["CoachCore"]),
    .library(name: "CoachFuzzTargets", targets: ["CoachFuzzTargets"]),
  ],
  targets: [
    // libedit, found with pkg-config; Swift cannot call its variadic functions,
    // so CEditShim wraps each call the shell needs in a named C function.
    .systemLibrary(
      name: "CLibEdit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "CEditShim", dependencies: ["CLibEdit"]),
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),
    // glibc's malloc.h (malloc_trim), which the Glibc module leaves out.
    .systemLibrary(name: "CMalloc"),
    // The functional core: values in, values out. No terminal, files, clock or
    // environment; those reach it as values from the shell.
    .target(name: "CoachCore", dependencies: ["CYAML"]),
    // The shell: arguments, terminal, storage, signals, clock.
    .target(name: "CoachCLI", dependencies: ["CoachCore", "CEditShim", "CLibEdit", "CMalloc"]),
    .executableTarget(name: "coach", dependencies: ["CoachCLI"]),
    // What each fuzzer in Fuzz/ does with one input; the tests replay the
    // seeds and saved crashers through the same functions.
    .target(name: "CoachFuzzTargets", dependencies: ["CoachCore"], path: "Fuzz/Targets"),
    // Helpers both test targets share: golden files, and the one way the
    // tests start programs (CTestSpawn wraps the GNU calls Swift cannot see).
    .target(name: "CTestSpawn", path: "Tests/CTestSpawn"),
    .target(
      name: "CoachTestSupport", dependencies: ["CoachCore", "CTestSpawn"],
      path: "Tests/CoachTestSupport"),
    .testTarget(
      name: "CoachCoreTests", dependencies: ["CoachCore", "CoachFuzzTargets", "CoachTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "CoachCLITests", dependencies: ["CoachCLI", "CoachCore", "CoachTestSupport", "coach"],
      exclude: ["Golden", "Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
