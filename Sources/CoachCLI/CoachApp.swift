import CoachCore
import FoundationEssentials
import Glibc

/// The program: parses the command line and runs one command.
public enum CoachApp {
  public static let version = "0.1.0"

  /// Exit statuses of the command-line contract.
  enum Exit {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let interrupted: Int32 = 130
  }

  /// Runs `coach` with `argv` (program name first) and returns the exit status.
  public static func main(_ argv: [String]) -> Int32 {
    // Plans hold salaries: everything created from here on is private.
    umask(0o077)
    // A file over `ulimit -f` must fail with EFBIG and be reported (and its
    // temporary removed), not kill coach with SIGXFSZ.
    signal(SIGXFSZ, SIG_IGN)
    let environment = ProcessInfo.processInfo.environment
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let arguments: Arguments
    let clock: SessionClock
    do throws(Arguments.UsageError) {
      arguments = try Arguments.parse(Array(argv.dropFirst()))
      clock = try SessionClock(environment: environment)
    } catch {
      let console = Console(colors: false)
      console.error("Error: \(error.message)")
      console.error(HelpText.usage(error.command))
      let name = error.command.map { " \($0.rawValue)" } ?? ""
      console.error("  See 'coach help\(name)' for more information.")
      return Exit.usage
    }
    let console = Console(colors: !arguments.noColor && !noColor)
    if arguments.version {
      console.line("coach \(version)")
      return Exit.ok
    }
    if arguments.help || arguments.command == .help {
      return help(arguments, console: console)
    }
    let context = AppContext(
      arguments: arguments, environment: environment, console: console, clock: clock)
    return context.run()
  }

  static func help(_ arguments: Arguments, console: Console) -> Int32 {
    let topic =
      arguments.command == .help ? arguments.positionals.first : arguments.command?.rawValue
    guard let topic else {
      console.line(HelpText.overview)
      return Exit.ok
    }
    guard let command = Arguments.Command(rawValue: topic) else {
      let names = Arguments.Command.allCases.map(\.rawValue)
      let hint = Suggestion.closest(to: topic, in: names).map { " Did you mean '\($0)'?" } ?? ""
      console.error("Error: Unknown command '\(topic)'.\(hint)")
      console.error(HelpText.usage(.help))
      return Exit.usage
    }
    console.line(HelpText.details(command))
    return Exit.ok
  }
}
