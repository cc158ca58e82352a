import FoundationEssentials

/// Differences between two JSON documents, as paths with their old and new
/// values: `answers."checkin.name".text: "Ada" → "Ada L."`. Objects are
/// compared key by key, arrays index by index.
public enum JSONDiff {
  public struct Change: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// The value before, as JSON text; nil when it was not there.
    public var old: String?
    public var new: String?

    public var description: String {
      switch (old, new) {
      case (nil, let new?): return "+ \(path): \(new)"
      case (let old?, nil): return "- \(path): \(old)"
      default: return "~ \(path): \(old ?? "") → \(new ?? "")"
      }
    }
  }

  /// A JSON value, as read.
  indirect enum Value: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([Value])
    case object([String: Value])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if container.decodeNil() {
        self = .null
      } else if let b = try? container.decode(Bool.self) {
        self = .bool(b)
      } else if let d = try? container.decode(Double.self) {
        self = .number(d)
      } else if let s = try? container.decode(String.self) {
        self = .string(s)
      } else if let a = try? container.decode([Value].self) {
        self = .array(a)
      } else {
        self = .object(try container.decode([String: Value].self))
      }
    }

    var text: String {
      switch self {
      case .null: return "null"
      case .bool(let b): return b ? "true" : "false"
      case .number(let d):
        return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
      case .string(let s): return JSONDiff.quoted(s)
      case .array(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
      case .object(let fields):
        return "{"
          + fields.keys.sorted().map { "\(JSONDiff.quoted($0)): \(fields[$0]?.text ?? "")" }
          .joined(separator: ", ") + "}"
      }
    }
  }

  static func quoted(_ s: String) -> String {
    var out = "\""
    for c in s.unicodeScalars {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default:
        if c.value < 0x20 || c.value == 0x7F {
          out += "\\u" + String(c.value, radix: 16).leftPadded(to: 4)
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out + "\""
  }

  /// The differences between JSON texts `old` and `new`; one change at the
  /// root when either does not parse.
  public static func compare(old: String, new: String) -> [Change] {
    let decoder = JSONDecoder()
    guard let a = try? decoder.decode(Value.self, from: Data(old.utf8)),
      let b = try? decoder.decode(Value.self, from: Data(new.utf8))
    else {
      return old == new ? [] : [Change(path: "(the whole plan)", old: "unreadable", new: "")]
    }
    var changes: [Change] = []
    diff(a, b, path: "", into: &changes)
    return changes
  }

  static func key(_ k: String) -> String {
    let plain =
      !k.isEmpty
      && k.unicodeScalars.allSatisfy {
        ($0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0)) && $0.isASCII
      }
    return plain ? k : quoted(k)
  }

  static func diff(_ a: Value, _ b: Value, path: String, into changes: inout [Change]) {
    guard a != b else { return }
    switch (a, b) {
    case (.object(let x), .object(let y)):
      for k in Set(x.keys).union(y.keys).sorted() {
        let sub = path.isEmpty ? key(k) : "\(path).\(key(k))"
        switch (x[k], y[k]) {
        case (let v?, let w?): diff(v, w, path: sub, into: &changes)
        case (let v?, nil): changes.append(Change(path: sub, old: v.text, new: nil))
        case (nil, let w?): changes.append(Change(path: sub, old: nil, new: w.text))
        default: break
        }
      }
    case (.array(let x), .array(let y)):
      // Items that name themselves (`key`, `id`) are matched by name, so an
      // item added or removed is one change, not a shift of all the rest.
      if let named = Self.byName(x), let others = Self.byName(y) {
        for (name, field) in named.order + others.order.filter({ named.items[$0.0] == nil }) {
          let sub = "\(path)[\(field)=\(name)]"
          switch (named.items[name], others.items[name]) {
          case (let v?, let w?): diff(v, w, path: sub, into: &changes)
          case (let v?, nil): changes.append(Change(path: sub, old: v.text, new: nil))
          case (nil, let w?): changes.append(Change(path: sub, old: nil, new: w.text))
          default: break
          }
        }
        return
      }
      for i in 0..<Swift.max(x.count, y.count) {
        let sub = "\(path)[\(i)]"
        if i < x.count, i < y.count {
          diff(x[i], y[i], path: sub, into: &changes)
        } else if i < x.count {
          changes.append(Change(path: sub, old: x[i].text, new: nil))
        } else {
          changes.append(Change(path: sub, old: nil, new: y[i].text))
        }
      }
    default:
      changes.append(Change(path: path.isEmpty ? "(root)" : path, old: a.text, new: b.text))
    }
  }
}

extension JSONDiff {
  /// The items of an array of objects by their `key` (or `id`) field, when
  /// every item has one and no two share it.
  static func byName(_ items: [Value]) -> (items: [String: Value], order: [(String, String)])? {
    guard !items.isEmpty else { return nil }
    for field in ["key", "id"] {
      var found: [String: Value] = [:]
      var order: [(String, String)] = []
      for item in items {
        guard case .object(let fields) = item, case .string(let name)? = fields[field],
          found[name] == nil
        else {
          found = [:]
          break
        }
        found[name] = item
        order.append((name, field))
      }
      if found.count == items.count { return (found, order) }
    }
    return nil
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: Swift.max(0, width - count)) + self
  }
}
