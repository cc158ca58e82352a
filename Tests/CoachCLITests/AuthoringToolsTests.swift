import Foundation
import Testing

/// The script author's tools: `coach test`, `coach graph` and
/// `coach completions`.
@Suite struct AuthoringToolsTests {
  static let prompts = CoachProcess.packageRoot.appendingPathComponent("Prompts").path

  static let bundledScripts = [
    "balance", "benefits", "career", "checkin", "goals", "growth", "networking", "path",
  ]

  @Test func theBundledTestsPass() throws {
    let run = try CoachProcess.run(["test"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(
      run.stdout.contains("PASS \(Self.prompts)/tests/checkin.jsonl: 6 questions and the plan"))
    #expect(run.stdout.contains("PASS \(Self.prompts)/tests/full-path.jsonl"))
    #expect(run.stdout.hasSuffix("3 tests, 0 failed.\n"))
  }

  @Test func aChangedScriptFailsNamingTheSteps() throws {
    let dir = try TemporaryDirectory()
    let original = try String(contentsOfFile: Self.prompts + "/checkin.yaml", encoding: .utf8)
    let changed =
      original
      .replacingOccurrences(of: "What should I call you?", with: "What is your name?")
      .replacingOccurrences(of: #"stage == "early" and years < 5"#, with: #"stage == "mid""#)
    try dir.write(changed, to: "prompts/checkin.yaml")
    let run = try CoachProcess.run(
      ["test", Self.prompts + "/tests/checkin.jsonl", "--prompts", dir.path + "/prompts"])
    #expect(run.status == 1, "\(run.stderr)")
    let out = run.stdout
    #expect(out.contains("FAIL \(Self.prompts)/tests/checkin.jsonl\n"))
    #expect(
      out.contains(
        """
            ~ checkin.name: worded differently:
                was: "What should I call you?"
                now: "What is your name?"
        """))
    #expect(out.contains(#"- checkin.mentor: no longer asked: "Who could mentor you?""#))
    // The mentor's answer goes to the next question, which does not take it.
    #expect(out.contains(#"checkin.next_step: "Grace Hopper": "#))
    #expect(out.contains(#"- answers."checkin.mentor": {"text": "Grace Hopper""#))
    #expect(out.hasSuffix("1 test, 1 failed.\n"))
  }

  @Test func aTestWithoutItsPlanComparesTheQuestionsOnly() throws {
    let dir = try TemporaryDirectory()
    let transcript = try String(
      contentsOfFile: Self.prompts + "/tests/checkin.jsonl", encoding: .utf8)
    try dir.write(transcript, to: "tests/alone.jsonl")
    let run = try CoachProcess.run(["test", dir.path + "/tests"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains("no \(dir.path)/tests/alone.plan.json, so the plan is not compared"))
  }

  @Test func anUnreadableTranscriptIsBadData() throws {
    let dir = try TemporaryDirectory()
    try dir.write("not json\n", to: "bad.jsonl")
    let run = try CoachProcess.run(["test", dir.path + "/bad.jsonl"])
    #expect(run.status == 65)
    #expect(run.stderr.hasPrefix("\(dir.path)/bad.jsonl:1: error: "), "\(run.stderr)")
  }

  @Test(arguments: bundledScripts) func graphvizRendersEveryScript(_ script: String) throws {
    let graph = try CoachProcess.run(["graph", script])
    #expect(graph.status == 0, "\(graph.stderr)")
    let svg = try Self.tool("dot", ["-Tsvg"], input: graph.stdout)
    #expect(svg.status == 0, "\(svg.error)")
    #expect(svg.output.contains("<svg"))
  }

  @Test func graphShowsConditionsGroupsJumpsAndSubScripts() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: flow
      title: Flow
      steps:
        - id: stage
          ask: "Stage?"
          type: choice
          options: [early, late]
        - goto: done
          when: stage == "late"
        - group: offer
          steps:
            - id: salary
              ask: "Salary?"
              type: money
        - run: checkin
        - id: done
          ask: "Done?"
          type: yesno
      """, to: "flow.yaml")
    let dot = try CoachProcess.run(["graph", dir.path + "/flow.yaml"])
    #expect(dot.status == 0, "\(dot.stderr)")
    #expect(dot.stdout.hasPrefix("digraph \"flow: Flow\" {\n"))
    #expect(dot.stdout.contains(#"s1 -> s2 [label="when stage == \"late\""];"#))
    #expect(dot.stdout.contains(#"s2 [label="goto done", shape=cds];"#))
    #expect(dot.stdout.contains(#"s2 -> s6;"#), "the jump lands on 'done'")
    #expect(dot.stdout.contains(#"subgraph "cluster_offer" {"#))
    #expect(dot.stdout.contains(#"s4 -> s4 [label="another round", style=dashed];"#))
    #expect(dot.stdout.contains(#"s5 [label="run checkin", shape=box3d];"#))
    let rendered = try Self.tool("dot", ["-Tsvg"], input: dot.stdout)
    #expect(rendered.status == 0, "\(rendered.error)")
    let mermaid = try CoachProcess.run(["graph", dir.path + "/flow.yaml", "--format", "mermaid"])
    #expect(mermaid.status == 0)
    #expect(mermaid.stdout.contains("flowchart TD\n"))
    #expect(mermaid.stdout.contains("  s1 -->|\"when stage == #quot;late#quot;\"| s2\n"))
    #expect(mermaid.stdout.contains("subgraph cluster_offer[\"group offer (1–"))
  }

  @Test func graphNamesAnUnknownScriptOrFormat() throws {
    let unknown = try CoachProcess.run(["graph", "gaols"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("no script 'gaols'; did you mean 'goals'?"))
    let format = try CoachProcess.run(["graph", "goals", "--format", "svg"])
    #expect(format.status == 64)
    #expect(format.stderr.hasPrefix("Error: Unknown format 'svg' for graph."))
  }

  @Test func bashCompletesCommandsAndOptions() throws {
    let script = try CoachProcess.run(["completions", "bash"])
    #expect(script.status == 0)
    func complete(_ words: [String]) throws -> String {
      let quoted = words.map { "'\($0)'" }.joined(separator: " ")
      let body = """
        \(script.stdout)
        COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
        _coach
        echo "${COMPREPLY[*]}"
        """
      let run = try Self.tool("bash", ["--norc", "--noprofile"], input: body)
      #expect(run.status == 0, "\(run.error)")
      return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    #expect(try complete(["coach", "exp"]) == "export")
    #expect(try complete(["coach", "export", "--for"]) == "--format")
    // Only the options the command takes: start has no --show.
    #expect(try complete(["coach", "replay", "x", "--sh"]) == "--show")
    #expect(try complete(["coach", "start", "--sh"]) == "")
    #expect(try complete(["coach", "start", "--p"]) == "--plain --plan --prompts")
    #expect(try complete(["coach", "export", "--format", "ht"]) == "html")
    #expect(try complete(["coach", "graph", "--format", "m"]) == "mermaid")
    #expect(try complete(["coach", "completions", "f"]) == "fish")
  }

  @Test func completionsForZshAndFishAndAnUnknownShell() throws {
    let zsh = try CoachProcess.run(["completions", "zsh"])
    #expect(zsh.status == 0)
    #expect(zsh.stdout.hasPrefix("#compdef coach\n"))
    let fish = try CoachProcess.run(["completions", "fish"])
    #expect(fish.status == 0)
    #expect(fish.stdout.contains("complete -c coach -n __fish_use_subcommand -a export"))
    // Both read as their shells read them; fish completes 'coach exp'.
    let dir = try TemporaryDirectory()
    try dir.write(zsh.stdout, to: "_coach")
    try dir.write(fish.stdout, to: "coach.fish")
    let zshCheck = try Self.tool("zsh", ["-n", dir.path + "/_coach"], input: "")
    #expect(zshCheck.status == 0, "\(zshCheck.error)")
    let fishCheck = try Self.tool(
      "fish", ["-c", "source \(dir.path)/coach.fish; complete -C 'coach exp'"], input: "")
    #expect(fishCheck.status == 0, "\(fishCheck.error)")
    #expect(fishCheck.error.isEmpty, "\(fishCheck.error)")
    #expect(fishCheck.output.hasPrefix("export\t"), "\(fishCheck.output)")
    // Each command offers only the options it takes, as bash does.
    func fishCompletes(_ line: String) throws -> [String] {
      let run = try Self.tool(
        "fish", ["-c", "source \(dir.path)/coach.fish; complete -C '\(line)'"], input: "")
      #expect(run.status == 0, "\(run.error)")
      return run.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }
    #expect(try fishCompletes("coach replay x --sh") == ["--show"])
    #expect(try fishCompletes("coach start --sh") == [])
    #expect(try fishCompletes("coach start --p") == ["--plain", "--plan", "--prompts"])
    #expect(try fishCompletes("coach export --format t") == ["taskwarrior", "todotxt"])
    #expect(try fishCompletes("coach graph --format m") == ["mermaid"])
    // zsh's arms name each command's own options and the formats it takes.
    #expect(zsh.stdout.contains("graph) _arguments -s "))
    #expect(zsh.stdout.contains("'--format[output format]:format:(dot mermaid)'"))
    let zshStart = zsh.stdout.split(separator: "\n").first { $0.contains("start) _arguments") }
    #expect(zshStart?.contains("'--plan[") == true)
    #expect(zshStart?.contains("--show") == false)
    let other = try CoachProcess.run(["completions", "fihs"])
    #expect(other.status == 64)
    #expect(other.stderr.hasPrefix("Error: Unknown shell 'fihs'. Did you mean 'fish'?"))
  }

  @Test func strictCheckMakesWarningsErrors() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: warn
      title: Warnings
      steps:
        - id: path
          ask: "Which way?"
          type: choice
          options: [internal transfer, new employer]
        - id: why
          ask: "Why a transfer?"
          type: text
          when: path == "internal-transfer"
      """, to: "warn.yaml")
    let file = dir.path + "/warn.yaml"
    let plain = try CoachProcess.run(["check", file])
    #expect(plain.status == 0)
    #expect(
      plain.stderr
        == "\(file):11:11: warning: 'path' is never \"internal-transfer\": its options are 'internal transfer', 'new employer'; did you mean 'internal transfer'?\n"
    )
    #expect(plain.stdout == "1 warning, no errors found.\n")
    let strict = try CoachProcess.run(["check", "--strict", file])
    #expect(strict.status == 65)
    #expect(strict.stderr.hasPrefix("\(file):11:11: error: 'path' is never"))
    #expect(strict.stderr.hasSuffix("1 error found.\n"))
    let bundled = try CoachProcess.run(["check", "--strict", Self.prompts])
    #expect(bundled.status == 0, "\(bundled.stderr)")
  }

