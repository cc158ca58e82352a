/// Which way round a numeric date such as 03/04/2027 is read.
public enum NumericDateOrder: String, Hashable, Sendable {
  /// 03/04/2027 is 3 April: most of the world.
  case dayFirst
  /// 03/04/2027 is 4 March: the United States.
  case monthFirst
  /// 2027-04-03: ISO, never ambiguous.
  case yearFirst

  /// The order for a POSIX locale name such as `en_US.UTF-8`: month first
  /// for the United States (`en_US`, `es_US`), day first everywhere else,
  /// including `C` and an unknown locale.
  public init(locale: String) {
    let name = locale.split(separator: ".").first.map(String.init) ?? locale
    self = name.hasSuffix("_US") ? .monthFirst : .dayFirst
  }
}

/// What the parser may assume where a phrase leaves it open.
public struct DeadlineOptions: Hashable, Sendable {
  /// The order of an ambiguous numeric date ("03/04/2027"); a date that can
  /// be read only one way (30/06/2027, 6/30/2027) is read that way.
  public var numericOrder: NumericDateOrder
  /// The month a school or academic year starts, and the month it ends
  /// (on that month's last day, in the following year).
  public var academicYearStart: Int
  public var academicYearEnd: Int

  public init(
    numericOrder: NumericDateOrder = .dayFirst, academicYearStart: Int = 9, academicYearEnd: Int = 6
  ) {
    self.numericOrder = numericOrder
    self.academicYearStart = (1...12).contains(academicYearStart) ? academicYearStart : 9
    self.academicYearEnd = (1...12).contains(academicYearEnd) ? academicYearEnd : 6
  }
}

/// A deadline as the parser understood it, for saying back: the day, and
/// what it assumed to reach it.
public struct DeadlineReading: Hashable, Sendable {
  /// The day (it may be in the past; the caller refuses those).
  public var day: CalendarDay
  /// The words that named it, normalised ("in 2 to 4 weeks").
  public var phrase: String
  /// Whether the words named a range ("in 2 to 4 weeks", "March or
  /// April"); the day is its later end.
  public var isRange: Bool
  /// For a numeric date, the order it was read in.
  public var numericOrder: NumericDateOrder?
  /// Whether that numeric date could also be read the other way
  /// ("03/04/2027"), so saying it back matters.
  public var numericWasAmbiguous: Bool

  public init(
    day: CalendarDay, phrase: String, isRange: Bool = false,
    numericOrder: NumericDateOrder? = nil, numericWasAmbiguous: Bool = false
  ) {
    self.day = day
    self.phrase = phrase
    self.isRange = isRange
    self.numericOrder = numericOrder
    self.numericWasAmbiguous = numericWasAmbiguous
  }

  static let weekdayNames = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The day in words, with what was assumed: "Friday 4 December 2026",
  /// "Friday 25 December 2026 (the later end of the range)", "Saturday 3
  /// April 2027 (03/04/2027 read day first)".
  public var sayBack: String {
    var text = day.inWords
    var notes: [String] = []
    if isRange { notes.append("the later end of the range") }
    if numericWasAmbiguous, let order = numericOrder {
      notes.append("\(phrase) read \(order == .monthFirst ? "month" : "day") first")
    }
    if !notes.isEmpty { text += " (\(notes.joined(separator: "; ")))" }
    return text
  }
}
