import CoachCore
import Glibc

/// Prints a transcript as a chat between the coach and the person, with
/// times, optionally at its original pace.
struct ChatPrinter {
  let console: Console
  /// Plays the conversation `speed` times faster than it happened; `nil`
  /// prints it at once.
  let speed: Double?

  /// The longest pause played, whatever the recorded gap.
  static let longestPause = 5.0

  func print(_ decoding: TranscriptDecoding, machine: SessionMachine) {
    let header = decoding.header
    console.line(
      "Session \(header.session), started \(header.started) (\(header.roots.joined(separator: ", ")))",
      style: .dim)
    var previous: Moment?
    for event in decoding.events {
      pause(from: previous, to: event.moment)
      previous = event.moment
      let time = Self.clock(event.moment)
      switch event {
      case .said(let text, _):
        console.line("[\(time)] coach: \(text)", style: .coach)
      case .asked(_, let text, _):
        console.line("[\(time)] coach: \(text)", style: .coach)
      case .answered(let key, let text, _, _):
        // As in the live session, a private answer is not shown; the plan
        // and its exports still hold it.
        let shown = machine.isPrivate(key) ? "(private answer)" : text
        console.line("[\(time)] you:   \(shown)")
      case .skipped:
        console.line("[\(time)] you:   /skip")
      case .revised(let key, _):
        console.line("[\(time)] you:   /back (revising '\(key)')")
      case .jumped(let script, _):
        console.line("[\(time)] you:   /goto \(script)")
      case .command(let name, _):
        console.line("[\(time)] you:   \(name)")
      case .ended(let finished, _):
        console.line(
          "[\(time)] — \(finished ? "session finished" : "session paused") —", style: .dim)
      }
    }
  }

  private func pause(from previous: Moment?, to next: Moment) {
    guard let speed, let previous else { return }
    let gap = Double(next.seconds - previous.seconds) / speed
    let seconds = min(max(0, gap), Self.longestPause)
    if seconds > 0 { usleep(UInt32(seconds * 1_000_000)) }
  }

  /// `HH:MM` of the moment in its own offset.
  static func clock(_ m: Moment) -> String {
    let s = m.secondOfDay
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(m.day.iso) \(two(s / 3600)):\(two(s / 60 % 60))"
  }
}
