import CoachCore

/// The command line, parsed: a command, its positional arguments and options.
struct Arguments: Equatable {
  enum Command: String, CaseIterable {
    case start, resume, sessions, replay, export, scripts, check, help
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
  var speed: Double?
  var help = false
  var version = false

  /// Options that take a value, and those that are flags.
  static let valueOptions = [
    "--data-dir", "--prompts", "--format", "-o", "--output", "--speed", "--plan",
  ]
  static let flagOptions = [
    "--plain", "--no-color", "--show", "--strict", "--rescript", "--events", "--help", "-h",
    "--version",
  ]

  /// A usage mistake, printed as `Error: …` with the command's usage line.
  struct UsageError: Error, Equatable {
    var message: String
    var command: Command?
  }

  /// Parses `args` (without the program name).
  static func parse(_ args: [String]) throws(UsageError) -> Arguments {
    var result = Arguments()
    var index = 0
    var onlyPositionals = false
    func value(for option: String) throws(UsageError) -> String {
      index += 1
      // A value that looks like an option is one forgotten ("--data-dir
      // --format json"); a single "-" is a value (stdout for -o).
      guard index < args.count, !args[index].hasPrefix("--") else {
        throw UsageError(message: "Missing value for option '\(option)'.", command: result.command)
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
          guard let command = Command(rawValue: arg) else {
            let names = Command.allCases.map(\.rawValue)
            let hint = Suggestion.closest(to: arg, in: names).map { " Did you mean '\($0)'?" } ?? ""
            throw UsageError(message: "Unknown command '\(arg)'.\(hint)", command: nil)
          }
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
        guard !v.isEmpty else {
          throw UsageError(message: "Empty value for option '\(arg)'.", command: result.command)
        }
        switch arg {
        case "--data-dir": result.dataDir = v
        case "--prompts": result.prompts.append(v)
        case "--format": result.format = v
        case "-o", "--output": result.output = v
        case "--plan": result.plan = v
        default:
          guard let speed = Double(v), speed > 0, speed.isFinite else {
            throw UsageError(
              message: "Invalid value '\(v)' for '--speed': give a positive number.",
              command: result.command)
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
        case "--version": result.version = true
        default: result.help = true
        }
      } else if Self.flagOptions.contains(arg) {
        throw UsageError(message: "Option '\(arg)' takes no value.", command: result.command)
      } else {
        let hint =
          Suggestion.closest(to: arg, in: Self.valueOptions + Self.flagOptions)
          .map { " Did you mean '\($0)'?" } ?? ""
        throw UsageError(message: "Unknown option '\(arg)'.\(hint)", command: result.command)
      }
      index += 1
    }
    if !result.help, !result.version, let limit = result.command?.maxPositionals,
      result.positionals.count > limit
    {
      throw UsageError(
        message: "Unexpected argument '\(result.positionals[limit])'.", command: result.command)
    }
    return result
  }
}

extension Arguments.Command {
  /// How many positional arguments the command takes; `nil` for any number.
  var maxPositionals: Int? {
    switch self {
    case .start, .check: return nil
    case .sessions, .scripts: return 0
    case .resume, .replay, .export, .help: return 1
    }
  }
}
