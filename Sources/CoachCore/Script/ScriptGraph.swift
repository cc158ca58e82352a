/// A script's flow as a graph: one node per step, edges in the order the
/// steps run, a condition (`when`) on the edge into its step with a dashed
/// edge past it, repeating groups as clusters with an edge back for
/// another round, jumps (`goto`) as edges to their target and sub-scripts
/// (`run`) as nodes of their own. Rendered as Graphviz dot or Mermaid.
public struct ScriptGraph: Sendable {
  public enum Format: String, CaseIterable, Sendable {
    case dot, mermaid
  }

  struct Node: Sendable {
    var id: String
    var label: String
    var shape: Shape
  }

  enum Shape: Sendable {
    case terminal, say, ask, compute, jump, run
    /// Where the flow joins again after a step that may not run.
    case join
    /// The condition of a group.
    case condition
  }

  struct Edge: Sendable {
    var from: String
    var to: String
    var label: String?
    /// Dashed: the way past a step whose condition is false, or back for
    /// another round of a group.
    var dashed: Bool
  }

  final class Cluster: @unchecked Sendable {
    var id: String
    var label: String
    var nodes: [String] = []
    var children: [Cluster] = []

    init(id: String, label: String) {
      self.id = id
      self.label = label
    }
  }

  let title: String
  private(set) var nodes: [Node] = []
  private(set) var edges: [Edge] = []
  let root = Cluster(id: "", label: "")

  /// The graph of `script`.
  public init(_ script: Script) {
    title = "\(script.id): \(script.title)"
    var builder = Builder()
    builder.add(Node(id: "start", label: "start", shape: .terminal), to: root)
    let end = Node(id: "end", label: "end", shape: .terminal)
    let exits = builder.steps(script.steps, from: ["start"], in: root)
    builder.add(end, to: root)
    for from in exits { builder.edge(from, "end", nil) }
    for (from, target) in builder.jumps {
      builder.edge(from, target == "end" ? "end" : builder.stepNodes[target] ?? "end", nil)
    }
    nodes = builder.nodes
    edges = builder.edges
  }

  /// The graph as text in `format`.
  public func render(_ format: Format) -> String {
    switch format {
    case .dot: return dot()
    case .mermaid: return mermaid()
    }
  }

  // MARK: Building

  private struct Builder {
    var nodes: [Node] = []
    var edges: [Edge] = []
    var stepNodes: [String: String] = [:]
    var jumps: [(String, String)] = []
    var count = 0

    mutating func add(_ node: Node, to cluster: Cluster) {
      nodes.append(node)
      cluster.nodes.append(node.id)
    }

    mutating func edge(_ from: String, _ to: String, _ label: String?, dashed: Bool = false) {
      edges.append(Edge(from: from, to: to, label: label, dashed: dashed))
    }

    /// Adds `steps` after `entry` (the nodes the flow arrives from);
    /// returns the nodes it leaves from.
    mutating func steps(_ steps: [Step], from entry: [String], in cluster: Cluster) -> [String] {
      var frontier = entry
      for step in steps {
        count += 1
        let id = "s\(count)"
        let condition = step.when.map { "when " + $0.source }
        var exits: [String]
        switch step.kind {
        case .group(let group):
          let inner = Cluster(
            id: "cluster_\(group.id)",
            label: "group \(group.id) (\(group.minRounds)–\(group.maxRounds) rounds)")
          cluster.children.append(inner)
          let startCount = count
          let firstID = "s\(count + 1)"
          var into = frontier
          if let condition {
            // The condition on the way in, then the group's own steps.
            let gate = Node(id: id, label: condition, shape: .condition)
            add(gate, to: inner)
            for from in frontier { edge(from, id, nil) }
            into = [id]
          }
          let innerExits = self.steps(group.steps, from: into, in: inner)
          if count > startCount {
            stepNodes[group.id] = condition == nil ? firstID : id
            for from in innerExits { edge(from, firstID, "another round", dashed: true) }
          }
          exits = innerExits
        default:
          let node: Node
          switch step.kind {
          case .say(let t): node = Node(id: id, label: "say: " + Self.short(t.source), shape: .say)
          case .ask(let q):
            node = Node(
              id: id, label: "\(q.id) (\(q.type.rawValue))\n" + Self.short(q.prompt.source),
              shape: .ask)
          case .compute(let c):
            node = Node(
              id: id, label: "\(c.id) = " + Self.short(c.expression.source), shape: .compute)
          case .goto(let target): node = Node(id: id, label: "goto \(target)", shape: .jump)
          case .run(let other): node = Node(id: id, label: "run \(other)", shape: .run)
          case .group: continue
          }
          add(node, to: cluster)
          if let stepID = step.id { stepNodes[stepID] = id }
          for from in frontier { edge(from, id, condition) }
          if case .goto(let target) = step.kind {
            jumps.append((id, target))
            exits = []
          } else {
            exits = [id]
          }
        }
        // A step that may not run: the flow joins again after it, from the
        // step and from the way past it.
        if condition != nil, !frontier.isEmpty {
          let join = "j\(count)"
          add(Node(id: join, label: "", shape: .join), to: cluster)
          for from in exits { edge(from, join, nil) }
          for from in frontier { edge(from, join, "otherwise", dashed: true) }
          frontier = [join]
        } else {
          frontier = exits
        }
      }
      return frontier
    }

