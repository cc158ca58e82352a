import CoachCore

/// `coach test`: recorded transcripts as regression tests for scripts.
extension AppContext {
  func test() -> Int32 {
    var inputs = arguments.positionals
    if inputs.isEmpty {
      guard let builtIn = Paths.builtInPrompts(environment: environment) else {
        return fail("no built-in scripts found, so no Prompts/tests/ either; give FILE")
      }
      inputs = [SessionLayout.join(builtIn, "tests")]
    }
    var files: [String] = []
    for input in inputs {
      if Paths.isDirectory(input) {
        let names = ((try? store.list(input)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
        if names.isEmpty {
          console.error("warning: \(input): no .jsonl transcripts in this folder")
        }
        files += names.map { SessionLayout.join(input, $0) }
      } else {
        files.append(input)
      }
    }
    guard !files.isEmpty else { return fail("no transcripts to test") }
    let (current, diagnostics) = loadCatalog()
    guard let current else {
      for d in diagnostics where d.severity == .error { console.error(d.description) }
      return Exit.badData
    }
    var failed = 0
    var unreadable = false
    for file in files {
      switch testOne(file, catalog: current) {
      case .success(true): break
      case .success(false): failed += 1
      case .failure: unreadable = true
      }
    }
    let total = files.count
    let summary = "\(total) test\(total == 1 ? "" : "s"), \(failed) failed"
    if unreadable {
      return fail("\(summary); some transcripts could not be read", status: Exit.badData)
    }
    console.line(summary + ".")
    return failed == 0 ? Exit.ok : Exit.failure
  }

  /// Runs one test; whether it passed, or the failure already reported.
  private func testOne(_ file: String, catalog: ScriptCatalog) -> Result<Bool, ExitStatus> {
    let bytes: [UInt8]
    do throws(StoreError) {
      guard let read = try store.read(file) else {
        return .failure(ExitStatus(code: fail("error: no such file '\(file)'")))
      }
      bytes = read
    } catch {
      return .failure(ExitStatus(code: fail(error.description)))
    }
    let decoding: TranscriptDecoding
    do throws(TranscriptError) {
      decoding = try TranscriptCodec.decode(bytes)
    } catch {
      return .failure(ExitStatus(code: fail(error.formatted(file: file), status: Exit.badData)))
    }
    let loaded: LoadedSession
    switch SessionLoader.load(
      id: decoding.header.session, decoding: decoding, own: [], current: catalog,
      scripts: .current)
    {
    case .failure(let error):
      return .failure(
        ExitStatus(
          code: fail("\(file):\(error.line): error: \(error.message)", status: Exit.badData)))
    case .success(let l): loaded = l
    }
    let fresh = SessionMachine(
      catalog: loaded.machine.catalog, roots: loaded.machine.roots,
      identity: loaded.machine.identity)
    let planFile = Self.planFile(for: file)
    let expected = (try? store.read(planFile))?.flatMap { String(validating: $0, as: UTF8.self) }
    let outcome = ScriptTest.run(events: decoding.events, machine: fresh, expectedPlan: expected)
    let questions = outcome.recorded.count
    guard !outcome.passed else {
      let plan = expected == nil ? "; no \(planFile), so the plan is not compared" : " and the plan"
      console.line(
        "PASS \(file): \(questions) question\(questions == 1 ? "" : "s")\(plan) as recorded")
      return .success(true)
    }
    console.line("FAIL \(file)")
    if !outcome.questionChanges.isEmpty {
      console.line("  questions asked (- as recorded, + as the current scripts ask):")
      for change in outcome.questionChanges {
        console.line("    " + change.description.replacingNewlines(with: "\n    "))
      }
    }
    if !outcome.rejected.isEmpty {
      console.line("  answers the current scripts do not take:")
      for r in outcome.rejected {
        console.line("    \(r.key): \"\(r.answer)\": \(r.reason)")
      }
    }
    if !outcome.planChanges.isEmpty {
      console.line("  plan (\(planFile) → now):")
      for change in outcome.planChanges { console.line("    \(change)") }
    }
    return .success(false)
  }

  /// The plan kept with a test: `NAME.plan.json` beside `NAME.jsonl`.
  static func planFile(for transcript: String) -> String {
    let stem = transcript.hasSuffix(".jsonl") ? String(transcript.dropLast(6)) : transcript
    return stem + ".plan.json"
  }
}

extension String {
  fileprivate func replacingNewlines(with separator: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
  }
}
