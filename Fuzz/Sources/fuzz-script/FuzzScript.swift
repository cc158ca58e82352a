import CoachFuzzTargets

/// See `FuzzTargets.script`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzTargets.script(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
