import CoachCore
import Testing

/// Answers looked up in dictionaries, standing in for a session.
private struct DictionaryEnvironment: ExpressionEnvironment {
  var values: [String: ExprValue]
  var groups: [String: Int] = [:]

  func value(of identifier: String) -> ExprValue { values[identifier] ?? .missing }
  func rounds(of identifier: String) -> Int? { groups[identifier] }
}

private let environment = DictionaryEnvironment(
  values: [
    "years": .number(3),
    "stage": .string("Early"),
    "name": .string("Ada Lovelace"),
    "parts": .list(["Networking", "Skills"]),
    "picked": .list(["skills", "networking"]),
    "empty": .list([]),
    "offers": .bool(true),
    "salary": .number(85_000),
    "bonus": .number(5_000),
    "match": .number(4),
    "cap": .number(6),
    "ratio": .number(2.5),
    "networking.cadence": .string("monthly"),
    "deadline": ExprValue(
      .date(CalendarDay(year: 2026, month: 12, day: 31) ?? .init(dayNumber: 0))),
  ],
  groups: ["goals": 3, "nogoals": 0])

/// The tree as a compact prefix form, so precedence reads at a glance.
private func render(_ expression: ScriptExpression) -> String {
  switch expression {
  case .number(let n): return n == n.rounded() ? String(Int(n)) : String(n)
  case .string(let s): return "\"\(s)\""
  case .bool(let b): return String(b)
  case .identifier(let name, _): return name
  case .not(let x): return "(not \(render(x)))"
  case .negate(let x): return "(neg \(render(x)))"
  case .binary(let op, let l, let r): return "(\(op.rawValue) \(render(l)) \(render(r)))"
  case .call(let name, let args, _): return "\(name)(\(args.map(render).joined(separator: ", ")))"
  }
}

private func parse(_ text: String) -> ScriptExpression? {
  try? ExpressionParser.parse(text).get()
}

private let parseCases: [(String, String)] = [
  ("a or b and c", "(or a (and b c))"),
  ("a and b or c", "(or (and a b) c)"),
  ("a or b or c", "(or (or a b) c)"),
  ("not a and b", "(and (not a) b)"),
  ("not a == b", "(not (== a b))"),
  ("not not a", "(not (not a))"),
  ("! a && b || c", "(or (and (not a) b) c)"),
  ("a == b and c != d", "(and (== a b) (!= c d))"),
  ("1 + 2 * 3", "(+ 1 (* 2 3))"),
  ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
  ("a - b - c", "(- (- a b) c)"),
  ("a / b * c", "(* (/ a b) c)"),
  ("-a * b", "(* (neg a) b)"),
  ("--a", "(neg (neg a))"),
  ("a < b + 1", "(< a (+ b 1))"),
  ("a<=b", "(<= a b)"),
  ("a>=b", "(>= a b)"),
  ("a>b", "(> a b)"),
  ("\"x\" in parts", "(in \"x\" parts)"),
  ("years-1", "years-1"),
  ("years - 1", "(- years 1)"),
  ("years -1", "(- years 1)"),
  ("years- 1", "(- years 1)"),
  ("goals.title == 'x'", "(== goals.title \"x\")"),
  ("has_offers == \"no\"", "(== has_offers \"no\")"),
  ("max(a, b + 1, 3)", "max(a, (+ b 1), 3)"),
  ("min(round(a))", "min(round(a))"),
  ("count(goals) >= 2", "(>= count(goals) 2)"),
  ("answered(salary)", "answered(salary)"),
  ("max", "max"),
  (".5 + 3.25", "(+ 0.5 3.25)"),
  ("'it\\'s'", "\"it's\""),
  ("\"say \\\"hi\\\" \\\\ 'x'\"", "\"say \"hi\" \\ 'x'\""),
  ("true and false", "(and true false)"),
  ("  a\n  and\tb  ", "(and a b)"),
  ("caf\u{E9} == 1", "(== caf\u{E9} 1)"),
  ("((a))", "a"),
]

