import CoachCore
import Foundation
import Testing

@testable import CoachCLI

/// The plain reader takes lines out of the bytes it has read without
/// moving those after them: the lines it returns are the lines written,
/// whatever the chunks `read(2)` hands it, with a line over the limit
/// refused and the last line taken without its newline.
@Suite struct PlainLineReaderTests {
  /// Everything `reader` returns until the end of input.
  static func readAll(_ reader: PlainLineReader) -> [LineInput] {
    var inputs: [LineInput] = []
    while true {
      let input = reader.readLine(prompt: "", completions: [])
      if input == .endOfInput { return inputs }
      inputs.append(input)
    }
  }

  /// Writes `bytes` into a pipe from another thread and reads it back.
  static func read(_ bytes: [UInt8]) -> [LineInput] {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return [] }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    let writer = Thread {
      var offset = 0
      while offset < bytes.count {
        // Small, uneven writes: lines straddle the reader's chunks.
        let n = bytes[offset...].prefix(7_919).withUnsafeBytes {
          write(writeEnd, $0.baseAddress, $0.count)
        }
        guard n > 0 else { break }
        offset += n
      }
      close(writeEnd)
    }
    writer.start()
    let inputs = readAll(PlainLineReader(descriptor: readEnd))
    close(readEnd)
    return inputs
  }

  @Test func returnsTheLinesWrittenAcrossChunks() {
    let lines = (0..<5_000).map { i in
      String(repeating: "answer \(i) ", count: i % 13 + 1) + (i % 5 == 0 ? "é" : "")
    }
    let text = lines.enumerated().map { $0.offset % 3 == 0 ? $0.element + "\r" : $0.element }
      .joined(separator: "\n")
    // The last line has no newline: it still counts.
    #expect(Self.read(Array(text.utf8)) == lines.map { .line($0) })
  }

  @Test func refusesALineOverTheLimitAndGoesOn() {
    let long = String(repeating: "x", count: LineLimit.bytes + 10)
    let exact = String(repeating: "y", count: LineLimit.bytes)
    let text = ["A1", long, "A2", exact, "", "A3"].joined(separator: "\n") + "\n"
    #expect(
      Self.read(Array(text.utf8)) == [
        .line("A1"), .tooLong(bytes: LineLimit.bytes + 10), .line("A2"), .line(exact), .line(""),
        .line("A3"),
      ])
  }

  @Test func anOverlongLastLineWithoutANewlineIsRefused() {
    let long = String(repeating: "z", count: LineLimit.bytes + 1)
    #expect(Self.read(Array(("A1\n" + long).utf8)) == [.line("A1"), .tooLong(bytes: long.count)])
  }
}
