import CoachCore

/// `coach completions bash|zsh|fish`: a shell completion script.
extension AppContext {
  func completions() -> Int32 {
    guard let shell = arguments.positionals.first else {
      return usage(.missingArgument(what: "shell", give: "give bash, zsh or fish"))
    }
    guard let text = ShellCompletion.script(for: shell) else {
      return usage(.unknownShell(shell, known: ShellCompletion.shells))
    }
    console.export(text)
    return Exit.ok
  }
}

/// The completion scripts, made from the command line's own lists so they
/// never fall behind it.
enum ShellCompletion {
  static let shells = ["bash", "zsh", "fish"]

  static var commands: [String] { Arguments.Command.allCases.map(\.rawValue) }

  /// The formats `export` and `replay` write; `graph` has its own.
  static let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: " ")
  static let graphFormats = ScriptGraph.Format.allCases.map(\.rawValue).joined(separator: " ")

  /// What each long option is for, in the menus of zsh and fish. A test
  /// checks that every option the command line takes is here.
  static let optionHelp: [String: String] = [
    "--data-dir": "where sessions are kept", "--prompts": "add a folder of scripts",
    "--plain": "no line editing", "--no-color": "no colours", "--help": "show help",
    "--version": "show the version", "--plan": "continue the plan of a session",
    "--rescript": "use the current scripts", "--json": "print JSON", "--yes": "do not ask",
    "--show": "print the conversation", "--format": "output format",
    "--output": "write to FILE", "--speed": "play N times faster",
    "--strict": "warnings are errors", "--events": "events instead of to-dos",
  ]

  /// The long options `command` takes, the common ones first.
  static func options(of command: Arguments.Command?) -> [String] {
    let common = Arguments.commonOptions.filter { $0.hasPrefix("--") }.sorted()
    let own = (command?.options ?? []).filter { $0.hasPrefix("--") }.sorted()
    return common + own.filter { !common.contains($0) }
  }

  /// The long options of `set`, sorted, as one word list.
  static func longOptions(_ set: Set<String>) -> String {
    set.filter { $0.hasPrefix("--") }.sorted().joined(separator: " ")
  }

  /// One `case` arm per command: the options it takes and the common ones,
  /// so Tab never offers an option the command would refuse.
  static var bashOptionCases: String {
    Arguments.Command.allCases.map { command in
      let taken = Arguments.commonOptions.union(command.options)
      return "      \(command.rawValue)) opts=\"\(longOptions(taken))\" ;;"
    }.joined(separator: "\n")
  }

  static func script(for shell: String) -> String? {
    switch shell {
    case "bash": return bash
    case "zsh": return zsh
    case "fish": return fish
    default: return nil
    }
  }

  static var bash: String {
    """
    # bash completion for coach (coach completions bash)
    _coach_ids() {
      command coach sessions 2>/dev/null | awk 'NR > 1 { print $1 }'
    }
    _coach_scripts() {
      command coach scripts 2>/dev/null | awk 'NR > 1 { print $1 }'
    }
    _coach() {
      local cur prev cmd i
      COMPREPLY=()
      cur="${COMP_WORDS[COMP_CWORD]}"
      prev="${COMP_WORDS[COMP_CWORD-1]}"
      cmd=""
      for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
          --data-dir|--prompts|--format|-o|--output|--speed) ((i++)) ;;
          -*) ;;
          *) cmd="${COMP_WORDS[i]}"; break ;;
        esac
      done
      case "$prev" in
        --data-dir|--prompts) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --format)
          if [ "$cmd" = graph ]; then
            COMPREPLY=($(compgen -W "dot mermaid" -- "$cur"))
          else
            COMPREPLY=($(compgen -W "\(formats)" -- "$cur"))
          fi
          return ;;
        --speed) return ;;
      esac
      if [[ "$cur" == -* ]]; then
        local opts
        case "$cmd" in
    \(bashOptionCases)
          *) opts="\(longOptions(Arguments.commonOptions))" ;;
        esac
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
      fi
      case "$cmd" in
        "") COMPREPLY=($(compgen -W "\(commands.joined(separator: " "))" -- "$cur")) ;;
        start|graph) COMPREPLY=($(compgen -W "$(_coach_scripts)" -- "$cur")) ;;
        resume|export) COMPREPLY=($(compgen -W "$(_coach_ids)" -- "$cur")) ;;
        replay|test|check) COMPREPLY=($(compgen -f -- "$cur")) ;;
        sessions) COMPREPLY=($(compgen -W "rm $(_coach_ids)" -- "$cur")) ;;
        completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
        help) COMPREPLY=($(compgen -W "\(commands.joined(separator: " "))" -- "$cur")) ;;
      esac
    }
    complete -F _coach coach

    """
  }

  /// One zsh `_arguments` spec for `option`, as `command` takes it.
  static func zshSpec(_ option: String, for command: Arguments.Command?) -> String {
    let help = optionHelp[option] ?? ""
    switch option {
    case "--data-dir": return "'--data-dir[\(help)]:directory:_files -/'"
    case "--prompts": return "'*--prompts[\(help)]:directory:_files -/'"
    case "--format":
      let names = command == .graph ? graphFormats : formats
      return "'--format[\(help)]:format:(\(names))'"
    case "--output": return "'(-o --output)'{-o,--output}'[\(help)]:file:_files'"
    case "--speed": return "'--speed[\(help)]:times faster:'"
    case "--plan": return "'--plan[\(help)]:session:_coach_ids'"
    case "--yes": return "'(-y --yes)'{-y,--yes}'[\(help)]'"
    default: return "'\(option)[\(help)]'"
    }
  }

  /// The positional arguments of `command`, as zsh specs.
  static func zshArguments(of command: Arguments.Command) -> String {
    switch command {
    case .start: return "'*:script:_coach_scripts'"
    case .graph: return "'1:script:_coach_scripts'"
    case .resume, .export: return "'1:session:_coach_ids'"
    case .sessions: return "'*:session (or rm):_coach_rm_ids'"
    case .replay: return "'1:transcript or session:_files'"
    case .check, .test: return "'*:file:_files'"
    case .completions: return "'1:shell:(bash zsh fish)'"
    case .help: return "'1:command:($commands)'"
    case .scripts: return ""
    }
  }

  static var zshCommandCases: String {
    Arguments.Command.allCases.map { command in
      let specs =
        options(of: command).map { zshSpec($0, for: command) } + [zshArguments(of: command)]
      let line = specs.filter { !$0.isEmpty }.joined(separator: " ")
      return "        \(command.rawValue)) _arguments -s \(line) ;;"
    }.joined(separator: "\n")
  }

  static var zsh: String {
    let described = Arguments.Command.allCases.map { "'\($0.rawValue)'" }.joined(separator: " ")
    let top = options(of: nil).map { zshSpec($0, for: nil) }.joined(separator: " \\\n    ")
    return """
      #compdef coach
      # zsh completion for coach (coach completions zsh)
      _coach_ids() {
        compadd -- ${(f)"$(command coach sessions 2>/dev/null | awk 'NR > 1 { print $1 }')"}
      }
      _coach_rm_ids() {
        compadd rm
        _coach_ids
      }
      _coach_scripts() {
        compadd -- ${(f)"$(command coach scripts 2>/dev/null | awk 'NR > 1 { print $1 }')"}
      }
      _coach() {
        local -a commands
        commands=(\(described))
        local curcontext="$curcontext" state line
        _arguments -C \\
          \(top) \\
          '1:command:($commands)' \\
          '*::argument:->args'
        case $state in
          args)
            curcontext="${curcontext%:*:*}:coach-$words[1]:"
            case $words[1] in
      \(zshCommandCases)
            esac ;;
        esac
      }
      if [ "$funcstack[1]" = "_coach" ]; then _coach "$@"; else compdef _coach coach; fi

      """
  }

  /// One fish line per option: the common ones everywhere, the others
  /// only after a command that takes them.
  static var fishOptionLines: [String] {
    var lines: [String] = []
    for option in options(of: nil) {
      lines.append(fishLine(option, condition: nil, command: nil))
    }
    let common = Set(options(of: nil))
    let own = Set(Arguments.Command.allCases.flatMap { options(of: $0) }).subtracting(common)
    for option in own.sorted() {
      let takers = Arguments.Command.allCases.filter { $0.options.contains(option) }
      if option == "--format" {
        let exporters = takers.filter { $0 != .graph }.map(\.rawValue).joined(separator: " ")
        lines.append(fishLine(option, condition: exporters, command: .export))
        lines.append(fishLine(option, condition: "graph", command: .graph))
      } else {
        let names = takers.map(\.rawValue).joined(separator: " ")
        lines.append(fishLine(option, condition: names, command: takers.first))
      }
    }
    return lines
  }

  static func fishLine(_ option: String, condition: String?, command: Arguments.Command?)
    -> String
  {
    var parts = ["complete -c coach"]
    if let condition { parts.append("-n '__fish_seen_subcommand_from \(condition)'") }
    parts.append("-l \(option.dropFirst(2))")
    switch option {
    case "--data-dir", "--prompts": parts.append("-r -a '(__fish_complete_directories)'")
    case "--output": parts.append("-s o -r -F")
    case "--format": parts.append("-x -a '\(command == .graph ? graphFormats : formats)'")
    case "--speed": parts.append("-x")
    case "--plan":
      parts.append("-x -a '(coach sessions 2>/dev/null | tail -n +2 | string split -f1 \" \")'")
    case "--yes": parts.append("-s y")
    default: break
    }
    parts.append("-d '\(optionHelp[option] ?? "")'")
    return parts.joined(separator: " ")
  }

  static var fish: String {
    var lines = [
      "# fish completion for coach (coach completions fish)",
      "complete -c coach -f",
    ]
    let summaries: [Arguments.Command: String] = [
      .start: "new session", .resume: "continue a session", .sessions: "list sessions",
      .replay: "rebuild a plan from a transcript", .export: "write the plan",
      .scripts: "list scripts", .check: "validate scripts",
      .test: "test scripts against transcripts",
      .graph: "the flow of a script", .completions: "shell completion script", .help: "show help",
    ]
    for command in Arguments.Command.allCases {
      lines.append(
        "complete -c coach -n __fish_use_subcommand -a \(command.rawValue) -d '\(summaries[command] ?? "")'"
      )
    }
    lines += fishOptionLines
    lines += [
      "complete -c coach -n '__fish_seen_subcommand_from start graph' -a '(coach scripts 2>/dev/null | tail -n +2 | string split -f1 \" \")'",
      "complete -c coach -n '__fish_seen_subcommand_from resume export sessions' -a '(coach sessions 2>/dev/null | tail -n +2 | string split -f1 \" \")'",
      "complete -c coach -n '__fish_seen_subcommand_from sessions' -a rm -d 'delete sessions'",
      "complete -c coach -n '__fish_seen_subcommand_from completions' -a 'bash zsh fish'",
      "complete -c coach -n '__fish_seen_subcommand_from help' -a '\(commands.joined(separator: " "))'",
      "complete -c coach -n '__fish_seen_subcommand_from replay test check' -F",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
