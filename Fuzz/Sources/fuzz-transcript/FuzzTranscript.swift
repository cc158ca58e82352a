import CoachFuzzTargets

#if canImport(Glibc)
  import Glibc
#endif

/// With FUZZ_ROUNDTRIP=1 in the environment, a transcript that decodes
/// cleanly must also survive encode-then-decode unchanged. Off by default,
/// so a plain run checks only that decoding never traps.
private let checkRoundTrip = getenv("FUZZ_ROUNDTRIP").map { String(cString: $0) == "1" } ?? false

/// See `FuzzTargets.transcript`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  do {
    try FuzzTargets.transcript(bytes, roundTrip: checkRoundTrip)
  } catch {
    fatalError("\(error)")
  }
  return 0
}