  /// docs/script.schema.json (for editors) accepts every bundled script
  /// and refuses a misspelt key, checked by python's jsonschema.
  @Test func theSchemaAcceptsEveryBundledScript() throws {
    let dir = try TemporaryDirectory()
    try dir.write(
      """
      id: typo
      title: Typo
      steps:
        - id: name
          aks: "Name?"
      """, to: "typo.yaml")
    let schema = CoachProcess.packageRoot.appendingPathComponent("docs/script.schema.json").path
    let check = """
      import glob, json, sys, yaml, jsonschema
      schema = json.load(open(sys.argv[1]))
      jsonschema.Draft7Validator.check_schema(schema)
      validator = jsonschema.Draft7Validator(schema)
      for path in sys.argv[2:]:
          errors = list(validator.iter_errors(yaml.safe_load(open(path))))
          print(path.split("/")[-1], "ok" if not errors else "refused")
      """
    let scripts = Self.bundledScripts.map { "\(Self.prompts)/\($0).yaml" }
    let run = try Self.tool(
      "python3", ["-c", check, schema] + scripts + [dir.path + "/typo.yaml"], input: "")
    #expect(run.status == 0, "\(run.error)")
    let expected = Self.bundledScripts.map { "\($0).yaml ok\n" }.joined() + "typo.yaml refused\n"
    #expect(run.output == expected)
  }

