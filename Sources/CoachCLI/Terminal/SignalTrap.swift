@preconcurrency import CEditShim

/// The process's signal policy for an interactive session.
///
/// Ctrl-C must cancel the line being typed, never the session, and SIGTERM or
/// SIGHUP must save the session before leaving. The handlers (in C, because a
/// handler may only set `sig_atomic_t` flags) therefore only record what
/// arrived; readers notice because their blocking read returns `EINTR` (no
/// `SA_RESTART`) or because the wake pipe becomes readable.
public enum SignalTrap {
  /// Installs the handlers: SIGINT sets `interrupted`; SIGTERM and SIGHUP set
  /// `terminationRequested`; SIGPIPE and SIGXFSZ are ignored, so a closed
  /// pipe or a full disk shows up as a write error that can be reported.
  ///
  /// - Returns: `false` when a handler could not be installed.
  @discardableResult
  public static func install() -> Bool {
    cedit_install_signal_handlers() == 0
  }

  /// True once SIGTERM or SIGHUP has arrived: save and leave.
  public static var terminationRequested: Bool {
    cedit_termination_requested()
  }

  /// True after SIGINT until a reader consumes it.
  public static var interrupted: Bool {
    get { cedit_interrupted() }
    set { cedit_set_interrupted(newValue) }
  }

  /// Returns whether SIGINT arrived since the last call, and clears it.
  public static func consumeInterrupt() -> Bool {
    let wasInterrupted = cedit_interrupted()
    if wasInterrupted { cedit_set_interrupted(false) }
    return wasInterrupted
  }

  /// Returns `true` to exactly one caller.
  ///
  /// End of input and SIGHUP often arrive together when a terminal closes;
  /// whichever path asks first runs the shutdown (save, restore the
  /// terminal), the other just leaves.
  public static func claimShutdown() -> Bool {
    cedit_claim_shutdown()
  }

  /// Read end of the pipe each handled signal writes a byte to, or -1 before
  /// `install()`. Polling it with the input closes the race between checking
  /// the flags and blocking in a read.
  static var wakeDescriptor: Int32 {
    cedit_wake_fd()
  }

  /// Empties the wake pipe once its bytes have been noticed.
  static func drainWakeDescriptor() {
    cedit_drain_wake_fd()
  }
}
