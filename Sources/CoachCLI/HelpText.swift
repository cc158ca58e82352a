/// The help and usage texts of the command line.
enum HelpText {
  static let overview = """
    coach: a career coach in your terminal.

    Usage: coach [COMMAND] [OPTIONS]

    Commands:
      (none)                       start a new session, or offer to resume the unfinished one
      start [SCRIPT...]            new session over the given scripts (default: the full path)
      resume [ID]                  continue the latest (or the given) unfinished session
      sessions [--json]            list sessions: id, name, started, scripts done, answers, goals
      sessions rm ID... [--yes]    delete sessions (asks on a terminal; --yes otherwise)
      replay FILE|ID [--show] [--format F] [--speed N] [--strict]
                                   rebuild the plan from a transcript and print it
      export [ID] [--format F] [-o FILE]
                                   write the plan of the latest (or given) session
      scripts                      list available scripts
      check [PATH...] [--strict]   validate scripts (exit 0 when clean, 65 on errors;
                                   --strict: warnings too)
      test [FILE...]               re-drive recorded transcripts against the current scripts
                                   (exit 1 on a difference; no FILE: Prompts/tests/)
      graph SCRIPT [--format dot|mermaid]
                                   the script's flow: steps, conditions, groups, jumps
      completions bash|zsh|fish    print a shell completion script
      help [COMMAND]               show help

    Options:
      --data-dir DIR     where sessions are kept (default $COACH_HOME, else
                         $XDG_DATA_HOME/coach, else ~/.local/share/coach)
      --prompts DIR      add a folder of scripts (same id replaces a built-in one)
      --plain            no line editing
      --no-color         no colours (also NO_COLOR)
      --help, --version

    Formats: markdown, json, html, ics, csv, taskwarrior, org, todotxt.
    COACH_NOW (ISO 8601) fixes the clock, for tests.
    """

  static func usage(_ command: Arguments.Command?) -> String {
    switch command {
    case .start?:
      return
        "Usage: coach start [SCRIPT...] [--plan <session>] [--data-dir <dir>] [--prompts <dir>] [--plain]"
    case .resume?: return "Usage: coach resume [ID] [--rescript] [--data-dir <dir>] [--plain]"
    case .sessions?:
      return
        "Usage: coach sessions [--json] [--data-dir <dir>]\n       coach sessions rm <id>... [--yes]"
    case .replay?:
      return
        "Usage: coach replay <file|id> [--show] [--speed <n>] [--strict] [--rescript]\n"
        + "                    [--format <format>] [-o <file>] [--events]"
    case .export?:
      return "Usage: coach export [ID] [--format <format>] [-o <file>] [--events] [--rescript]"
    case .scripts?: return "Usage: coach scripts [--prompts <dir>]"
    case .check?: return "Usage: coach check [PATH...] [--strict]"
    case .test?: return "Usage: coach test [FILE...] [--prompts <dir>]"
    case .graph?: return "Usage: coach graph <script> [--format dot|mermaid]"
    case .completions?: return "Usage: coach completions bash|zsh|fish"
    case .help?: return "Usage: coach help [COMMAND]"
    case nil: return "Usage: coach [COMMAND] [OPTIONS]"
    }
  }

  static func details(_ command: Arguments.Command) -> String {
    let body: String
    switch command {
    case .start:
      body = """
        Starts a new session over the given scripts, in order. With no script it runs
        the full path (the script marked 'default: true'), which lets you choose parts.
        Answers are saved after each one; Ctrl-D, /quit, SIGTERM or SIGHUP save and
        leave, and `coach resume` continues.

        --plan SESSION continues the plan of an earlier session (a check-in or review
        months later): the new session keeps that plan's id, so the commitments it
        exports keep their ids in your calendar and task list.
        """
    case .resume:
      body = """
        Continues the latest unfinished session (or the session ID) at the first
        unanswered question. Answered questions are never asked again. --rescript
        goes on over the current scripts instead of the session's own copies, and
        first says what changed.
        """
    case .sessions:
      body = """
        Lists sessions: id, name, started, last activity, scripts, answers, goals,
        finished; --json prints them as a JSON array instead.
        'coach sessions rm ID...' deletes sessions: it asks first on a terminal, and
        needs --yes (-y) when standard input is not one.
        """
    case .replay:
      body = """
        Re-drives the current scripts with a transcript's recorded answers and prints
        the rebuilt plan (default markdown). Relative dates count from each answer's
        recorded time. --show prints the conversation as a chat instead; --speed N
        plays it with its original pacing, N times faster. --strict turns warnings
        about changed scripts into errors (exit 65). -o FILE (--output FILE) and
        --events work as for export; --rescript re-drives the transcript over the
        current scripts instead of the session's own copies.
        """
    case .export:
      body = """
        Writes the plan of the latest (or given) session to stdout, or atomically to
        FILE with -o (mode 0600). Formats: markdown (default), json, html, ics, csv,
        taskwarrior, org, todotxt. Without --format, -o takes the format from FILE's
        extension (.md, .json, .html, .ics, .csv, .org, .txt). --events with ics writes
        all-day events with a reminder instead of to-dos, for calendars that show
        events only. -o is also --output. --rescript rebuilds the plan over the
        current scripts instead of the session's own copies.
        """
    case .scripts:
      body = "Lists the available scripts: id, title, number of questions and summary."
    case .check:
      body = """
        Validates scripts (files or folders; default: the built-in scripts and any
        --prompts folders) and prints every problem as file:line:col: error: message.
        Exit status 0 when clean, 65 when any script has errors (with --strict, or
        warnings).
        """
    case .test:
      body = """
        Re-drives each recorded transcript (FILE.jsonl, or every .jsonl of a folder;
        default: the tests/ folder of the built-in scripts) with the current scripts,
        feeding the recorded answers and commands at their recorded times. Compares
        the questions asked and, when FILE.plan.json is beside it, the plan. Prints
        a diff naming the steps that changed; exit 1 when any test differs.
        """
    case .graph:
      body = """
        Prints the flow of a script (an id or a file) as Graphviz dot (default) or
        Mermaid: its steps, the conditions (when) on them, repeating groups as
        clusters, jumps (goto) and sub-scripts (run).
        Render it with: coach graph goals | dot -Tsvg > goals.svg
        """
    case .completions:
      body = """
        Prints a completion script for bash, zsh or fish. For example:
          source <(coach completions bash)
          coach completions fish > ~/.config/fish/completions/coach.fish
        """
    case .help:
      body = "Shows help for a command."
    }
    return usage(command) + "\n\n" + body
  }
}
