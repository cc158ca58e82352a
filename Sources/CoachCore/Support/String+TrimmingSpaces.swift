extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  public var trimmingSpaces: String {
    // Nearly every answer starts and ends in an ASCII byte that is no
    // space: it is its own trim, and no copy is made. (Every other first
    // or last byte goes the general way.)
    if let first = utf8.first, let last = utf8.last, Self.isASCIIWord(first),
      Self.isASCIIWord(last)
    {
      return self
    }
    return trimmingSpacesInGeneral
  }

  /// `trimmingSpaces` scalar by scalar: what its shortcut must agree with.
  var trimmingSpacesInGeneral: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Whether `byte` is a whole ASCII scalar that is not white space (the
  /// ASCII white space is tab to carriage return, and the space).
  private static func isASCIIWord(_ byte: UInt8) -> Bool {
    byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
  }
}