@Test(arguments: parseCases)
func parsesWithPrecedence(text: String, expected: String) {
  let result = ExpressionParser.parse(text)
  #expect((try? result.get()).map(render) == expected, "\(result)")
}

private let errorCases: [(String, Int, String)] = [
  ("", 1, "empty expression"),
  ("   ", 1, "empty expression"),
  ("years = 5", 7, "unexpected '='; did you mean '=='?"),
  ("(years < 5", 11, "expected ')' after 'years < 5'"),
  ("(years < 5 x", 12, "expected ')' after 'years < 5'"),
  ("maxx(a, b)", 1, "unknown function 'maxx'; did you mean 'max'?"),
  ("a + Max(1)", 5, "unknown function 'Max'; did you mean 'max'?"),
  (
    "cnt(a)", 1,
    "unknown function 'cnt'; the functions are 'min', 'max', 'round', 'count', 'answered'"
  ),
  ("a < b < c", 7, "comparisons do not chain; join them with 'and'"),
  ("a == b in c", 8, "comparisons do not chain; join them with 'and'"),
  ("a ==", 5, "expected a value after 'a =='"),
  ("== 3", 1, "expected a value, found '=='"),
  ("a b", 3, "unexpected 'b' after 'a'"),
  ("a AND b", 3, "unexpected 'AND'; did you mean 'and'?"),
  ("a not b", 3, "unexpected 'not' after 'a'"),
  ("a)", 2, "unexpected ')'; no '(' is open"),
  ("x == 'abc", 6, "unterminated string"),
  ("\"abc\\\"", 1, "unterminated string"),
  ("'a\\nb'", 3, "unknown escape '\\n'; a string allows \\\", \\' and \\\\"),
  ("a =< b", 3, "unexpected '=<'; did you mean '<='?"),
  ("a => b", 3, "unexpected '=>'; did you mean '>='?"),
  ("a <> b", 3, "unexpected '<>'; did you mean '!='?"),
  ("a & b", 3, "unexpected '&'; did you mean 'and'?"),
  ("a | b", 3, "unexpected '|'; did you mean 'or'?"),
  ("a # b", 3, "unexpected character '#'"),
  ("a \u{7} b", 3, "unexpected character 'U+0007'"),
  ("\u{201C}yes\u{201D}", 1, "unexpected '\u{201C}'; use a straight quote \" or '"),
  ("round(a, b)", 1, "'round' takes one argument, found 2"),
  ("count()", 1, "'count' takes one argument, found none"),
  ("min()", 1, "'min' needs at least one argument"),
  ("answered(1 + a)", 10, "'answered' takes a step id, like 'answered(salary)'"),
  ("max(a b)", 7, "expected ',' or ')' after 'max(a'"),
  ("max(a,", 7, "expected a value after 'max(a,'"),
  ("1.2.3", 4, "unexpected '.3' after '1.2'"),
  ("1e3", 2, "unexpected 'e3' after '1'"),
  ("a.", 2, "unexpected character '.'"),
  ("()", 2, "expected a value after '('"),
  ("not", 4, "expected a value after 'not'"),
  ("a in", 5, "expected a value after 'a in'"),
  ("a == not b", 6, "expected a value after 'a =='"),
  ("a +* b", 4, "expected a value after 'a +'"),
  ("-", 2, "expected a value after '-'"),
  ("and", 1, "expected a value, found 'and'"),
  (String(repeating: "9", count: 400), 1, "number is too large"),
  (
    "stage == 'early' and (years < 5 or ratio > 2 and bonus", 55,
    "expected ')' after '…rs < 5 or ratio > 2 and bonus'"
  ),
  (
    String(repeating: "(", count: 65) + "1" + String(repeating: ")", count: 65), 65,
    "expression nests too deeply"
  ),
  ("a" + String(repeating: " + a", count: 64), 255, "expression nests too deeply"),
  (String(repeating: "-", count: 100_000) + "1", 65, "expression nests too deeply"),
  (String(repeating: "not ", count: 100_000) + "a", 257, "expression nests too deeply"),
  (String(repeating: "max(", count: 100), 260, "expression nests too deeply"),
]

