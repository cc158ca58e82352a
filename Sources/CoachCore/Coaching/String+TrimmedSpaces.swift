extension String {
  /// The text without spaces (and tabs, newlines) at either end.
  var trimmedSpaces: String {
    let chars = Array(self)
    guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
      let last = chars.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(chars[first...last])
  }
}
