import Foundation
import Testing

/// The command-line contract: exit codes, errors and help.
@Suite struct CommandLineTests {
  @Test func unknownOptionSuggestsAndExits64() throws {
    let r = try CoachProcess.run(["export", "--fomat", "json"])
    #expect(r.status == 64)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first == "Error: Unknown option '--fomat'. Did you mean '--format'?")
    #expect(
      lines.dropFirst().first
        == "Usage: coach export [ID] [--format <format>] [-o <file>] [--events] [--rescript]")
    #expect(lines.dropFirst(2).first == "  See 'coach help export' for more information.")
  }

  @Test func unknownCommandExits64() throws {
    let r = try CoachProcess.run(["strat"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: Unknown command 'strat'. Did you mean 'start'?"))
  }

  @Test func unknownScriptExits64() throws {
    let dir = try TemporaryDirectory()
    let r = try CoachProcess.run(["start", "gaols", "--data-dir", dir.path])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: Unknown script 'gaols'. Did you mean 'goals'?"))
  }

  @Test func versionAndHelp() throws {
    #expect(try CoachProcess.run(["--version"]).stdout.hasPrefix("coach "))
    let help = try CoachProcess.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("replay FILE|ID"))
    let exportHelp = try CoachProcess.run(["help", "export"])
    #expect(exportHelp.stdout.hasPrefix("Usage: coach export"))
  }

  @Test func checkReportsEveryErrorAndExits65() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: broken
      title: Broken
      steps:
        - id: years
          ask: "How many?"
          type: nubmer
        - id: stage
          ask: "Which?"
          type: choice
        - id: mentor
          ask: "Who?"
          when: stag == "early"
      """, to: "broken.yaml")
    let r = try CoachProcess.run(["check", dir.path + "/broken.yaml"])
    #expect(r.status == 65)
    let lines = r.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "\(dir.path)/broken.yaml:6:11: error: unknown type 'nubmer'; did you mean 'number'?",
        "\(dir.path)/broken.yaml:9:11: error: a 'choice' question needs 'options'",
        "\(dir.path)/broken.yaml:12:11: error: unknown step id 'stag'; did you mean 'stage'?",
        "3 errors found.",
      ])
    let start = try CoachProcess.run([
      "start", "broken", "--prompts", dir.path, "--data-dir", dir.path + "/d",
    ])
    #expect(start.status == 65)
    #expect(start.stderr.contains("unknown type 'nubmer'"))
  }

  @Test func bundledScriptsAreClean() throws {
    let r = try CoachProcess.run(["check", CoachProcess.packageRoot.path + "/Prompts"])
    #expect(r.status == 0, "\(r.stderr)")
    let scripts = try CoachProcess.run(["scripts"])
    #expect(scripts.status == 0)
    for id in ["career", "goals", "growth", "networking", "balance", "benefits"] {
      #expect(scripts.stdout.contains(id))
    }
  }

  @Test(arguments: [
    (["export", "--data-dir="], "Empty value for option '--data-dir'."),
    (["scripts", "--prompts="], "Empty value for option '--prompts'."),
    (["export", "--data-dir", "--format", "json"], "Missing value for option '--data-dir'."),
    (["scripts", "--no-color=1"], "Option '--no-color' takes no value."),
    (["sessions", "x"], "Unexpected argument 'x'."),
    (["scripts", "x"], "Unexpected argument 'x'."),
    (["resume", "a", "b"], "Unexpected argument 'b'."),
    (["help", "export", "extra"], "Unexpected argument 'extra'."),
    (["replay", "a", "b"], "Unexpected argument 'b'."),
    (["export", "a", "b"], "Unexpected argument 'b'."),
    (["start", "--show"], "Option '--show' does not apply to 'coach start'; it is for: replay."),
    (["sessions", "rm"], "Missing session: give one or more session IDs."),
  ])
  func badArgumentsAreUsageErrors(args: [String], message: String) throws {
    let r = try CoachProcess.run(args)
    #expect(r.status == 64)
    #expect(r.stderr.split(separator: "\n").first.map(String.init) == "Error: \(message)")
  }

  @Test func dashIsAValueForOutput() throws {
    let dir = try TemporaryDirectory()
    let r = try CoachProcess.run(["export", "-o", "-", "--data-dir", dir.path])
    #expect(r.status == 1)
    #expect(r.stderr.hasPrefix("error: no sessions in "))
  }

  @Test func groupMaxTooLargeIsReportedNotACrash() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: big
      title: Big
      steps:
        - group: g
          max: 1e20
          steps:
            - say: hi
      """, to: "big.yaml")
    let r = try CoachProcess.run(["check", dir.path + "/big.yaml"])
    #expect(r.status == 65)
    #expect(
      r.stderr.hasPrefix(
        "\(dir.path)/big.yaml:5:10: error: 'max' must be a whole number from 1 to 100"))
  }

  @Test func replacingABuiltInScriptLeavesWarningsNotErrors() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: career
      title: My career
      steps:
        - id: name
          ask: "Your name?"
      """, to: "career.yaml")
    let scripts = try CoachProcess.run(["scripts", "--prompts", dir.path])
    #expect(scripts.status == 0, "\(scripts.stderr)")
    #expect(scripts.stdout.contains("My career"))
    let check = try CoachProcess.run(["check", "--prompts", dir.path])
    #expect(check.status == 0)
    #expect(check.stderr.contains("growth.yaml:71:24: warning: unknown step id 'stage'"))
    #expect(!check.stderr.contains(": error:"))
    let start = try CoachProcess.run(
      ["start", "growth", "--prompts", dir.path, "--data-dir", dir.path + "/d"], input: "Ada\n")
    #expect(start.status == 0, "\(start.stderr)")
    let own = try CoachProcess.run(["check", CoachProcess.packageRoot.path + "/Prompts"])
    #expect(own.status == 0)
  }

  @Test func badClockIsAUsageError() throws {
    let r = try CoachProcess.run(["scripts"], environment: ["COACH_NOW": "tomorrow"])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: Invalid COACH_NOW 'tomorrow'"))
  }
}

@Suite struct ExportCommandTests {
  @Test func exportToAFileIsPrivateAndEqualsStdout() throws {
    let dir = try TemporaryDirectory()
    let data = dir.path + "/data"
    _ = try CoachProcess.run(
      ["start", "checkin", "--data-dir", data],
      input: "Ada\n3\nearly\nGrace\nin six weeks\nGet AWS certified by June 2027\n")
    for format in ["markdown", "json", "html", "ics", "csv", "taskwarrior"] {
      let file = dir.path + "/plan.\(format)"
      let written = try CoachProcess.run([
        "export", "--format", format, "-o", file, "--data-dir", data,
      ])
      #expect(written.status == 0, "\(written.stderr)")
      #expect(written.stdout.isEmpty)
      let printed = try CoachProcess.run(["export", "--format", format, "--data-dir", data])
      #expect(try dir.read("plan.\(format)") == printed.stdout)
      let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
      #expect(mode == 0o600)
    }
    let ics = try dir.read("plan.ics")
    #expect(ics.contains("BEGIN:VTODO\r\n"))
    #expect(ics.contains("DUE;VALUE=DATE:20270106"))
  }

  @Test func unknownFormatAndSessionAreUsageErrors() throws {
    let dir = try TemporaryDirectory()
    let r = try CoachProcess.run(["export", "--format", "pdf", "--data-dir", dir.path])
    #expect(r.status == 64)
    #expect(r.stderr.hasPrefix("Error: Unknown format 'pdf'."))
    let none = try CoachProcess.run(["export", "--data-dir", dir.path])
    #expect(none.status == 1)
    #expect(none.stderr.hasPrefix("error: no sessions in "))
    let missing = try CoachProcess.run(["export", "20260101-000000-abcd", "--data-dir", dir.path])
    #expect(missing.status == 64)
    #expect(missing.stderr.hasPrefix("error: no session '20260101-000000-abcd'"))
  }

  @Test func exportInsideASessionWritesTheFile() throws {
    let dir = try TemporaryDirectory()
    let file = dir.path + "/mid.md"
    let r = try CoachProcess.run(
      ["start", "checkin", "--data-dir", dir.path + "/data"],
      input: "Ada\n/export markdown \(file)\n/export pdf\n/save\n")
    #expect(r.stdout.contains("Exported markdown to \(file)."))
    #expect(r.stdout.contains("Unknown format 'pdf'."))
    #expect(r.stdout.contains("Saved to \(dir.path)/data/sessions/"))
    #expect(try dir.read("mid.md").contains("Ada"))
  }
}
