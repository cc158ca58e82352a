import CoachCore
import Glibc

/// The time, from `COACH_NOW` (for tests) or the system clock with the
/// local UTC offset.
struct SessionClock {
  let fixed: Moment?

  /// Reads `COACH_NOW`; a value that is not ISO 8601 is a usage error.
  init(environment: [String: String]) throws(UsageError) {
    guard let text = environment["COACH_NOW"], !text.isEmpty else {
      fixed = nil
      return
    }
    guard let moment = Moment(iso: text) else {
      throw UsageError(.invalidClock(text), command: nil)
    }
    fixed = moment
  }

  func now() -> Moment {
    if let fixed { return fixed }
    var t = time(nil)
    var local = tm()
    localtime_r(&t, &local)
    return Moment(seconds: Int64(t), utcOffset: local.tm_gmtoff)
  }
}
