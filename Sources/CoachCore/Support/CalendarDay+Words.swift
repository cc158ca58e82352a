extension CalendarDay {
  /// The day in words, with its weekday: `Friday 4 December 2026`.
  public var inWords: String {
    let weekday = DeadlineReading.weekdayNames[(self.weekday - 1) % 7]
    return "\(weekday) \(day) \(DeadlineReading.monthNames[month - 1]) \(year)"
  }
}
