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

  /// The width of the line in columns (one per character).
  public var width: Int { spans.reduce(0) { $0 + $1.text.count } }

  /// The line with each styled span between `open(style)` and `close`.
  public func rendered(open: (Style) -> String, close: String) -> String {
    spans.map { span in
      guard let style = span.style else { return span.text }
      return open(style) + span.text + close
    }.joined()
  }

  /// Breaks `spans` at spaces into lines no wider than `width` (a longer
  /// word stays whole): the first line starts with `first`, the others
  /// with `rest` (a hanging indent).
  public static func wrap(
    _ spans: [Span], width: Int, first: String = "", rest: String = ""
  ) -> [StyledLine] {
    wrap(spans, width: width, first: StyledLine(first), rest: rest)
  }

  /// `wrap` after a styled start of the first line.
  public static func wrap(
    _ spans: [Span], width: Int, first: StyledLine, rest: String
  ) -> [StyledLine] {
    // Words, each a list of spans: a word can change style where one span
    // ends and the next begins without a space.
    var words: [[Span]] = []
    var current: [Span] = []
    for span in spans {
      let pieces = span.text.split(separator: " ", omittingEmptySubsequences: false)
      for (i, piece) in pieces.enumerated() {
        if i > 0 {
          if !current.isEmpty { words.append(current) }
          current = []
        }
        if !piece.isEmpty { current.append(Span(String(piece), span.style)) }
      }
    }
    if !current.isEmpty { words.append(current) }
    var lines: [StyledLine] = []
    var line = first
    var lineHasWord = false
    for word in words {
      let wordWidth = word.reduce(0) { $0 + $1.text.count }
      if lineHasWord, line.width + 1 + wordWidth > width {
        lines.append(line)
        line = StyledLine(rest)
        lineHasWord = false
      }
      if lineHasWord {
        let style = line.spans.last?.style == word.first?.style ? word.first?.style : nil
        line.append(Span(" ", style))
      }
      for span in word { line.append(span) }
      lineHasWord = true
    }
    if !lineHasWord { line.trimTrailingSpaces() }
    lines.append(line)
    return lines
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
