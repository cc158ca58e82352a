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
  /// Longest line taken, in bytes; a longer one is refused
  /// (`LineInput.tooLong`), its bytes dropped as they arrive.
  public static let maximumLineBytes = LineLimit.bytes

  private let descriptor: Int32
  /// Bytes read, from `start` on not yet returned; never holds more than
  /// one partial line beyond the complete ones.
  private var pending: [UInt8] = []
  /// Where the bytes not yet returned begin in `pending`. Taking a line
  /// moves it on; the bytes before it are dropped only when more are read,
  /// so a line costs its own bytes, not a move of all those after it.
  private var start = 0
  /// The index in `pending` up to which it has been searched for a
  /// newline (never before `start`).
  private var scanned = 0
  /// The length so far of an over-long line whose bytes are being dropped.
  private var overlong: Int?
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
      if let line = takeLine() { return line }
      if reachedEnd { return takeFinalLine() ?? .endOfInput }
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
  private func takeLine() -> LineInput? {
    let newline = pending[scanned...].firstIndex(of: UInt8(ascii: "\n"))
    guard let newline else {
      scanned = pending.count
      capPartialLine()
      return nil
    }
    let bytes = pending[start..<newline]
    defer {
      start = newline + 1
      scanned = start
      overlong = nil
    }
    if let count = overlong { return .tooLong(bytes: count + bytes.count) }
    return Self.checked(bytes)
  }

  /// At end of input, an unterminated last line still counts.
  private func takeFinalLine() -> LineInput? {
    defer {
      pending = []
      start = 0
      scanned = 0
      overlong = nil
    }
    let rest = pending[start...]
    if let count = overlong { return .tooLong(bytes: count + rest.count) }
    return rest.isEmpty ? nil : Self.checked(rest)
  }

  /// Keeps memory bounded when a line never ends: once it is over the
  /// limit, its bytes are only counted until the next newline.
  private func capPartialLine() {
    let partial = pending.count - start
    if let count = overlong {
      overlong = count + partial
    } else if partial > Self.maximumLineBytes {
      overlong = partial
    } else {
      return
    }
    pending = []
    start = 0
    scanned = 0
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
      // The lines already taken go now, in one move.
      if start > 0 {
        pending.removeSubrange(..<start)
        scanned -= start
        start = 0
      }
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

  /// The line, or `.tooLong` when it is over the limit (a CRLF's carriage
  /// return not counted).
  private static func checked(_ bytes: ArraySlice<UInt8>) -> LineInput {
    var bytes = bytes
    if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
    guard bytes.count <= maximumLineBytes else { return .tooLong(bytes: bytes.count) }
    // Invalid UTF-8 becomes U+FFFD.
    return .line(String(decoding: bytes, as: UTF8.self))
  }
}
