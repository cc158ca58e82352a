import Testing

@testable import CoachCore

/// The paths the writer takes for speed, held to the general ones: text
/// handed over in chunks is the text kept whole, the radix sort of keys
/// is a sort by their bytes, and strings long enough to go in pieces are
/// escaped as short ones are.
@Suite struct JSONWriterChunkTests {
  /// `document(plan)` as the chunks of `document(_:chunks:)`.
  static func chunked(_ plan: Plan) -> (bytes: [UInt8], chunks: Int) {
    var bytes: [UInt8] = []
    var chunks = 0
    JSONExporter.document(plan) { chunk in
      bytes += chunk
      chunks += 1
    }
    return (bytes, chunks)
  }

  /// Plans small and large: a large one's text is many chunks, cut
  /// wherever the buffer filled (in a key, a string, an indent).
  @Test func chunksJoinToTheDocument() {
    var random = RandomPlan(seed: 5, longest: 30)
    var large = random.plan()
    for n in 0..<12_000 {
      large.answers["goals.title_\(n % 7)#\(n)"] = AnswerRecord(
        text: "answer \(n) with \"quotes\"\n and é", value: .number(Double(n)))
    }
    for plan in [Plan(), ExportFixture.rich, random.plan(), large] {
      let (bytes, chunks) = Self.chunked(plan)
      #expect(bytes == JSONExporter.document(plan))
      #expect(bytes == Array(JSONExporter.encode(plan).utf8) + [UInt8(ascii: "\n")])
      if plan.answers.count > 1_000 { #expect(chunks > 2) }
    }
  }

  /// Every format's chunks join to its `renderUTF8`.
  @Test func everyFormatsChunksJoinToItsBytes() {
    for format in ExportFormat.allCases {
      for options in [ExportOptions(), ExportOptions(events: true)] {
        var bytes: [UInt8] = []
        format.renderUTF8(ExportFixture.rich, options: options) { bytes += $0 }
        #expect(bytes == format.renderUTF8(ExportFixture.rich, options: options), "\(format)")
      }
    }
  }

  /// A writer with a sink hands over exactly what a writer without one
  /// keeps, for texts long and short, with escapes at the edges of the
  /// pieces a long text is escaped in.
  @Test func aSinkGetsWhatTheBufferKeeps() {
    let piece = String(repeating: "x", count: 4_095)
    let texts = [
      "", "a", "\"", piece, piece + "\"", piece + "\u{1}" + piece,
      String(repeating: "é\n", count: 9_000),
      String(repeating: "\\", count: 70_000),
    ]
    func write(_ w: inout JSONWriter) {
      w.beginArray()
      for text in texts {
        w.element()
        w.string(text)
        w.element()
        w.beginObject()
        w.key(text)
        w.integer(text.utf8.count)
        w.endObject()
      }
      w.endArray()
    }
    var whole = JSONWriter()
    write(&whole)
    var chunks: [UInt8] = []
    var chunked = JSONWriter(chunkSize: 1) { chunks += $0 }
    write(&chunked)
    chunked.flush()
    #expect(chunks == Array(whole.text.utf8))
  }

  /// Keys alike in their first sixteen bytes after what all share, so
  /// that only the comparison of whole keys can order them; keys with a
  /// zero byte where another ends; and one key only.
  @Test func sortsKeysTheHeadsCannotTellApart() {
    let stems = ["p.", "p.abcdefghijklmnop", "p.abcdefghijklmnopq", "p.abcdefghijklmno"]
    var keys = Set<String>()
    for stem in stems {
      for tail in ["", "\u{0}", "\u{0}\u{0}", "a", "b", "é", "\u{7F}", "#1", "#10", "#2"] {
        keys.insert(stem + tail)
      }
    }
    for list in [Array(keys), ["only"], [], ["b", "a"], ["", "\u{0}"]] {
      var sorter = JSONKeySorter(capacity: list.count)
      for key in list { sorter.add(key) }
      let sorted = sorter.sorted().map { list[$0] }
      #expect(sorted == list.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
  }

  /// Many keys of the bench's shape, whose order the radix sort alone
  /// decides (`#100` before `#11`).
  @Test func sortsManyKeysOfTheBenchsShape() {
    var keys: [String] = []
    for n in 0..<20_000 {
      keys.append("benchgoals.\(["deadline", "title", "n"][n % 3])_\(n % 5)#\(n)")
    }
    keys.shuffle()
    var sorter = JSONKeySorter(capacity: keys.count)
    for key in keys { sorter.add(key) }
    #expect(
      sorter.sorted().map { keys[$0] } == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    )
  }

  /// The combined word test says yes exactly when a byte needs escaping,
  /// for each byte value at each place of a word of otherwise plain bytes.
  @Test func theWordTestIsExact() {
    for filler in [UInt8(ascii: "a"), 0x20, 0x80, 0xFF, 0x23, 0x5D] {
      for place in 0..<8 {
        for byte in 0...255 {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = UInt8(byte)
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          #expect(JSONBytes.mayNeedEscape(word) == bytes.contains(where: JSONBytes.needsEscape))
        }
      }
    }
  }
}
