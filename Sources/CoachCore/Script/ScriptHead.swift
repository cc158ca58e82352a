/// A script's top-level `id` and `default`, read from its text line by line
/// without parsing the YAML: enough to tell which files a session needs, so
/// that only those are parsed.
///
/// It reads only what it is sure of. The top-level mapping must start at
/// column 0, and `id` and `default` must each be one plain or simply quoted
/// value on the key's own line (a comment after it is fine). Anything else
/// at column 0 that could change what the keys are (a flow collection, a
/// quoted or complex key, an anchor, a second document) gives `nil`, and
/// the caller parses the file instead. A file it reads wrongly at worst
/// names an id the parser then does not confirm, which the caller checks.
public struct ScriptHead: Hashable, Sendable {
  public var id: String
  public var isDefault: Bool

  public init(id: String, isDefault: Bool) {
    self.id = id
    self.isDefault = isDefault
  }

  /// The head of the script in `text`, or `nil` when the text does not say
  /// it plainly enough.
  public static func scan(_ text: String) -> ScriptHead? {
    var text = text
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? nil
  }

  /// One pass over the bytes that looks only at lines starting at column
  /// 0; the others are skipped to their end.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> ScriptHead? {
    var id: String?
    var isDefault: Bool?
    var sawKey = false
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != newline { end += 1 }
      let line = bytes[start..<end]
      start = end + 1
      // Blank lines and comments, indented or not.
      guard let content = line.firstIndex(where: { !isBlank($0) }), line[content] != hash else {
        continue
      }
      if content != line.startIndex {
        // Inside a top-level value; before any key, an indented mapping.
        guard sawKey, line[line.startIndex] == space else { return nil }
        continue
      }
      guard isLetter(line[content]) else { return nil }
      sawKey = true
      let keyEnd = line.firstIndex { !isKeyByte($0) } ?? line.endIndex
      let key = line[..<keyEnd]
      let isID = key.elementsEqual("id".utf8)
      guard isID || key.elementsEqual("default".utf8) else { continue }
      guard let value = value(after: line[keyEnd...]) else { return nil }
      if isID {
        guard id == nil, isIdentifier(value) else { return nil }
        id = value
      } else {
        guard isDefault == nil else { return nil }
        switch value.lowercased() {
        case "true", "yes": isDefault = true
        case "false", "no": isDefault = false
        default: return nil
        }
      }
    }
    guard let id else { return nil }
    return ScriptHead(id: id, isDefault: isDefault ?? false)
  }

  /// The value of `key: value  # comment`, given what follows the key:
  /// `nil` unless a colon and a blank follow it and the value is on this
  /// line.
  private static func value(after rest: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
    guard rest.first == colon else { return nil }
    var value = rest.dropFirst()
    guard let next = value.first, isBlank(next) else { return nil }
    // (An index loop: `indices` of a slice costs a generic lookup at run
    // time, more than the whole scan.)
    var index = value.startIndex + 1
    while index < value.endIndex {
      if value[index] == hash, isBlank(value[index - 1]) {
        value = value[..<index]
        break
      }
      index += 1
    }
    while let last = value.last, isBlank(last) { value = value.dropLast() }
    while let first = value.first, isBlank(first) { value = value.dropFirst() }
    if value.count >= 2, let quote = value.first, quote == doubleQuote || quote == singleQuote,
      value.last == quote
    {
      value = value.dropFirst().dropLast()
    }
    return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
  }

  /// An id the parser accepts, in ASCII: a letter, then letters, digits,
  /// `_` and `-`. (The parser takes other letters too; such an id is left
  /// to it.)
  private static func isIdentifier(_ value: String) -> Bool {
    guard let first = value.utf8.first, isLetter(first) else { return false }
    return value.utf8.allSatisfy(isKeyByte)
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isKeyByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == space || byte == UInt8(ascii: "\t") || byte == carriageReturn
  }

  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let space = UInt8(ascii: " ")
  private static let hash = UInt8(ascii: "#")
  private static let colon = UInt8(ascii: ":")
  private static let doubleQuote = UInt8(ascii: "\"")
  private static let singleQuote = UInt8(ascii: "'")
}