  @Test(arguments: [
    ("test", "Usage: coach test [FILE...]"), ("graph", "Usage: coach graph <script>"),
    ("completions", "Usage: coach completions bash|zsh|fish"),
    ("sessions", "coach sessions rm <id>... [--yes]"),
  ])
  func helpNamesTheNewCommands(_ command: String, _ usage: String) throws {
    let run = try CoachProcess.run(["help", command])
    #expect(run.status == 0)
    #expect(run.stdout.contains(usage), "\(run.stdout)")
    let overview = try CoachProcess.run(["--help"])
    #expect(overview.stdout.contains("\n  \(command) "))
  }

  /// Runs a tool found on PATH with `input` on stdin.
  static func tool(_ name: String, _ arguments: [String], input: String) throws -> (
    status: Int32, output: String, error: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    signal(SIGPIPE, SIG_IGN)
    let done = DispatchSemaphore(value: 0)
    let writer = Thread {
      try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
      try? stdin.fileHandleForWriting.close()
      done.signal()
    }
    writer.start()
    let errors = ErrorData()
    let reader = Thread {
      errors.data = stderr.fileHandleForReading.readDataToEndOfFile()
      done.signal()
    }
    reader.start()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    done.wait()
    done.wait()
    let err = errors.data
    return (
      process.terminationStatus, String(decoding: out, as: UTF8.self),
      String(decoding: err, as: UTF8.self)
    )
  }
}

/// Bytes a reader thread fills in, read once it has signalled.
private final class ErrorData: @unchecked Sendable {
  var data = Data()
}