@Test(arguments: errorCases)
func reportsMistakes(text: String, column: Int, message: String) {
  let result = ExpressionParser.parse(text)
  #expect(throws: ExpressionError(column: column, message: message)) { try result.get() }
}

@Test func acceptsTheDeepestAllowedNesting() {
  let parens = String(repeating: "(", count: 64) + "1" + String(repeating: ")", count: 64)
  #expect(parse(parens) == .number(1))
  let chain = "a" + String(repeating: " + a", count: 63)
  #expect(parse(chain) != nil)
}

@Test func acceptsLongInput() {
  let long = "'" + String(repeating: "x", count: 1_000_000) + "' in name"
  #expect(parse(long)?.isTrue(in: environment) == false)
  let manyArguments = "max(" + String(repeating: "1, ", count: 100_000) + "2)"
  #expect(parse(manyArguments)?.evaluate(in: environment) == .number(2))
}

private let evaluationCases: [(String, ExprValue)] = [
  ("years", .number(3)),
  ("years < 5", .bool(true)),
  ("years == 3", .bool(true)),
  ("years != 3", .bool(false)),
  ("years >= 3 and years <= 3", .bool(true)),
  ("stage == \"early\"", .bool(true)),
  ("stage != 'EARLY'", .bool(false)),
  ("stage < 'f' and stage > 'A'", .bool(true)),
  ("stage == 'early' and years < 5", .bool(true)),
  ("(years > 2) == true", .bool(true)),
  ("unknown == 1", .bool(false)),
  ("unknown != 1", .bool(false)),
  ("unknown < 1", .bool(false)),
  ("unknown == unknown", .bool(false)),
  ("not (unknown == 1)", .bool(true)),
  ("not unknown", .bool(true)),
  ("not years", .bool(true)),
  ("not offers", .bool(false)),
  ("true or unknown", .bool(true)),
  ("false and unknown", .bool(false)),
  ("years or false", .bool(false)),
  ("offers == true", .bool(true)),
  ("offers == 'yes'", .bool(true)),
  ("offers == 'Yes'", .bool(true)),
  ("'TRUE' == offers", .bool(true)),
  ("offers == 'no'", .bool(false)),
  ("offers != 'no'", .bool(true)),
  ("offers == 'maybe'", .bool(false)),
  ("offers != 'maybe'", .bool(false)),
  ("offers < true", .bool(false)),
  ("years == '3'", .bool(false)),
  ("years != '3'", .bool(false)),
  ("parts == picked", .bool(true)),
  ("parts != picked", .bool(false)),
  ("parts == 'skills'", .bool(false)),
  ("salary + bonus", .number(90_000)),
  ("salary + unknown", .number(85_000)),
  ("unknown + unknown", .number(0)),
  ("-unknown", .number(0)),
  ("salary * min(match, cap) / 100", .number(3_400)),
  ("7 / 2", .number(3.5)),
  ("10 - 2 - 3", .number(5)),
  ("-years * 2", .number(-6)),
  ("stage + 1", .missing),
  ("offers + 1", .missing),
  ("-stage", .missing),
  ("1 / 0", .missing),
  ("1 / unknown", .missing),
  ("1 / 0 == 0", .bool(false)),
  ("round(2.5)", .number(3)),
  ("round(-2.5)", .number(-3)),
  ("round(2.4)", .number(2)),
  ("round(unknown)", .number(0)),
  ("round(stage)", .missing),
  ("max(1, 5, 3)", .number(5)),
  ("min(4, unknown)", .number(0)),
  ("min(ratio)", .number(2.5)),
  ("max(stage, 1)", .missing),
  ("count(parts)", .number(2)),
  ("count(goals)", .number(3)),
  ("count(nogoals)", .number(0)),
  ("count(unknown)", .number(0)),
  ("count(empty)", .number(0)),
  ("count(years)", .missing),
  ("count(goals) >= 2", .bool(true)),
  ("answered(years)", .bool(true)),
  ("answered(unknown)", .bool(false)),
  ("answered(goals)", .bool(true)),
  ("answered(nogoals)", .bool(false)),
  ("'networking' in parts", .bool(true)),
  ("'SKILLS' in parts", .bool(true)),
  ("'skill' in parts", .bool(false)),
  ("'love' in name", .bool(true)),
  ("'LOVE' in name", .bool(true)),
  ("'' in name", .bool(true)),
  ("'x' in empty", .bool(false)),
  ("years in parts", .bool(false)),
  ("'a' in unknown", .bool(false)),
  ("unknown in parts", .bool(false)),
  ("networking.cadence == 'monthly'", .bool(true)),
  ("deadline < '2027-01-01'", .bool(true)),
  ("deadline == '2026-12-31'", .bool(true)),
]

