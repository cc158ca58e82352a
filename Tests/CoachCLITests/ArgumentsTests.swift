import CoachCore
import Testing

@testable import CoachCLI

/// The command line as data: every command takes its own options and the
/// common ones, and nothing else.
@Suite struct ArgumentsTests {
  /// Every option of the command line, with a value where it takes one.
  static let allOptions: [(option: String, words: [String])] =
    (Arguments.valueOptions.map { ($0, [$0, $0 == "--speed" ? "2" : "x"]) })
    + Arguments.flagOptions.map { ($0, [$0]) }

  /// Each command with every option it does not take.
  static let foreign: [(Arguments.Command, String, [String])] = Arguments.Command.allCases
    .flatMap { command in
      allOptions.filter {
        !Arguments.commonOptions.contains($0.option) && !command.options.contains($0.option)
      }
      .map { (command, $0.option, $0.words) }
    }

  @Test func everyCommandRefusesSomeOption() {
    let commands = Set(Self.foreign.map(\.0))
    #expect(commands == Set(Arguments.Command.allCases))
  }

  @Test(arguments: foreign)
  func aForeignOptionIsAUsageError(command: Arguments.Command, option: String, words: [String]) {
    for args in [[command.rawValue] + words, words + [command.rawValue]] {
      #expect(throws: UsageError.self) { try Arguments.parse(args) }
      do {
        _ = try Arguments.parse(args)
      } catch {
        guard case .optionNotTaken(let name, let takers) = error.problem else {
          Issue.record("\(args): \(error.problem)")
          continue
        }
        #expect(name == option)
        #expect(error.command == command)
        #expect(!takers.isEmpty && takers.allSatisfy { $0.options.contains(option) })
        #expect(error.lines.first?.hasPrefix("Error: Option '\(option)' does not apply") == true)
        #expect(error.lines.dropFirst().first == HelpText.usage(command))
      }
    }
  }

  @Test(arguments: Arguments.Command.allCases)
  func everyCommandTakesItsOwnAndTheCommonOptions(command: Arguments.Command) throws {
    var args = [command.rawValue]
    for (option, words) in Self.allOptions
    where command.options.contains(option) || Arguments.commonOptions.contains(option) {
      if ["--help", "-h", "--version"].contains(option) { continue }
      args += words
    }
    let parsed = try Arguments.parse(args)
    #expect(parsed.command == command)
  }

  @Test func withoutACommandOnlyTheCommonOptions() throws {
    #expect(try Arguments.parse(["--plain", "--no-color", "--data-dir", "d"]).command == nil)
    #expect(throws: UsageError(.optionNotTaken("--show", takenBy: [.replay]), command: nil)) {
      try Arguments.parse(["--show"])
    }
  }

  @Test func helpWinsOverAForeignOption() throws {
    #expect(try Arguments.parse(["start", "--show", "--help"]).help)
  }

  @Test(arguments: [
    (
      ["strat"], UsageError.Problem.unknownCommand("strat"),
      "Unknown command 'strat'. Did you mean 'start'?"
    ),
    (
      ["export", "--fomat"], .unknownOption("--fomat", suggestions: []),
      "Unknown option '--fomat'. Did you mean '--format'?"
    ),
    (["export", "-o"], .missingValue(option: "-o"), "Missing value for option '-o'."),
    (
      ["replay", "x", "--speed=0"],
      .invalidValue(option: "--speed", value: "0", expected: "give a positive number"),
      "Invalid value '0' for '--speed': give a positive number."
    ),
  ])
  func mistakesAreNamedCases(args: [String], problem: UsageError.Problem, message: String) {
    do {
      _ = try Arguments.parse(args)
      Issue.record("\(args) parsed")
    } catch {
      if case .unknownOption = problem {
        guard case .unknownOption = error.problem else {
          Issue.record("\(error.problem)")
          return
        }
      } else {
        #expect(error.problem == problem)
      }
      #expect(error.message == message)
    }
  }

  @Test func oneDidYouMeanHelper() {
    #expect(Suggestion.didYouMean("mermiad", in: ["dot", "mermaid"]) == " Did you mean 'mermaid'?")
    #expect(Suggestion.didYouMean("xyz", in: ["dot", "mermaid"]) == "")
    #expect(Suggestion.hint(for: "nubmer", in: ["number"]) == "; did you mean 'number'?")
  }
}

/// The help of each command names every option it takes.
@Suite struct HelpTextTests {
  @Test(arguments: Arguments.Command.allCases)
  func helpNamesEveryOption(command: Arguments.Command) {
    let text = HelpText.details(command)
    for option in command.options.sorted() {
      #expect(text.contains(option), "'coach help \(command.rawValue)' does not name \(option)")
    }
  }

  /// zsh and fish describe every long option; bash needs no words for it.
  @Test func theShellMenusDescribeEveryOption() {
    let long = (Arguments.valueOptions + Arguments.flagOptions).filter { $0.hasPrefix("--") }
    for option in long {
      #expect(ShellCompletion.optionHelp[option] != nil, "\(option) has no description")
    }
    #expect(Set(ShellCompletion.optionHelp.keys) == Set(long))
  }
}
