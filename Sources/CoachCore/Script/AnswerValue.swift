/// A typed answer: what the text a person typed means under its question's type.
public enum AnswerValue: Hashable, Sendable {
  /// `text`, `long` and `choice` answers.
  case text(String)
  /// `integer`, `number`, `money`, `percent` and `scale` answers. A percent is
  /// kept as typed: "12%" is 12.
  case number(Double)
  /// `yesno` answers.
  case bool(Bool)
  /// `date` answers: the deadline day.
  case date(CalendarDay)
  /// `multi` and `list` answers.
  case list([String])

  public var number: Double? {
    if case .number(let n) = self { return n }
    return nil
  }

  public var text: String? {
    if case .text(let s) = self { return s }
    return nil
  }

  public var day: CalendarDay? {
    if case .date(let d) = self { return d }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  public var list: [String]? {
    if case .list(let l) = self { return l }
    return nil
  }
}

extension AnswerValue: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let n = try? c.decode(Double.self) {
      self = .number(n)
    } else if let l = try? c.decode([String].self) {
      self = .list(l)
    } else {
      self = .fromJSONString(try c.decode(String.self))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .text(let s): try c.encode(s)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
    case .bool(let b): try c.encode(b)
    case .date(let d): try c.encode(d.iso)
    case .list(let l): try c.encode(l)
    }
  }
}
