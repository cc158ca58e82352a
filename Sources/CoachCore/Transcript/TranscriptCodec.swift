import FoundationEssentials

/// Encodes transcripts as JSON Lines and decodes them, finding what a crash
/// left behind.
///
/// Each line is one compact JSON object with sorted keys, so a transcript is
/// stable under a diff and readable with `jq`. The first line is the header;
/// every later line is one event with a `"type"`. Only an *unterminated final*
/// line can come from an interrupted save; any other bad line is corruption
/// and is reported with its line number, never skipped.
public enum TranscriptCodec {
  /// The header line, ending in `"\n"`.
  public static func encode(_ header: TranscriptHeader) -> String {
    encode(header, fast: true)
  }

  /// `encode`, with `fast` false writing the line with the general JSON
  /// encoder (what `FastEventEncoder` must agree with).
  static func encode(_ header: TranscriptHeader, fast: Bool) -> String {
    fast ? FastEventEncoder.line(header) : line(header)
  }

  /// The event's line, ending in `"\n"`.
  public static func encode(_ event: TranscriptEvent) -> String {
    encode(event, fast: true)
  }

  /// `encode`, with `fast` false writing the line with the general JSON
  /// encoder (what `FastEventEncoder` must agree with).
  static func encode(_ event: TranscriptEvent, fast: Bool) -> String {
    (fast ? FastEventEncoder.line(event) : nil) ?? line(EventRecord(event))
  }

  /// Decodes a whole transcript.
  ///
  /// Reads each line once where it stands, so the work is linear in the
  /// size. Never traps, whatever the bytes.
  ///
  /// - Returns: The header, the events, and whether the final line was torn.
  /// - Throws: `TranscriptError` for anything but a torn final line.
  public static func decode(_ bytes: [UInt8]) throws(TranscriptError) -> TranscriptDecoding {
    try decode(bytes, fast: true)
  }

  /// `decode`, keeping of each `asked` event only its time when
  /// `askedText` is false: its key and text come back empty (they are
  /// still checked, with the same errors). For a load that applies the
  /// events and lets them go, where an `asked` event only moves the time
  /// of the latest activity: a replay without `--show`.
  public static func decode(_ bytes: [UInt8], askedText: Bool) throws(TranscriptError)
    -> TranscriptDecoding
  {
    try decode(bytes, fast: true, askedText: askedText)
  }

  /// `decode`, with `fast` false reading every event line with the general
  /// JSON decoder (what `FastEventDecoder` must agree with).
  static func decode(_ bytes: [UInt8], fast: Bool, askedText: Bool = true) throws(TranscriptError)
    -> TranscriptDecoding
  {
    let decoder = JSONDecoder()
    guard let first = bytes.firstIndex(of: 0x0A) else {
      let why = bytes.isEmpty ? "the file is empty" : "it has no complete first line"
      throw TranscriptError(line: 1, message: "not a coach transcript: \(why)")
    }
    let header = try decodeHeader(utf8(bytes[..<first], line: 1), decoder: decoder)
    var events: [TranscriptEvent] = []
    // One event a line: reserved at once, so a long transcript's events are
    // not copied as the array grows (nor held twice while it does).
    events.reserveCapacity(lineFeeds(in: bytes, from: first + 1))
    var start = first + 1
    var number = 1
    try bytes.withUnsafeBufferPointer { (buffer) throws(TranscriptError) in
      var canonical = CanonicalLineReader(bytes: buffer)
      while start < buffer.count {
        number += 1
        // A line as coach writes it is read where it stands, its end found
        // on the way; any other is found first and read as before.
        if fast, let (event, end) = canonical.event(at: start, askedText: askedText) {
          events.append(event)
          start = end + 1
          continue
        }
        guard let end = lineFeed(in: buffer, from: start) else { break }
        let line = bytes[start..<end]
        if !isASCII(buffer, start..<end) { _ = try utf8(line, line: number) }
        events.append(
          try decodeEvent(line, line: number, decoder: decoder, fast: fast, askedText: askedText))
        start = end + 1
      }
    }
    let recovery: TranscriptRecovery =
      start == bytes.count
      ? .clean : .tornTail(validLength: start, tail: Array(bytes[start...]))
    return TranscriptDecoding(header: header, events: events, recovery: recovery)
  }

  /// Decodes a whole transcript held in `Data`.
  public static func decode(_ data: Data) throws(TranscriptError) -> TranscriptDecoding {
    try decode([UInt8](data))
  }

  // MARK: - Lines

  private static func line(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // JSON has no infinity or NaN; writing them as text keeps a save from
    // failing over a value no answer parser should produce anyway.
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func utf8(_ bytes: ArraySlice<UInt8>, line: Int) throws(TranscriptError)
    -> String
  {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw TranscriptError(line: line, message: "line is not valid UTF-8")
    }
    return text
  }

