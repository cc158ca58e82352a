// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "coach",
  products: [
    .executable(name: "coach", targets: ["coach"])
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
    // The functional core: values in, values out. No terminal, files, clock or
    // environment; those reach it as values from the shell.
    .target(name: "CoachCore", dependencies: ["CYAML"]),
    // The shell: arguments, terminal, storage, signals, clock.
    .target(name: "CoachCLI", dependencies: ["CoachCore", "CEditShim", "CLibEdit"]),
    .executableTarget(name: "coach", dependencies: ["CoachCLI"]),
    .testTarget(
      name: "CoachCoreTests", dependencies: ["CoachCore"], exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "CoachCLITests", dependencies: ["CoachCLI", "CoachCore", "coach"],
      exclude: ["Golden", "Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
