/// The help and usage texts of the command line.
enum HelpText {
  static let overview = """
    coach: a career coach in your terminal.

    Usage: coach [COMMAND] [OPTIONS]

    Commands:
      (none)                       start a new session, or offer to resume the unfinished one
      start [SCRIPT...]            new session over the given scripts (default: the full path)
      resume [ID]                  continue the latest (or the given) unfinished session
      sessions                     list sessions
      replay FILE|ID [--show] [--format F] [--speed N] [--strict]
                                   rebuild the plan from a transcript and print it
      export [ID] [--format F] [-o FILE]
                                   write the plan of the latest (or given) session
      scripts                      list available scripts
      check [PATH...]              validate scripts (exit 0 when clean, 65 on errors)
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
    case .resume?: return "Usage: coach resume [ID] [--data-dir <dir>] [--plain]"
    case .sessions?: return "Usage: coach sessions [--data-dir <dir>]"
    case .replay?:
      return
        "Usage: coach replay <file|id> [--show] [--format <format>] [--speed <n>] [--strict]"
    case .export?: return "Usage: coach export [ID] [--format <format>] [-o <file>]"
    case .scripts?: return "Usage: coach scripts [--prompts <dir>]"
    case .check?: return "Usage: coach check [PATH...]"
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
        unanswered question. Answered questions are never asked again.
        """
    case .sessions:
      body = "Lists sessions: id, started, last activity, scripts, answers, goals, finished."
    case .replay:
      body = """
        Re-drives the current scripts with a transcript's recorded answers and prints
        the rebuilt plan (default markdown). Relative dates count from each answer's
        recorded time. --show prints the conversation as a chat instead; --speed N
        plays it with its original pacing, N times faster. --strict turns warnings
        about changed scripts into errors (exit 65).
        """
    case .export:
      body = """
        Writes the plan of the latest (or given) session to stdout, or atomically to
        FILE with -o (mode 0600). Formats: markdown (default), json, html, ics, csv,
        taskwarrior, org, todotxt. --events with ics writes all-day events with a
        reminder instead of to-dos, for calendars that show events only.
        """
    case .scripts:
      body = "Lists the available scripts: id, title and number of questions."
    case .check:
      body = """
        Validates scripts (files or folders; default: the built-in scripts and any
        --prompts folders) and prints every problem as file:line:col: error: message.
        Exit status 0 when clean, 65 when any script has errors.
        """
    case .help:
      body = "Shows help for a command."
    }
    return usage(command) + "\n\n" + body
  }
}