  /// How many line feeds the bytes from `start` on hold, 32 bytes at a
  /// time.
  static func lineFeeds(in bytes: [UInt8], from start: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      let raw = UnsafeRawBufferPointer(buffer)
      let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
      var feeds = 0
      var i = start
      // The high bit of each byte of `word` that is a line feed, exactly
      // (no borrow runs from one byte into the next), moved to its low bit.
      func marks(_ offset: Int) -> UInt64 {
        let word =
          raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
        return ~(((word & lows) &+ lows) | word | lows) >> 7
      }
      // Four words at a time: each byte of the sum is at most 4, and the
      // product sums the bytes into the top one.
      while i + 32 <= buffer.count {
        let sum = marks(i) &+ marks(i + 8) &+ marks(i + 16) &+ marks(i + 24)
        feeds += Int((sum &* 0x0101_0101_0101_0101) >> 56)
        i += 32
      }
      while i < buffer.count {
        if buffer[i] == 0x0A { feeds += 1 }
        i += 1
      }
      return feeds
    }
  }

  /// Where the first line feed from `start` on is; nil when there is none.
  static func lineFeed(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    let raw = UnsafeRawBufferPointer(buffer)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var i = start
    // Eight bytes at a time where they hold no line feed (a zero byte of
    // `word ^ 0x0A…`, by the usual bit trick): most of a line.
    while i + 8 <= buffer.count {
      let feeds = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ (ones &* 0x0A)
      if (feeds &- ones) & ~feeds & highs != 0 { break }
      i += 8
    }
    while i < buffer.count {
      if buffer[i] == 0x0A { return i }
      i += 1
    }
    return nil
  }

  /// Whether every byte in `range` is ASCII.
  static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    let raw = UnsafeRawBufferPointer(buffer)
    var i = range.lowerBound
    while i + 8 <= range.upperBound {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
        return false
      }
      i += 8
    }
    while i < range.upperBound {
      if buffer[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }

  // MARK: - Header

  /// Just enough of a header to tell a transcript, and its format, apart
  /// before insisting on the rest.
  private struct HeaderProbe: Decodable {
    var kind: String?
    var format: Int?
  }

  private static func decodeHeader(_ text: String, decoder: JSONDecoder) throws(TranscriptError)
    -> TranscriptHeader
  {
    let data = Data(text.utf8)
    guard let probe = try? decoder.decode(HeaderProbe.self, from: data),
      probe.kind == "coach-transcript", let format = probe.format
    else { throw TranscriptError(line: 1, message: "not a coach transcript") }
    guard format <= TranscriptHeader.currentFormat else {
      throw TranscriptError(
        line: 1,
        message: "transcript format \(format) is newer than this coach reads "
          + "(\(TranscriptHeader.currentFormat)); update coach to open it")
    }
    guard format >= 1 else {
      throw TranscriptError(line: 1, message: "unknown transcript format \(format)")
    }
    do {
      return try decoder.decode(TranscriptHeader.self, from: data)
    } catch {
      throw TranscriptError(line: 1, message: "the transcript header is invalid: \(reason(error))")
    }
  }

  // MARK: - Events

  private static func decodeEvent(
    _ bytes: ArraySlice<UInt8>, line: Int, decoder: JSONDecoder, fast: Bool, askedText: Bool
  ) throws(TranscriptError) -> TranscriptEvent {
    // The lines coach writes, read directly; anything unusual goes
    // through the general decoder.
    if fast, let event = FastEventDecoder.event(bytes, askedText: askedText) { return event }
    do {
      var record = try decoder.decode(EventRecord.self, from: Data(bytes))
      if !askedText, record.type == "asked" {
        record.key = record.key.map { _ in "" }
        record.text = record.text.map { _ in "" }
      }
      return try record.event()
    } catch let error as EventRecord.Problem {
      throw TranscriptError(line: line, message: "line is not a valid event: \(error.reason)")
    } catch {
      throw TranscriptError(line: line, message: "line is not a valid event: \(reason(error))")
    }
  }

  /// A short, lower-case account of a decoding failure.
  private static func reason(_ error: any Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, _):
      return "no '\(key.stringValue)'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      guard let key = context.codingPath.first else { return "it is not a JSON object" }
      return "'\(key.stringValue)' has the wrong type"
    case .dataCorrupted(let context):
      guard let key = context.codingPath.first else { return "it is not JSON" }
      return "'\(key.stringValue)' is not valid"
    default:
      return "it is not JSON"
    }
  }
}

/// A decoded transcript.
public struct TranscriptDecoding: Hashable, Sendable {
  public var header: TranscriptHeader
  public var events: [TranscriptEvent]
  public var recovery: TranscriptRecovery

  public init(header: TranscriptHeader, events: [TranscriptEvent], recovery: TranscriptRecovery) {
    self.header = header
    self.events = events
    self.recovery = recovery
  }
}

/// What decoding found at the end of a transcript.
public enum TranscriptRecovery: Hashable, Sendable {
  /// Every line ends in a line feed.
  case clean
  /// The final line has no line feed: a save was interrupted. The first
  /// `validLength` bytes are whole lines; `tail` is what follows. The tail is
  /// dropped even if it happens to parse, since its save was never confirmed.
  case tornTail(validLength: Int, tail: [UInt8])
}
