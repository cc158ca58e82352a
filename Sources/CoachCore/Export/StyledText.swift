/// Text for a terminal: lines of spans, each plain or bold or dim. The core
/// decides the look; the shell's `Console` turns the styles into escapes on
/// a terminal that wants them, and drops them everywhere else.
public struct StyledLine: Hashable, Sendable {
  public enum Style: Hashable, Sendable {
    case bold, dim
  }

  public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style?

    public init(_ text: String, _ style: Style? = nil) {
      self.text = text
      self.style = style
    }
  }

  public var spans: [Span]

  public init(_ spans: [Span] = []) {
    self.spans = spans
  }

  public init(_ text: String, _ style: Style? = nil) {
    self.spans = text.isEmpty ? [] : [Span(text, style)]
  }

  /// The line without its styles.
  public var plain: String { spans.map(\.text).joined() }

  /// The width of the line in terminal columns (`displayWidth`).
  public var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }

  /// The line with each styled span between `open(style)` and `close`.
  public func rendered(open: (Style) -> String, close: String) -> String {
    spans.map { span in
      guard let style = span.style else { return span.text }
      return open(style) + span.text + close
    }.joined()
  }

  /// Text for one terminal line: line breaks and tabs as spaces (a `long`
  /// answer's lines run on), everything else as `Sanitizer.clean` leaves it.
  public static func oneLine(_ text: String) -> String {
    // Printable ASCII, the usual case, is already one clean line.
    if Sanitizer.isPrintableASCII(text, keepingLayout: false) { return text }
    var out = String.UnicodeScalarView()
    for scalar in Sanitizer.clean(text).unicodeScalars {
      out.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
    }
    return String(out)
  }

  /// Breaks `spans` into lines no wider than `width` columns: at spaces,
  /// between CJK characters, and inside a word longer than the width. The
  /// first line starts with `first`, the others with `rest` (a hanging
  /// indent). Line breaks in the text count as spaces.
  public static func wrap(
    _ spans: [Span], width: Int, first: String = "", rest: String = ""
  ) -> [StyledLine] {
    wrap(spans, width: width, first: StyledLine(first), rest: rest)
  }

  /// `wrap` after a styled start of the first line.
  public static func wrap(
    _ spans: [Span], width: Int, first: StyledLine, rest: String
  ) -> [StyledLine] {
    var lines: [StyledLine] = []
    var line = first
    var start = first.width
    var lineHasWord = false
    func breakLine() {
      lines.append(line)
      line = StyledLine(rest)
      start = line.width
      lineHasWord = false
    }
    for token in tokens(spans) {
      let gap = lineHasWord && token.spaced ? 1 : 0
      if lineHasWord, line.width + gap + token.width > width { breakLine() }
      if lineHasWord, token.spaced {
        let style =
          line.spans.last?.style == token.spans.first?.style ? token.spans.first?.style : nil
        line.append(Span(" ", style))
      }
      if line.width + token.width <= width {
        for span in token.spans { line.append(span) }
      } else {
        // A word longer than the line: as much as fits on each line.
        for span in token.spans {
          for character in span.text {
            if line.width > start, line.width + character.displayWidth > width { breakLine() }
            line.append(String(character), span.style)
          }
        }
      }
      lineHasWord = true
    }
    if !lineHasWord { line.trimTrailingSpaces() }
    lines.append(line)
    return lines
  }

  /// A piece of text a line may not break inside: a word (its spans, since
  /// a word can change style where one span ends and the next begins), or
  /// one CJK character; `spaced` when a space comes before it.
  struct Token {
    var spans: [Span] = []
    var spaced = false
    var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }
  }

  static func tokens(_ spans: [Span]) -> [Token] {
    var tokens: [Token] = []
    var current = Token()
    var spaced = false
    func end() {
      if !current.spans.isEmpty { tokens.append(current) }
      current = Token()
    }
    for span in spans {
      for character in oneLine(span.text) {
        if character == " " {
          end()
          spaced = true
          continue
        }
        if character.breaksFreely { end() }
        if current.spans.isEmpty { current.spaced = spaced }
        spaced = false
        if let last = current.spans.last, last.style == span.style {
          current.spans[current.spans.count - 1].text.append(character)
        } else {
          current.spans.append(Span(String(character), span.style))
        }
        if character.breaksFreely { end() }
      }
    }
    end()
    return tokens
  }

  /// Drops the spaces at the end of the line (after columns whose last
  /// cell is empty).
  mutating func trimTrailingSpaces() {
    while let last = spans.last {
      let kept = String(last.text.reversed().drop { $0 == " " }.reversed())
      if kept.isEmpty {
        spans.removeLast()
        continue
      }
      spans[spans.count - 1].text = kept
      return
    }
  }

  /// Adds `span`, merged into the last span when the style is the same.
  public mutating func append(_ span: Span) {
    guard !span.text.isEmpty else { return }
    if let last = spans.last, last.style == span.style {
      spans[spans.count - 1].text += span.text
    } else {
      spans.append(span)
    }
  }

  /// Adds `text` in `style`.
  public mutating func append(_ text: String, _ style: Style? = nil) {
    append(Span(text, style))
  }
}
