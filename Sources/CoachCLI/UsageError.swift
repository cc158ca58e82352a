import CoachCore

/// A mistake on the command line, as data: what went wrong and for which
/// command. `CoachApp.report(_:console:)` is the one place it is printed,
/// as `Error: …`, the command's usage line and where to read more.
struct UsageError: Error, Equatable {
  /// What went wrong.
  enum Problem: Equatable {
    /// A first word that names no command.
    case unknownCommand(String)
    /// An option no command takes.
    case unknownOption(String, suggestions: [String])
    /// An option of another command ("coach start --show").
    case optionNotTaken(String, takenBy: [Arguments.Command])
    /// `--data-dir` with nothing after it.
    case missingValue(option: String)
    /// `--data-dir=`.
    case emptyValue(option: String)
    /// `--no-color=1`.
    case takesNoValue(option: String)
    /// A value the option cannot use, and what it wants instead.
    case invalidValue(option: String, value: String, expected: String)
    /// A positional argument past what the command takes.
    case unexpectedArgument(String, suggestions: [String])
    /// A positional argument the command needs, and how to give it.
    case missingArgument(what: String, give: String)
    /// A format that is not one of `formats`.
    case unknownFormat(String, formats: [String])
    /// `-o FILE` whose extension names no format.
    case formatFromFileName(String)
    /// A script id the catalogue does not hold.
    case unknownScript(String, known: [String])
    /// A shell `coach completions` has no script for.
    case unknownShell(String, known: [String])
    /// `COACH_NOW` that is not ISO 8601.
    case invalidClock(String)
    /// An option only one form of the command takes (`--yes` is for
    /// `coach sessions rm`).
    case optionOnlyFor(String, form: String)
  }

  var problem: Problem
  /// The command whose usage is shown, or `nil` for the overview's.
  var command: Arguments.Command?

  init(_ problem: Problem, command: Arguments.Command?) {
    self.problem = problem
    self.command = command
  }

  /// The first line, after `Error: `.
  var message: String {
    switch problem {
    case .unknownCommand(let name):
      let names = Arguments.Command.allCases.map(\.rawValue)
      return "Unknown command '\(name)'.\(Suggestion.didYouMean(name, in: names))"
    case .unknownOption(let name, let suggestions):
      return "Unknown option '\(name)'.\(Suggestion.didYouMean(name, in: suggestions))"
    case .optionNotTaken(let name, let takers):
      let what = command.map { "'coach \($0.rawValue)'" } ?? "'coach' without a command"
      let owners = takers.map(\.rawValue).joined(separator: ", ")
      return "Option '\(name)' does not apply to \(what); it is for: \(owners)."
    case .missingValue(let option):
      return "Missing value for option '\(option)'."
    case .emptyValue(let option):
      return "Empty value for option '\(option)'."
    case .takesNoValue(let option):
      return "Option '\(option)' takes no value."
    case .invalidValue(let option, let value, let expected):
      return "Invalid value '\(value)' for '\(option)': \(expected)."
    case .unexpectedArgument(let argument, let suggestions):
      return "Unexpected argument '\(argument)'.\(Suggestion.didYouMean(argument, in: suggestions))"
    case .missingArgument(let what, let give):
      return "Missing \(what): \(give)."
    case .unknownFormat(let name, let formats):
      let scope = command == .graph ? " for graph" : ""
      return
        "Unknown format '\(name)'\(scope).\(Suggestion.didYouMean(name, in: formats)) Formats: \(formats.joined(separator: ", "))."
    case .formatFromFileName(let file):
      let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
      return
        "Cannot tell the format from '\(file)': give --format (\(names)) or a file ending in .md, .json, .html, .ics, .csv, .org or .txt."
    case .unknownScript(let id, let known):
      let hint = Suggestion.didYouMean(id, in: known)
      return "Unknown script '\(id)'.\(hint.isEmpty ? " See 'coach scripts'." : hint)"
    case .unknownShell(let shell, let known):
      return
        "Unknown shell '\(shell)'.\(Suggestion.didYouMean(shell, in: known)) Shells: \(known.joined(separator: ", "))."
    case .invalidClock(let text):
      return "Invalid COACH_NOW '\(text)': use ISO 8601, like 2026-11-25T09:00:00Z."
    case .optionOnlyFor(let name, let form):
      return "Option '\(name)' applies only to 'coach \(form)'."
    }
  }

  /// The lines printed on stderr: the error, the usage, where to read more.
  var lines: [String] {
    // `coach help nope` points at the overview, not at help on help.
    let name = command.flatMap { $0 == .help ? nil : " \($0.rawValue)" } ?? ""
    return [
      "Error: \(message)", HelpText.usage(command),
      "  See 'coach help\(name)' for more information.",
    ]
  }
}
