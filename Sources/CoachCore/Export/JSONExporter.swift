/// Writes the canonical plan: every field of `Plan`, keys sorted, pretty
/// printed, slashes unescaped, ending with a line break.
///
/// This is the form other programs read (described by
/// `docs/plan.schema.json`); text stays exactly as typed, since JSON string
/// escaping already keeps control characters from reaching a terminal.
///
/// The text is what Foundation's `JSONEncoder` writes for the plan's
/// `Codable` form with `.prettyPrinted`, `.sortedKeys` and
/// `.withoutEscapingSlashes`, byte for byte, but written by hand
/// (`JSONWriter`, `Plan+JSONWritable.swift`): the general encoder cost
/// about a quarter of a long replay. `JSONWriterTests` keeps the two equal.
public struct JSONExporter: PlanExporter {
  public init() {}

  public func export(_ plan: Plan, to output: inout some TextOutputStream) {
    output.write(String(decoding: Self.document(plan), as: UTF8.self))
  }

  /// The whole export as UTF-8 bytes, the text `export` writes: for a
  /// file, with no `String` made of megabytes only to be turned back into
  /// bytes.
  static func document(_ plan: Plan) -> [UInt8] {
    var writer = JSONWriter(reservingCapacity: capacity(for: plan))
    plan.writeDocument(to: &writer)
    writer.lineBreak()
    return writer.takeBytes()
  }

  /// The bytes of `document(plan)`, handed to `chunk` a part at a time
  /// (each valid only during the call), so that a file can be written
  /// from one small buffer: the whole text of a long plan is tens of
  /// megabytes, each page of which cost a page fault to fill.
  static func document(
    _ plan: Plan, chunks chunk: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    withoutActuallyEscaping(chunk) { chunk in
      var writer = JSONWriter(chunkSize: chunkSize, sink: chunk)
      plan.writeDocument(to: &writer)
      writer.lineBreak()
      writer.flush()
    }
  }

  /// The size of the chunks `document(_:chunks:)` hands over: big enough
  /// that the calls are few, small enough to stay in the cache.
  static let chunkSize = 1 << 18

  /// The plan as JSON text, with its commitments, each with its `id`.
  /// Non-finite numbers (which JSON cannot hold, and a `compute:` step
  /// dividing by zero could make) are written as the strings "Infinity",
  /// "-Infinity" and "NaN".
  static func encode(_ plan: Plan) -> String {
    var writer = JSONWriter(reservingCapacity: capacity(for: plan))
    plan.writeDocument(to: &writer)
    return writer.text
  }

  /// A guess at the size of the text, so that the buffer is seldom copied
  /// as it grows (a copy holds the old buffer and one half as big again at
  /// once): about 190 bytes an answer, a note or a date answer (which also
  /// make commitments; the bench's plans take 183 to 199), 520 a goal
  /// (with its deadline's commitment; the bench's take 515), and 4 KiB for
  /// the rest. A guess far above the text is memory held for nothing: the
  /// buffer is the largest thing a long replay holds.
  static func capacity(for plan: Plan) -> Int {
    4096 + 190 * (plan.answers.count + plan.notes.count + plan.dates.count)
      + 520 * plan.goals.count
  }
}
