import CoachFuzzTargets

/// See `FuzzTargets.answers`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  FuzzTargets.answers(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}
