import Glibc

/// Holds back SIGINT, SIGTERM and SIGHUP while a temporary file exists.
///
/// A signal that arrives meanwhile is delivered by `end()`, once the file is
/// renamed into place or removed, so its default action (or the session's
/// handler) never leaves a `.NAME.tmp-PID-N` with a whole plan in it behind.
/// SIGKILL cannot be held back: the sweep on the next save clears up after it.
struct SignalBlock {
  private var previous = sigset_t()

  init() {
    var held = sigset_t()
    sigemptyset(&held)
    for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signal) }
    pthread_sigmask(SIG_BLOCK, &held, &previous)
  }

  /// Restores the mask, delivering whatever signal waited.
  func end() {
    var mask = previous
    pthread_sigmask(SIG_SETMASK, &mask, nil)
  }
}
