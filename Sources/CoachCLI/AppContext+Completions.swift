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

  static let formats = "markdown json html ics csv taskwarrior"

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

  static var zsh: String {
    let described = Arguments.Command.allCases.map { "'\($0.rawValue)'" }.joined(separator: " ")
    return """
      #compdef coach
      # zsh completion for coach (coach completions zsh)
      _coach() {
        local -a commands
        commands=(\(described))
        _arguments -C \\
          '--data-dir[where sessions are kept]:directory:_files -/' \\
          '*--prompts[add a folder of scripts]:directory:_files -/' \\
          '--format[output format]:format:(\(formats) dot mermaid)' \\
          '-o[write to FILE]:file:_files' \\
          '--plain[no line editing]' \\
          '--no-color[no colours]' \\
          '--show[print the conversation]' \\
          '--strict[warnings are errors]' \\
          '--rescript[use the current scripts]' \\
          '--yes[do not ask]' \\
          '--json[print JSON]' \\
          '--help[show help]' \\
          '--version[show the version]' \\
          '1:command:($commands)' \\
          '*::argument:->args'
        case $state in
          args)
            case $words[1] in
              start|graph) compadd -- ${(f)"$(command coach scripts 2>/dev/null | awk 'NR > 1 { print $1 }')"} ;;
              resume|export|sessions) compadd -- ${(f)"$(command coach sessions 2>/dev/null | awk 'NR > 1 { print $1 }')"} ;;
              completions) compadd bash zsh fish ;;
              help) compadd -- $commands ;;
              *) _files ;;
            esac ;;
        esac
      }
      if [ "$funcstack[1]" = "_coach" ]; then _coach "$@"; else compdef _coach coach; fi

      """
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
    lines += [
      "complete -c coach -l data-dir -r -a '(__fish_complete_directories)' -d 'where sessions are kept'",
      "complete -c coach -l prompts -r -a '(__fish_complete_directories)' -d 'add a folder of scripts'",
      "complete -c coach -l format -x -a '\(formats) dot mermaid' -d 'output format'",
      "complete -c coach -s o -r -F -d 'write to FILE'",
      "complete -c coach -l plain -d 'no line editing'",
      "complete -c coach -l no-color -d 'no colours'",
      "complete -c coach -l show -d 'print the conversation'",
      "complete -c coach -l strict -d 'warnings are errors'",
      "complete -c coach -l rescript -d 'use the current scripts'",
      "complete -c coach -l yes -d 'do not ask'",
      "complete -c coach -l json -d 'print JSON'",
      "complete -c coach -l help -d 'show help'",
      "complete -c coach -l version -d 'show the version'",
      "complete -c coach -n '__fish_seen_subcommand_from start graph' -a '(coach scripts 2>/dev/null | tail -n +2 | string split -f1 \" \")'",
      "complete -c coach -n '__fish_seen_subcommand_from resume export sessions' -a '(coach sessions 2>/dev/null | tail -n +2 | string split -f1 \" \")'",
      "complete -c coach -n '__fish_seen_subcommand_from completions' -a 'bash zsh fish'",
      "complete -c coach -n '__fish_seen_subcommand_from replay test check' -F",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
