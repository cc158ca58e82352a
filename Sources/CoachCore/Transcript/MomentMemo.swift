/// Reads the moments of a transcript's lines in the form coach writes
/// (`Moment.written`), remembering the day and the offset of the last one:
/// a session's lines share them for hours, so most lines read only their
/// time of day.
struct MomentMemo {
  /// The bytes before the `T` (`2026-01-05`), as two words.
  private var date: (UInt64, UInt16) = (0, 0)
  /// The bytes after the seconds (`Z`, `+01:00`), and how many.
  private var zone: (UInt64, Int) = (0, 0)
  private var dayNumber: Int64 = 0
  private var offset = 0
  private var known = false

  /// `Moment.written(TranscriptDigits(bytes))`.
  mutating func moment(_ bytes: UnsafeBufferPointer<UInt8>) -> Moment? {
    let count = bytes.count
    guard count == 20 || count == 25 else { return nil }
    let raw = UnsafeRawBufferPointer(bytes)
    let date = (
      raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
      raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    )
    // `Z`, or the six bytes of `+01:00` (the top six of the word at 17).
    let zone =
      count == 20
      ? UInt64(bytes[19]) : raw.loadUnaligned(fromByteOffset: 17, as: UInt64.self) >> 16
    guard known, date == self.date, zone == self.zone.0, count == self.zone.1 else {
      // Read whole, and remembered.
      guard let moment = Moment.written(TranscriptDigits(bytes)),
        let time = Self.time(bytes)
      else { return nil }
      self.date = date
      self.zone = (zone, count)
      offset = moment.utcOffset
      dayNumber = (moment.seconds + Int64(offset) - Int64(time)) / 86_400
      known = true
      return moment
    }
    guard let time = Self.time(bytes) else { return nil }
    return Moment(seconds: dayNumber * 86_400 + Int64(time) - Int64(offset), utcOffset: offset)
  }

  /// The seconds after midnight the `THH:MM:SS` at 10 spells, checked as
  /// `Moment.written` checks them.
  private static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    func two(_ k: Int) -> Int { TranscriptDigits.two(bytes, at: k) }
    let h = two(11)
    let mi = two(14)
    let s = two(17)
    guard h >= 0, mi >= 0, s >= 0, h < 24, mi < 60, s < 61,
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      bytes[16] == UInt8(ascii: ":")
    else { return nil }
    return h * 3600 + mi * 60 + s
  }
}
