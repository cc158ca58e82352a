import CoachCore
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
    let environment = ProcessEnvironment.current()
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let arguments: Arguments
    let clock: SessionClock
    do throws(UsageError) {
      arguments = try Arguments.parse(Array(argv.dropFirst()))
      clock = try SessionClock(environment: environment)
    } catch {
      return report(error, console: Console(colors: false))
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

  /// Prints a usage error on stderr: the one place the `Error:` / `Usage:`
  /// / `See 'coach help …'` block is written.
  ///
  /// - Returns: The usage exit status, 64.
  static func report(_ error: UsageError, console: Console) -> Int32 {
    for line in error.lines { console.error(line) }
    return Exit.usage
  }

  static func help(_ arguments: Arguments, console: Console) -> Int32 {
    let topic =
      arguments.command == .help ? arguments.positionals.first : arguments.command?.rawValue
    guard let topic else {
      console.line(HelpText.overview)
      return Exit.ok
    }
    guard let command = Arguments.Command(rawValue: topic) else {
      return report(UsageError(.unknownCommand(topic), command: .help), console: console)
    }
    console.line(HelpText.details(command))
    return Exit.ok
  }
}
