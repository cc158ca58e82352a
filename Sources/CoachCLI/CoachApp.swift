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
    let clock: Clock
    do throws(Arguments.UsageError) {
      arguments = try Arguments.parse(Array(argv.dropFirst()))
      clock = try Clock(environment: environment)
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

/// What every command needs: the arguments, where things live, the scripts,
/// the clock and the way out to the terminal.
struct AppContext {
  let arguments: Arguments
  let environment: [String: String]
  let console: Console
  let clock: Clock
  let paths: Paths
  let store: any FileStore

  init(arguments: Arguments, environment: [String: String], console: Console, clock: Clock) {
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
    case .scripts?: return listScripts()
    case .sessions?: return listSessions()
    case .export?: return export()
    case .replay?: return replay()
    case .start?: return start(arguments.positionals)
    case .resume?: return resume(arguments.positionals.first)
    case nil:
      guard arguments.positionals.isEmpty else {
        return usage("Unexpected argument '\(arguments.positionals[0])'.")
      }
      return startOrResume()
    case .help?: return Exit.ok
    }
  }

  func usage(_ message: String) -> Int32 {
    console.error("Error: \(message)")
    console.error(HelpText.usage(arguments.command))
    let name = arguments.command.map { " \($0.rawValue)" } ?? ""
    console.error("  See 'coach help\(name)' for more information.")
    return CoachApp.Exit.usage
  }

  func fail(_ message: String, status: Int32 = CoachApp.Exit.failure) -> Int32 {
    console.error(
      message.hasPrefix("error:") || message.contains(": error:") ? message : "error: \(message)")
    return status
  }

  typealias Exit = CoachApp.Exit

  /// The built-in scripts and the `--prompts` folders, a later folder's
  /// script replacing an earlier one's of the same id.
  ///
  /// A replacement may drop steps that a lower layer's script refers to
  /// (`career.stage`); those references become warnings, not errors: at
  /// run time they are simply unanswered. The catalog is `nil` only when
  /// there are errors.
  func loadCatalog() -> (ScriptCatalog?, [Diagnostic]) {
    var layers: [[String]] = []
    if let builtIn = Paths.builtInPrompts(environment: environment) { layers.append([builtIn]) }
    for dir in arguments.prompts { layers.append([dir]) }
    let loader = ScriptLoader(store: store)
    var all: [Script] = []
    var diagnostics: [Diagnostic] = []
    var layerOfFile: [String: Int] = [:]
    var replacedAt: [String: Int] = [:]
    for (layer, paths) in layers.enumerated() {
      let (scripts, found) = loader.load(paths)
      diagnostics += found + ScriptValidator.duplicateIDs(in: scripts)
      for script in scripts {
        if all.contains(where: { $0.id == script.id }) { replacedAt[script.id] = layer }
        all.removeAll { $0.id == script.id }
        all.append(script)
        layerOfFile[script.file] = layer
      }
    }
    for var d in ScriptValidator.validate(all) where !d.message.hasPrefix("duplicate script id") {
      if let other = d.referencedScript, let replaced = replacedAt[other],
        let layer = layerOfFile[d.file], layer < replaced
      {
        d.severity = .warning
      }
      diagnostics.append(d)
    }
    if all.isEmpty, diagnostics.isEmpty {
      diagnostics.append(
        Diagnostic(file: "Prompts", position: nil, message: "no scripts found; use --prompts DIR"))
    }
    let failed = diagnostics.contains { $0.severity == .error }
    return (failed ? nil : ScriptCatalog(all), diagnostics.sortedByPosition())
  }

  /// The catalog, or the diagnostics printed and exit 65.
  func catalogOrReport() -> Result<ScriptCatalog, ExitStatus> {
    let (catalog, diagnostics) = loadCatalog()
    guard let catalog else {
      for d in diagnostics where d.severity == .error { console.error(d.description) }
      return .failure(ExitStatus(code: Exit.badData))
    }
    return .success(catalog)
  }

  func check() -> Int32 {
    let loader = ScriptLoader(store: store)
    if arguments.positionals.isEmpty {
      let (_, diagnostics) = loadCatalog()
      for d in diagnostics { console.error(d.description) }
      return report(diagnostics)
    }
    let (scripts, found) = loader.load(arguments.positionals)
    var context: [Script] = []
    if let builtIn = Paths.builtInPrompts(environment: environment) {
      context = loader.load([builtIn]).scripts
    }
    let diagnostics = (found + ScriptValidator.validate(scripts, context: context))
      .sortedByPosition()
    for d in diagnostics { console.error(d.description) }
    return report(diagnostics, files: scripts.count)
  }

  func report(_ diagnostics: [Diagnostic], files: Int? = nil) -> Int32 {
    let errors = diagnostics.filter { $0.severity == .error }.count
    if errors > 0 {
      console.error("\(errors) error\(errors == 1 ? "" : "s") found.")
      return Exit.badData
    }
    let warnings = diagnostics.count
    if warnings > 0 {
      console.line("\(warnings) warning\(warnings == 1 ? "" : "s"), no errors found.")
    } else if let files {
      console.line("\(files) script\(files == 1 ? "" : "s") checked, no problems found.")
    } else {
      console.line("No problems found.")
    }
    return Exit.ok
  }

  func listScripts() -> Int32 {
    guard case .success(let catalog) = catalogOrReport() else { return Exit.badData }
    let width = catalog.ordered.map { $0.id.count }.max() ?? 2
    for script in catalog.ordered {
      let pad = String(repeating: " ", count: max(0, width - script.id.count))
      let count = script.questions.count
      let mark = script.isDefault ? " (default)" : ""
      console.line(
        "\(script.id)\(pad)  \(script.title)\(mark)  \(count) question\(count == 1 ? "" : "s")")
    }
    return Exit.ok
  }
}

/// A command that already reported its failure, carrying the exit status.
struct ExitStatus: Error {
  let code: Int32
}