    static func short(_ text: String) -> String {
      let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      return line.count > 48 ? String(line.prefix(47)) + "…" : line
    }
  }

  // MARK: Rendering

  func dot() -> String {
    var out = "digraph \(Self.dotQuoted(title)) {\n"
    out += "  rankdir=TB;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
    out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    func cluster(_ c: Cluster, indent: String) {
      for id in c.nodes {
        guard let n = byID[id] else { continue }
        out += "\(indent)\(n.id) [label=\(Self.dotQuoted(n.label)), \(Self.dotShape(n.shape))];\n"
      }
      for child in c.children {
        out += "\(indent)subgraph \(Self.dotQuoted(child.id)) {\n"
        out += "\(indent)  label=\(Self.dotQuoted(child.label)); style=rounded;\n"
        cluster(child, indent: indent + "  ")
        out += "\(indent)}\n"
      }
    }
    cluster(root, indent: "  ")
    for e in edges {
      var attributes: [String] = []
      if let label = e.label { attributes.append("label=\(Self.dotQuoted(label))") }
      if e.dashed { attributes.append("style=dashed") }
      let list = attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]"
      out += "  \(e.from) -> \(e.to)\(list);\n"
    }
    return out + "}\n"
  }

  static func dotShape(_ shape: Shape) -> String {
    switch shape {
    case .terminal: return "shape=circle"
    case .say: return "shape=note"
    case .ask: return "shape=box, style=rounded"
    case .compute: return "shape=parallelogram"
    case .jump: return "shape=cds"
    case .run: return "shape=box3d"
    case .join: return "shape=point"
    case .condition: return "shape=diamond"
    }
  }

  static func dotQuoted(_ text: String) -> String {
    var out = "\""
    for c in text {
      switch c {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      default: out.append(c)
      }
    }
    return out + "\""
  }

  func mermaid() -> String {
    var out = "---\ntitle: \(Self.mermaidText(title))\n---\nflowchart TD\n"
    let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    func cluster(_ c: Cluster, indent: String) {
      for id in c.nodes {
        guard let n = byID[id] else { continue }
        let text = "\"" + Self.mermaidText(n.label) + "\""
        let shaped: String
        switch n.shape {
        case .terminal: shaped = "((\(text)))"
        case .say: shaped = ">\(text)]"
        case .ask: shaped = "(\(text))"
        case .compute: shaped = "[/\(text)/]"
        case .jump: shaped = "{{\(text)}}"
        case .run: shaped = "[[\(text)]]"
        case .join: shaped = "((\" \"))"
        case .condition: shaped = "{\(text)}"
        }
        out += "\(indent)\(n.id)\(shaped)\n"
      }
      for child in c.children {
        out += "\(indent)subgraph \(child.id)[\"\(Self.mermaidText(child.label))\"]\n"
        cluster(child, indent: indent + "  ")
        out += "\(indent)end\n"
      }
    }
    cluster(root, indent: "  ")
    for e in edges {
      let arrow = e.dashed ? "-.->" : "-->"
      let label = e.label.map { "|\"\(Self.mermaidText($0))\"|" } ?? ""
      out += "  \(e.from) \(arrow)\(label) \(e.to)\n"
    }
    return out
  }

  /// Text for inside a Mermaid label's quotes: quotes and markup as
  /// entities, line breaks as `<br/>`.
  static func mermaidText(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "\"": out += "#quot;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "#": out += "#35;"
      case "\n": out += "<br/>"
      default: out.append(c)
      }
    }
    return out
  }
}

extension ScriptExpression {
  /// The expression written back as text, parenthesised where needed.
  public var source: String { written(parentLevel: 0) }

  private static func level(_ op: BinaryOperator) -> Int {
    switch op {
    case .or: return 1
    case .and: return 2
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains: return 4
    case .plus, .minus: return 5
    case .times, .divide: return 6
    }
  }

  private func written(parentLevel: Int) -> String {
    switch self {
    case .number(let d):
      return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    case .string(let s): return "\"" + s + "\""
    case .bool(let b): return b ? "true" : "false"
    case .identifier(let name, _): return name
    case .not(let x):
      let text = "not " + x.written(parentLevel: 3)
      return parentLevel > 3 ? "(\(text))" : text
    case .negate(let x): return "-" + x.written(parentLevel: 7)
    case .binary(let op, let a, let b):
      let l = Self.level(op)
      let text = a.written(parentLevel: l) + " \(op.rawValue) " + b.written(parentLevel: l + 1)
      return l < parentLevel ? "(\(text))" : text
    case .call(let name, let arguments, _):
      return name + "(" + arguments.map { $0.written(parentLevel: 0) }.joined(separator: ", ") + ")"
    }
  }
}
