import Foundation
import Testing

@testable import CoachCore

/// The byte-level paths of `JSONWriter` at their edges: the eight-byte
/// scan for characters to escape, the key sorter's eight-byte comparison,
/// days written without `iso`, deep nesting past the indent table, and
/// the bytes `renderUTF8` hands to a file.
@Suite struct JSONWriterEdgeTests {
  static func written(_ write: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    write(&writer)
    return writer.text
  }

  static func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Bytes either side of each that the word test looks for (below 0x20,
  /// `"`, `\`), a byte with its top bit set, and a character of two and
  /// of four bytes.
  static let specials: [String] = [
    "\u{0}", "\u{1F}", "\u{20}", "\"", "!", "#", "\\", "[", "]", "\u{7F}", "é", "🎯", "\n",
  ]

  /// Each special character at every place of texts up to 26 bytes, so at
  /// every place of a word, of the word after, and of the bytes left over.
  @Test func escapesAtEveryPlaceOfAWord() throws {
    for length in 0..<26 {
      for place in 0...length {
        for special in Self.specials {
          let text =
            String(repeating: "a", count: place) + special
            + String(repeating: "b", count: length - place)
          let written = Self.written { $0.string(text) }
          #expect(
            written == (try Self.encoded(text)), "\(length) \(place) \(special.utf8.first ?? 0)")
        }
      }
    }
  }

  @Test func escapesTextsOfOnlyCharactersToEscape() throws {
    for count in [1, 7, 8, 9, 16, 33] {
      for special in ["\"", "\\", "\u{0}", "\t", "\u{1B}"] {
        let text = String(repeating: special, count: count)
        #expect(Self.written { $0.string(text) } == (try Self.encoded(text)))
      }
    }
  }

  /// Random keys that share long beginnings and differ anywhere, in bytes
  /// above and below 0x80, some a beginning of another.
  @Test func sortsManyKeysByTheirBytes() {
    var random = SeededRandom(seed: 7)
    let pieces = [
      "goals.title#", "goals.", "1", "2", "10", "[", "é", "e\u{301}", "Z", "\u{7F}", "",
    ]
    var keys = Set<String>()
    while keys.count < 2_000 {
      keys.insert(
        (0..<Int.random(in: 0...8, using: &random))
          .map { _ in pieces.randomElement(using: &random) ?? "" }.joined())
    }
    let list = Array(keys)
    var sorter = JSONKeySorter(capacity: list.count)
    for key in list { sorter.add(key) }
    let sorted = sorter.sorted().map { list[$0] }
    #expect(sorted == list.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
  }

  @Test func writesADictionaryOfManyKeysAsJSONEncoderDoes() throws {
    var values: [String: Int] = [:]
    for n in 0..<3_000 { values["benchgoals.deadline_\(n % 37)#\(n)"] = n }
    values[""] = -1
    values["é\u{0}\""] = 2
    let written = Self.written { w in
      w.beginObject()
      w.member("values", values)
      w.endObject()
    }
    #expect(written == (try Self.encoded(["values": values])))
  }

  /// Years of one to six digits, before the year 1 and after 9999, and
  /// every month and day of a leap year.
  @Test func writesDaysAsISODoes() {
    var days = (0..<366).map { CalendarDay(dayNumber: 11_016 + $0) }
    for year in [-100_000, -10_000, -999, -10, -1, 0, 1, 9, 99, 999, 1_000, 9_999, 10_000, 123_456]
    {
      days += [
        CalendarDay(year: year, month: 1, day: 1), CalendarDay(year: year, month: 12, day: 31),
      ]
      .compactMap { $0 }
    }
    for day in days {
      #expect(Self.written { $0.day(day) } == "\"\(day.iso)\"")
      #expect(Commitment.scopedDay("goals.title#2", day) == "goals#2@\(day.iso)")
    }
  }

  /// `[[…[[1, 2], []]…], []]`, `depth` arrays around `[1, 2]`.
  static func writeNested(_ w: inout JSONWriter, _ depth: Int) {
    w.beginArray()
    w.element()
    if depth == 0 {
      w.integer(1)
      w.element()
      w.integer(2)
    } else {
      writeNested(&w, depth - 1)
      w.element()
      w.beginArray()
      w.endArray()
    }
    w.endArray()
  }

  static func nested(_ depth: Int) -> [Any] {
    if depth == 0 { return [1, 2] }
    let empty: [Any] = []
    return [nested(depth - 1), empty]
  }

  /// Arrays nested deeper than the indent table reaches.
  @Test func indentsPastTheTable() throws {
    for depth in [0, 1, 30, 31, 32, 33, 40] {
      let written = Self.written { Self.writeNested(&$0, depth) }
      let reference = try JSONSerialization.data(
        withJSONObject: Self.nested(depth), options: [.prettyPrinted, .sortedKeys])
      #expect(written == String(decoding: reference, as: UTF8.self), "\(depth)")
    }
  }

  /// The bytes a file gets are the text every other caller gets.
  @Test func rendersTheSameBytesAsTheText() {
    var random = RandomPlan(seed: 99, longest: 20)
    let plans = [ExportFixture.rich, ExportFixture.empty, Plan(), random.plan()]
    for plan in plans {
      for format in ExportFormat.allCases {
        #expect(format.renderUTF8(plan) == Array(format.render(plan).utf8), "\(format)")
      }
    }
  }

  /// The split of an ASCII key by its bytes is the split by characters.
  @Test func splitsASCIIKeysAsByCharacters() {
    let pieces = ["", ".", "#", "[", "]", "a", "goals", "1", "\r\n", "x.y", "##", ".."]
    func keys(_ n: Int) -> [String] {
      n == 0 ? [""] : keys(n - 1).flatMap { key in pieces.map { key + $0 } }
    }
    for key in keys(4) {
      var bytes = key
      let split = bytes.withUTF8 { Commitment.asciiScriptAndRound($0) }
      let reference = Commitment.scriptAndRound(splitting: key)
      #expect(split?.0 == reference.0 && split?.1 == reference.1, "\(key.debugDescription)")
    }
    #expect(Commitment.scriptAndRound("é.x#1") == ("é", "1"))
  }
}
