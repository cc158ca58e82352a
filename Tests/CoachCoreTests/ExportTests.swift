import Foundation
import Testing

@testable import CoachCore

/// Golden files for every format, and the properties every export shares.
@Suite struct ExportTests {
  static func goldenName(_ fixture: String, _ format: ExportFormat) -> String {
    "\(fixture)-\(format.rawValue).\(format.fileExtension)"
  }

  @Test(arguments: ExportFormat.allCases)
  func richPlanMatchesGolden(format: ExportFormat) throws {
    try ExportGolden.check(
      format.render(ExportFixture.rich), named: Self.goldenName("rich", format))
  }

  @Test(arguments: ExportFormat.allCases)
  func emptyPlanMatchesGolden(format: ExportFormat) throws {
    try ExportGolden.check(
      format.render(ExportFixture.empty), named: Self.goldenName("empty", format))
  }

  @Test(arguments: ExportFormat.allCases)
  func exportIsAPureFunctionOfThePlan(format: ExportFormat) {
    #expect(format.render(ExportFixture.rich) == format.render(ExportFixture.rich))
    var streamed = ""
    format.exporter.export(ExportFixture.rich, to: &streamed)
    #expect(streamed == format.render(ExportFixture.rich))
  }

  @Test(arguments: [ExportFormat.markdown, .html, .ics, .csv, .taskwarrior, .org, .todotxt])
  func noControlCharacterReachesTheOutput(format: ExportFormat) {
    let text = format.render(ExportFixture.rich)
    let unsafe = text.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t")
        || (0x7F...0x9F).contains($0.value)
    }
    #expect(unsafe.isEmpty)
  }

  @Test func fileExtensions() {
    #expect(
      ExportFormat.allCases.map(\.fileExtension) == [
        "md", "json", "html", "ics", "csv", "json", "org", "txt",
      ])
    #expect(ExportFormat(rawValue: "taskwarrior") == .taskwarrior)
  }

  @Test func formatsFromFileNames() {
    #expect(ExportFormat(fileName: "out/plan.ics") == .ics)
    #expect(ExportFormat(fileName: "plan.MD") == .markdown)
    #expect(ExportFormat(fileName: "plan.org") == .org)
    #expect(ExportFormat(fileName: "todo.txt") == .todotxt)
    #expect(ExportFormat(fileName: "plan.json") == .json)
    #expect(ExportFormat(fileName: "plan") == nil)
    #expect(ExportFormat(fileName: "dir.d/.ics") == nil)
    #expect(ExportFormat(fileName: "dir.d/plan") == nil)
    #expect(ExportFormat(fileName: "plan.pdf") == nil)
    for format in ExportFormat.allCases where format != .taskwarrior {
      #expect(ExportFormat(fileName: "plan." + format.fileExtension) == format)
    }
  }

  @Test func jsonRoundTripsToTheSamePlan() throws {
    let text = ExportFormat.json.render(ExportFixture.rich)
    let decoded = try JSONDecoder().decode(Plan.self, from: Data(text.utf8))
    #expect(decoded == ExportFixture.rich)
  }

  @Test func jsonHasSchemaVersionAnswersAndNullFacets() throws {
    let text = ExportFormat.json.render(ExportFixture.rich)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == Plan.currentSchemaVersion)
    let answers = try #require(object["answers"] as? [String: Any])
    let goal = try #require(answers["goals.title#2"] as? [String: Any])
    let smart = try #require(goal["smart"] as? [String: Any])
    #expect(smart["achievable"] is NSNull)
    #expect(
      smart.keys.sorted() == ["achievable", "measurable", "relevant", "specific", "timeBound"])
    let salary = try #require(answers["offers.salary#1"] as? [String: Any])
    #expect(salary["text"] as? String == "$90k")
    #expect(salary["value"] as? Int == 90_000)
    #expect(text.contains("\"2027-03-31\""))
    #expect(!text.contains("\\/"))
    #expect(text.contains("\"value\" : \"Zoë <b>Ng</b>\""))
  }

  @Test(ExportToolRunner.needs(python: "jsonschema", from: "jsonschema"))
  func jsonGoldensValidateAgainstTheSchema() throws {
    let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/plan.schema.json").standardizedFileURL
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      schema = json.load(open(sys.argv[1]))
      Draft202012Validator.check_schema(schema)
      validator = Draft202012Validator(schema)
      bad = 0
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path))):
              bad += 1
              print(path, list(error.absolute_path), error.message)
      sys.exit(1 if bad else 0)
      """
    let goldens = ["rich", "empty", "real"].map {
      ExportGolden.url(Self.goldenName($0, .json)).path
    }
    let result = try #require(
      ExportToolRunner.run(["python3", "-c", script, schema.path] + goldens))
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test(ExportToolRunner.needs(python: "jsonschema", from: "jsonschema"))
  func schemaRejectsAPlanWithoutAnswers() throws {
    let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/plan.schema.json").standardizedFileURL
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      plan = json.loads(sys.stdin.read())
      del plan["answers"]
      plan["goals"][0]["smart"]["achievable"] = "yes"
      errors = list(Draft202012Validator(json.load(open(sys.argv[1]))).iter_errors(plan))
      sys.exit(0 if len(errors) == 2 else 1)
      """
    let result = try #require(
      ExportToolRunner.run(
        ["python3", "-c", script, schema.path], stdin: ExportFormat.json.render(ExportFixture.rich))
    )
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }
}
