@preconcurrency import CEditShim
import Glibc

/// Reads lines from standard input when it is not a terminal (a pipe, a file,
/// `--plain`).
///
/// It reads bytes with `read(2)` into its own buffer rather than using Swift's
/// `readLine()`: a signal then interrupts the wait, so SIGTERM and SIGHUP are
/// noticed even while no input arrives, and the bytes are decoded leniently
/// (invalid UTF-8 becomes U+FFFD instead of ending the session).
public final class PlainLineReader: LineReader {
  /// Longest line kept, in bytes; the rest of a longer line is dropped.
  public static let maximumLineBytes = 64 * 1024

  private let descriptor: Int32
  /// Bytes read but not yet returned; never holds more than one partial line
  /// beyond the complete ones.
  private var pending: [UInt8] = []
  /// Bytes of `pending` already searched for a newline.
  private var scanned = 0
  /// The kept start of an over-long line whose rest is being dropped.
  private var overflow: [UInt8]?
  private var reachedEnd = false
  private var chunk = [UInt8](repeating: 0, count: 16 * 1024)

  /// - Parameter descriptor: The file descriptor to read, standard input by
  ///   default.
  public init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  public func readLine(prompt: String, completions: [String]) -> LineInput {
    if !prompt.isEmpty { cedit_put_stdout(prompt) }
    while true {
      if SignalTrap.terminationRequested { return .terminated }
      if let line = takeLine() { return .line(line) }
      if reachedEnd { return takeFinalLine().map(LineInput.line) ?? .endOfInput }
      switch fill() {
      case .interrupted where SignalTrap.terminationRequested:
        return .terminated
      case .interrupted where SignalTrap.consumeInterrupt():
        return .cancelled
      case .interrupted, .filled:
        continue
      }
    }
  }

  public func remember(_ line: String) {}

  public func close() {}

  /// Returns the next complete line in `pending`, if any.
  private func takeLine() -> String? {
    let newline = pending[scanned...].firstIndex(of: UInt8(ascii: "\n"))
    guard let newline else {
      scanned = pending.count
      capPartialLine()
      return nil
    }
    var bytes = Array(pending[..<newline])
    pending.removeSubrange(...newline)
    scanned = 0
    if let kept = overflow {
      bytes = kept
      overflow = nil
    }
    return Self.decode(Self.capped(bytes))
  }

  /// At end of input, an unterminated last line still counts.
  private func takeFinalLine() -> String? {
    defer {
      pending = []
      scanned = 0
      overflow = nil
    }
    if let kept = overflow { return Self.decode(kept) }
    return pending.isEmpty ? nil : Self.decode(Self.capped(pending))
  }

  /// Keeps memory bounded when a line never ends: the first
  /// `maximumLineBytes` are kept, the rest dropped until the next newline.
  private func capPartialLine() {
    if overflow != nil {
      pending = []
      scanned = 0
    } else if pending.count > Self.maximumLineBytes {
      overflow = Self.capped(pending)
      pending = []
      scanned = 0
    }
  }

  private enum FillResult { case filled, interrupted }

  /// Waits for input or a signal, then reads what is available.
  private func fill() -> FillResult {
    let wake = SignalTrap.wakeDescriptor
    var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
    if wake >= 0 { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
    let ready = poll(&fds, nfds_t(fds.count), -1)
    if ready < 0 {
      if errno == EINTR { return .interrupted }
      reachedEnd = true
      return .filled
    }
    if fds.count > 1 && fds[1].revents != 0 {
      SignalTrap.drainWakeDescriptor()
      return .interrupted
    }
    if fds[0].revents & Int16(POLLNVAL) != 0 {
      reachedEnd = true
      return .filled
    }
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      pending.append(contentsOf: chunk[..<count])
    } else if count == 0 {
      reachedEnd = true
    } else if errno == EINTR {
      return .interrupted
    } else if errno != EAGAIN {
      reachedEnd = true
    }
    return .filled
  }

  /// The first `maximumLineBytes` of `bytes`, cut before a UTF-8 sequence
  /// that would not fit whole.
  private static func capped(_ bytes: [UInt8]) -> [UInt8] {
    guard bytes.count > maximumLineBytes else { return bytes }
    var end = maximumLineBytes
    while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
    return Array(bytes[..<end])
  }

  /// Decodes a line, dropping a trailing carriage return (CRLF input) and
  /// replacing invalid UTF-8 with U+FFFD.
  private static func decode(_ bytes: [UInt8]) -> String {
    var bytes = bytes[...]
    if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
    return String(decoding: bytes, as: UTF8.self)
  }
}
