import CoachFuzzTargets

/// See `FuzzTargets.expression`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzTargets.expression(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
