import CoachCore

#if canImport(Glibc)
  import Glibc
#endif

/// With FUZZ_ROUNDTRIP=1 in the environment, a transcript that decodes
/// cleanly must also survive encode-then-decode unchanged (a saved session
/// must be readable again). Off by default, so a plain run checks only that
/// decoding never traps.
private let checkRoundTrip = getenv("FUZZ_ROUNDTRIP").map { String(cString: $0) == "1" } ?? false

/// `TranscriptCodec.decode` must never trap, whatever the bytes: a transcript
/// on disk may be torn or corrupt. Errors are fine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  guard let decoded = try? TranscriptCodec.decode(bytes) else { return 0 }
  _ = decoded.events.map(\.moment)
  if checkRoundTrip {
    var text = TranscriptCodec.encode(decoded.header)
    for event in decoded.events { text += TranscriptCodec.encode(event) }
    do {
      let again = try TranscriptCodec.decode(Array(text.utf8))
      if again.header != decoded.header || again.events.count != decoded.events.count {
        fatalError("round trip changed the transcript:\n\(text)")
      }
      for (a, b) in zip(again.events, decoded.events) where a != b {
        // NaN never equals itself; compare the encoded lines instead.
        if TranscriptCodec.encode(a) != TranscriptCodec.encode(b) {
          fatalError("round trip changed an event: \(b) became \(a)")
        }
      }
    } catch {
      fatalError("re-encoded transcript does not decode: \(error)\n\(text)")
    }
  }
  return 0
}
