/// A coaching script: immutable content read from a YAML file.
public struct Script: Sendable {
  public var id: String
  public var title: String
  public var summary: String?
  /// Whether `coach start` runs this script when none is named.
  public var isDefault: Bool
  public var steps: [Step]
  /// Where the script came from, for diagnostics.
  public var file: String
  /// A hash of the file's bytes, recorded in transcripts.
  public var contentHash: String

  public init(
    id: String, title: String, summary: String? = nil, isDefault: Bool = false, steps: [Step],
    file: String, contentHash: String
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.isDefault = isDefault
    self.steps = steps
    self.file = file
    self.contentHash = contentHash
  }

  /// Every question of the script, groups included, in order.
  public var questions: [Question] {
    var found: [Question] = []
    func collect(_ steps: [Step]) {
      for step in steps {
        switch step.kind {
        case .ask(let q): found.append(q)
        case .group(let g): collect(g.steps)
        default: break
        }
      }
    }
    collect(steps)
    return found
  }
}

/// One step of a script.
public struct Step: Sendable {
  public indirect enum Kind: Sendable {
    /// The coach speaks.
    case say(Template)
    case ask(Question)
    case compute(Computation)
    case group(Group)
    /// Jump forward to a later step id of the same list, or `end`.
    case goto(String)
    /// Run another script's steps here.
    case run(String)
  }

  public var kind: Kind
  public var when: ScriptExpression?
  public var position: TextPosition
  /// Where the `when` expression's text starts, for diagnostics.
  public var whenPosition: TextPosition?
  /// Whether columns inside the `when` text line up with the file (it is on
  /// one line); otherwise diagnostics point at its start.
  public var whenOnOneLine = true

  public init(
    kind: Kind, when: ScriptExpression? = nil, position: TextPosition,
    whenPosition: TextPosition? = nil
  ) {
    self.kind = kind
    self.when = when
    self.position = position
    self.whenPosition = whenPosition
  }

  /// The step's id, for questions, computed values and groups.
  public var id: String? {
    switch kind {
    case .ask(let q): return q.id
    case .compute(let c): return c.id
    case .group(let g): return g.id
    default: return nil
    }
  }
}

/// Text with `{id}` placeholders.
public struct Template: Hashable, Sendable {
  public enum Part: Hashable, Sendable {
    case literal(String)
    case placeholder(String)
  }

  public var parts: [Part]
  public var source: String
  /// Where the text starts in its file (after an opening quote), for
  /// diagnostics; not part of the template's value.
  public var position: TextPosition?
  /// Each placeholder's offset in characters from the text's start, when
  /// the text is on one line so that offsets are columns.
  public var placeholderOffsets: [Int]?

  public init(parts: [Part], source: String) {
    self.parts = parts
    self.source = source
  }

  public static func == (a: Template, b: Template) -> Bool {
    a.parts == b.parts && a.source == b.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(parts)
    hasher.combine(source)
  }

  /// Where the placeholder at `index` (of `placeholders`) is, as well as
  /// known: its `{` on a one-line text, else the text's start.
  public func position(ofPlaceholder index: Int) -> TextPosition? {
    guard let position else { return nil }
    guard let offsets = placeholderOffsets, offsets.indices.contains(index) else {
      return position
    }
    return TextPosition(line: position.line, column: position.column + offsets[index])
  }

  public var placeholders: [String] {
    parts.compactMap { if case .placeholder(let id) = $0 { return id } else { return nil } }
  }
}

/// A question put to the person.
public struct Question: Sendable {
  public var id: String
  public var prompt: Template
  public var type: AnswerType
  public var options: [String]
  public var min: Double?
  public var max: Double?
  public var defaultAnswer: String?
  public var required: Bool
  public var why: String?
  public var isPrivate: Bool
  public var checksSmart: Bool
  /// Whether the SMART follow-ups are asked for missing facets.
  public var smartFollowUps: Bool
  public var plan: String?
  /// Where the `plan` value is, for diagnostics.
  public var planPosition: TextPosition?
  /// For a `date`: the id of an earlier date answer it may not come after
  /// (a milestone and its goal's deadline). An extension (`docs/scripts.md`).
  public var before: String?
  public var beforePosition: TextPosition?
  public var position: TextPosition

  public init(id: String, prompt: Template, type: AnswerType, position: TextPosition) {
    self.id = id
    self.prompt = prompt
    self.type = type
    self.options = []
    self.required = false
    self.isPrivate = false
    self.checksSmart = false
    self.smartFollowUps = true
    self.position = position
  }

  /// A `scale` without `min` and `max` runs from 1 to 5.
  public static let defaultScaleBounds: (min: Double, max: Double) = (1, 5)
  /// A number read as a rating (a job or career rating, a confidence)
  /// without `min` and `max` runs from 0 to 10.
  public static let defaultRatingBounds: (min: Double, max: Double) = (0, 10)

  /// The bounds of a `scale`, which default to 1…5.
  public var scaleBounds: (min: Double, max: Double) {
    (min ?? Self.defaultScaleBounds.min, max ?? Self.defaultScaleBounds.max)
  }

  /// The bounds a rating is read between: a scale's, or a number's `min`
  /// and `max` (0…10 by default).
  public var ratingBounds: (min: Double, max: Double) {
    type == .scale
      ? scaleBounds
      : (min ?? Self.defaultRatingBounds.min, max ?? Self.defaultRatingBounds.max)
  }
}

/// A value the script computes from earlier answers.
public struct Computation: Sendable {
  public var id: String
  public var expression: ScriptExpression
  /// Where the expression's text starts, for diagnostics.
  public var expressionPosition: TextPosition
  /// Whether columns inside the expression line up with the file.
  public var expressionOnOneLine = true
  public var format: AnswerType
  public var say: Template?
  public var plan: String?
}

/// A repeating group of steps (several goals, several offers).
public struct Group: Sendable {
  public var id: String
  public var steps: [Step]
  public var minRounds: Int
  public var maxRounds: Int
  public var more: Template
}
