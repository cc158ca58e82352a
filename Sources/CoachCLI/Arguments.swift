import CoachCore

/// The command line, parsed: a command, its positional arguments and options.
struct Arguments: Equatable {
  enum Command: String, CaseIterable {
    case start, resume, sessions, replay, export, scripts, check, test, graph, completions, help
  }

  var command: Command?
  var positionals: [String] = []
  var dataDir: String?
  var prompts: [String] = []
  var plain = false
  var noColor = false
  var format: String?
  var output: String?
  var show = false
  var strict = false
  /// Re-drive a session over the current scripts instead of its own copies.
  var rescript = false
  /// `export --format ics --events`: all-day events instead of to-dos.
  var events = false
  /// `start --plan SESSION`: continue that session's plan.
  var plan: String?
  /// Do without asking (`sessions rm`).
  var yes = false
  /// Print JSON instead of a table (`sessions`).
  var json = false
  var speed: Double?
  var help = false
  var version = false

  /// Options that take a value, and those that are flags.
  static let valueOptions = [
    "--data-dir", "--prompts", "--format", "-o", "--output", "--speed", "--plan",
  ]
  static let flagOptions = [
    "--plain", "--no-color", "--show", "--strict", "--rescript", "--events", "--yes", "-y",
    "--json",
    "--help", "-h", "--version",
  ]

  /// Options every command takes (PRODUCT.md: "Options everywhere").
  static let commonOptions: Set<String> = [
    "--data-dir", "--prompts", "--plain", "--no-color", "--help", "-h", "--version",
  ]

  /// Parses `args` (without the program name).
  static func parse(_ args: [String]) throws(UsageError) -> Arguments {
    var result = Arguments()
    var index = 0
    var onlyPositionals = false
    /// Options as typed, checked against the command once it is known
    /// (options may come before it).
    var given: [String] = []
    func fail(_ problem: UsageError.Problem) -> UsageError {
      UsageError(problem, command: result.command)
    }
    func value(for option: String) throws(UsageError) -> String {
      index += 1
      // A value that looks like an option is one forgotten ("--data-dir
      // --format json"); a single "-" is a value (stdout for -o).
      guard index < args.count, !args[index].hasPrefix("--") else {
        throw fail(.missingValue(option: option))
      }
      return args[index]
    }
    while index < args.count {
      var arg = args[index]
      var inlineValue: String?
      if !onlyPositionals, arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
        inlineValue = String(arg[arg.index(after: eq)...])
        arg = String(arg[..<eq])
      }
      if onlyPositionals || !arg.hasPrefix("-") || arg == "-" {
        if result.command == nil, !onlyPositionals {
          guard let command = Command(rawValue: arg) else { throw fail(.unknownCommand(arg)) }
          result.command = command
        } else {
          result.positionals.append(arg)
        }
        index += 1
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        index += 1
        continue
      }
      if Self.valueOptions.contains(arg) {
        let v: String
        if let inlineValue { v = inlineValue } else { v = try value(for: arg) }
        guard !v.isEmpty else { throw fail(.emptyValue(option: arg)) }
        switch arg {
        case "--data-dir": result.dataDir = v
        case "--prompts": result.prompts.append(v)
        case "--format": result.format = v
        case "-o", "--output": result.output = v
        case "--plan": result.plan = v
        default:
          guard let speed = Double(v), speed > 0, speed.isFinite else {
            throw fail(.invalidValue(option: arg, value: v, expected: "give a positive number"))
          }
          result.speed = speed
        }
      } else if Self.flagOptions.contains(arg), inlineValue == nil {
        switch arg {
        case "--plain": result.plain = true
        case "--no-color": result.noColor = true
        case "--show": result.show = true
        case "--strict": result.strict = true
        case "--rescript": result.rescript = true
        case "--events": result.events = true
        case "--yes", "-y": result.yes = true
        case "--json": result.json = true
        case "--version": result.version = true
        default: result.help = true
        }
      } else if Self.flagOptions.contains(arg) {
        throw fail(.takesNoValue(option: arg))
      } else {
        throw fail(.unknownOption(arg, suggestions: Self.valueOptions + Self.flagOptions))
      }
      given.append(arg)
      index += 1
    }
    if result.help || result.version { return result }
    let taken = Self.commonOptions.union(result.command?.options ?? [])
    if let foreign = given.first(where: { !taken.contains($0) }) {
      let takers = Command.allCases.filter { $0.options.contains(foreign) }
      throw fail(.optionNotTaken(foreign, takenBy: takers))
    }
    if let limit = result.command?.maxPositionals, result.positionals.count > limit {
      throw fail(.unexpectedArgument(result.positionals[limit], suggestions: []))
    }
    return result
  }
}

extension Arguments.Command {
  /// The options this command takes besides `Arguments.commonOptions`; any
  /// other is a usage error.
  var options: Set<String> {
    switch self {
    case .start: return ["--plan"]
    case .resume: return ["--rescript"]
    case .sessions: return ["--json", "--yes", "-y"]
    case .replay:
      return [
        "--show", "--format", "-o", "--output", "--speed", "--strict", "--rescript", "--events",
      ]
    case .export: return ["--format", "-o", "--output", "--rescript", "--events"]
    case .check: return ["--strict"]
    case .graph: return ["--format"]
    case .scripts, .test, .completions, .help: return []
    }
  }

  /// How many positional arguments the command takes; `nil` for any number.
  var maxPositionals: Int? {
    switch self {
    case .start, .check, .test, .sessions: return nil
    case .scripts: return 0
    case .resume, .replay, .export, .graph, .completions, .help: return 1
    }
  }
}