@Test(arguments: evaluationCases)
func evaluates(text: String, expected: ExprValue) {
  let value = parse(text)?.evaluate(in: environment)
  #expect(value == expected)
}

@Test func onlyTrueIsTrue() {
  #expect(parse("offers")?.isTrue(in: environment) == true)
  #expect(parse("years")?.isTrue(in: environment) == false)
  #expect(parse("'yes'")?.isTrue(in: environment) == false)
  #expect(parse("unknown")?.isTrue(in: environment) == false)
}

@Test func listsIdentifiersWithColumns() {
  let expression = parse("a + max(b, c) > count(goals.title) or answered(x-1)")
  let found = expression?.identifiers.map { "\($0.name)@\($0.column)" }
  #expect(found == ["a@1", "b@9", "c@12", "goals.title@23", "x-1@48"])
  #expect(parse("1 + 'a'")?.identifiers.isEmpty == true)
}

@Test func countsColumnsInUnicodeScalars() {
  // "e" and a combining accent are two scalars, as libyaml counts them.
  let expression = parse("'e\u{301}' == x")
  #expect(expression?.identifiers.map(\.column) == [9])
  let error = ExpressionParser.parse("'\u{E9}' = x")
  #expect(throws: ExpressionError(column: 5, message: "unexpected '='; did you mean '=='?")) {
    try error.get()
  }
}

@Test func keepsCallColumns() {
  #expect(
    parse("1 + max(a)")
      == .binary(.plus, .number(1), .call("max", [.identifier("a", column: 9)], column: 5)))
}

@Test func convertsAnswers() {
  #expect(ExprValue(.text("x")) == .string("x"))
  #expect(ExprValue(.number(2)) == .number(2))
  #expect(ExprValue(.bool(false)) == .bool(false))
  #expect(ExprValue(.list(["a"])) == .list(["a"]))
}
private let fragments = [
  "a", "years", "b.c", "x-", "-y", "1", ".5", "2.", "'s'", "\"t\"", "(", ")", ",", "+", "-",
  "*", "/", "==", "!=", "<", "<=", ">", ">=", "=", "!", "&&", "||", "&", "|", "and", "or",
  "not", "in", "true", "false", "min", "max", "round", "count", "answered", "goals", " ",
  "\\", "'", "\"", "\u{E9}", "\u{301}", "#", "\n", "\u{0}", "\u{201C}", "parts", "stage",
]

@Test func survivesRandomInput() {
  var generator = SeededRandom(seed: 20_261_125)
  for round in 0..<20_000 {
    var text = ""
    if round % 4 == 0 {
      let length = Int.random(in: 0...24, using: &generator)
      for _ in 0..<length {
        let value = UInt32.random(in: 0...0x2FF, using: &generator)
        text.unicodeScalars.append(Unicode.Scalar(value) ?? "?")
      }
    } else {
      let count = Int.random(in: 0...30, using: &generator)
      for _ in 0..<count { text += fragments.randomElement(using: &generator) ?? "" }
    }
    let scalars = Array(text.unicodeScalars)
    switch ExpressionParser.parse(text) {
    case .success(let expression):
      _ = expression.evaluate(in: environment)
      for (name, column) in expression.identifiers {
        let at = String(String.UnicodeScalarView(scalars[(column - 1)...]))
        #expect(at.hasPrefix(name), "\(text)")
      }
    case .failure(let error):
      #expect((1...scalars.count + 1).contains(error.column), "\(text)")
      #expect(!error.message.isEmpty)
    }
  }
}
