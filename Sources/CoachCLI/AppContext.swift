import CoachCore
import Glibc

/// What every command needs: the arguments, where things live, the scripts,
/// the clock and the way out to the terminal.
struct AppContext {
  let arguments: Arguments
  let environment: [String: String]
  let console: Console
  let clock: SessionClock
  let paths: Paths
  let store: any FileStore

  init(arguments: Arguments, environment: [String: String], console: Console, clock: SessionClock) {
    self.arguments = arguments
    self.environment = environment
    self.store = TestFaultHook.makeStore(environment: environment)
    self.console = console
    self.clock = clock
    self.paths = Paths(arguments: arguments, environment: environment)
  }

  var layout: SessionLayout { SessionLayout(dataDirectory: paths.dataDirectory) }

  func run() -> Int32 {
    if needsDataDirectory, let problem = paths.dataDirectoryProblem() { return fail(problem) }
    switch arguments.command {
    case .check?: return check()
    case .test?: return test()
    case .graph?: return graph()
    case .completions?: return completions()
    case .scripts?: return listScripts()
    case .sessions?: return listSessions()
    case .export?: return export()
    case .replay?: return replay()
    case .start?: return start(arguments.positionals)
    case .resume?: return resume(arguments.positionals.first)
    case nil:
      guard arguments.positionals.isEmpty else {
        return usage(.unexpectedArgument(arguments.positionals[0], suggestions: []))
      }
      return startOrResume()
    case .help?: return Exit.ok
    }
  }

  /// Reports a usage error of the command being run; returns 64.
  func usage(_ problem: UsageError.Problem) -> Int32 {
    CoachApp.report(UsageError(problem, command: arguments.command), console: console)
  }

  func fail(_ message: String, status: Int32 = CoachApp.Exit.failure) -> Int32 {
    console.error(
      message.hasPrefix("error:") || message.contains(": error:") ? message : "error: \(message)")
    return status
  }

  typealias Exit = CoachApp.Exit

  /// A command to suggest, with the `--data-dir` and `--prompts` in use,
  /// so following the hint reaches the same session and scripts.
  func suggestion(_ words: String...) -> String {
    // Appended word by word: `joined(separator:)` on these words had its
    // types looked up at run time, before the first prompt.
    var command = "coach"
    for word in words { command += " " + word }
    if let dir = arguments.dataDir { command += " --data-dir " + Self.shellQuoted(dir) }
    for dir in arguments.prompts { command += " --prompts " + Self.shellQuoted(dir) }
    return command
  }

  /// `text` as one word for a POSIX shell.
  static func shellQuoted(_ text: String) -> String {
    let safe = text.utf8.allSatisfy { c in
      (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z"))
        || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
        || "/._-+=:,@%".utf8.contains(c)
    }
    if safe, !text.isEmpty { return text }
    return "'"
      + text.split(separator: "'", omittingEmptySubsequences: false).joined(
        separator: "'\\''") + "'"
  }
}

/// A command that already reported its failure, carrying the exit status.
struct ExitStatus: Error {
  let code: Int32
}
