import Foundation
import Testing

@testable import CoachCore

/// The CSV and Markdown exports: quoting, the formula guard, and escaping
/// that keeps answers from becoming markup.
@Suite struct TextExportTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("+1", "'+1"),
    ("-1 day", "'-1 day"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("=1,2", "\"'=1,2\""),
    ("a = b", "a = b"),
    ("Call Sam;=1+2", "\"Call Sam;'=1+2\""),
    ("x, @SUM(A1)", "\"x, '@SUM(A1)\""),
    ("a;b", "\"a;b\""),
    ("1-2", "1-2"),
    ("\u{1B}[31mred", "[31mred"),
  ])
  func csvField(input: String, expected: String) {
    #expect(input.csvField == expected)
  }

  @Test func csvHasAHeaderRowAndCRLFLineEnds() {
    let text = ExportFormat.csv.render(ExportFixture.rich)
    let rows = text.split(separator: "\r\n", omittingEmptySubsequences: false)
    #expect(rows.first == "id,kind,title,due,repeats,about,parent")
    #expect(rows.last == "")
    #expect(rows.count == Commitment.all(in: ExportFixture.rich).count + 2)
    #expect(!text.replacing("\r\n", with: "").contains { $0 == "\r" || $0 == "\n" })
    #expect(
      ExportFormat.csv.render(ExportFixture.empty) == "id,kind,title,due,repeats,about,parent\r\n")
  }

  @Test(arguments: [
    ("*bold* _it_", "\\*bold\\* \\_it\\_"),
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("# heading", "\\# heading"),
    ("C# and F#", "C# and F\\#"),
    ("> quote", "\\> quote"),
    ("- item", "\\- item"),
    ("1. first", "1\\. first"),
    ("a | b", "a \\| b"),
    ("[link](http://x)", "\\[link\\](http\\://x)"),
    ("37.5 hours", "37.5 hours"),
    ("12) twelve", "12\\) twelve"),
    ("2026.", "2026\\."),
    ("see https://example.org/a?b", "see https\\://example.org/a?b"),
    ("HTTP://X.ORG and ftp://y", "HTTP\\://X.ORG and ftp\\://y"),
    ("www.example.org, swww.x", "www\\.example.org, swww.x"),
    ("mail sam@example.org", "mail sam@example.org"),
    ("`code`", "\\`code\\`"),
    ("$x$ costs $5", "\\$x\\$ costs $5"),
    ("AT&T &amp;", "AT\\&T \\&amp;"),
    ("two\nlines", "two lines"),
    ("   indented  ", "indented"),
    ("esc \u{1B}[2J", "esc \\[2J"),
  ])
  func markdownInline(input: String, expected: String) {
    #expect(input.markdownInline == expected)
  }

  @Test func markdownTableCellsKeepLineBreaksAsBR() {
    #expect("a|b\n# c".markdownTableCell == "a\\|b<br>\\# c")
  }

  @Test func markdownLinesUseHardBreaksAndTheContinuation() {
    #expect(
      "one\ntwo\n\n# three".markdownLines(continuation: "> ") == "one\\\n> two\n>\n> \\# three")
  }

  @Test func markdownHasNoRawAnswerMarkup() {
    let text = ExportFormat.markdown.render(ExportFixture.rich)
    var rest = Substring(text)
    while let i = rest.firstIndex(of: "<") {
      #expect(rest[i...].hasPrefix("<br>"), "raw < in \(rest[i...].prefix(30))")
      rest = rest[rest.index(after: i)...]
    }
    #expect(text.contains("### Goal 2: &lt;script>alert(1)&lt;/script>"))
    #expect(text.contains("| Relevant | Because \\| pipes, commas, and; semicolons \\*matter\\* |"))
    #expect(text.contains("| Specific | Weekly 1:1s<br>with a written plan | ✓ yes |"))
  }

  @Test func markdownTablesHaveTheSameNumberOfCellsInEveryRow() {
    let text = ExportFormat.markdown.render(ExportFixture.rich)
    var columns: Int?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = nil
        continue
      }
      // Count the pipes that are not escaped.
      var count = 0
      var escaped = false
      for c in line {
        if escaped {
          escaped = false
        } else if c == "\\" {
          escaped = true
        } else if c == "|" {
          count += 1
        }
      }
      if let columns { #expect(count == columns, "\(line)") } else { columns = count }
    }
  }

  @Test(ExportToolRunner.needs(python: "markdown_it", from: "markdown-it-py"))
  func markdownRendersAnswersAsText() throws {
    let script = """
      import html.parser, json, sys
      from markdown_it import MarkdownIt
      rendered = MarkdownIt("commonmark").enable("table").render(sys.stdin.read())
      class Collect(html.parser.HTMLParser):
          def __init__(self):
              super().__init__()
              self.tags, self.text = set(), []
          def handle_starttag(self, tag, attrs): self.tags.add(tag)
          def handle_data(self, data): self.text.append(data)
      c = Collect()
      c.feed(rendered)
      print(json.dumps({"tags": sorted(c.tags), "text": "".join(c.text)}))
      """
    let result = try #require(
      ExportToolRunner.run(
        ["python3", "-c", script], stdin: ExportFormat.markdown.render(ExportFixture.rich)))
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let tags = Set(object["tags"] as? [String] ?? [])
    let allowed: Set<String> = [
      "h1", "h2", "h3", "p", "em", "strong", "code", "ul", "li", "blockquote", "br", "table",
      "thead", "tbody", "tr", "th", "td",
    ]
    #expect(tags.isSubset(of: allowed), "\(tags.subtracting(allowed))")
    let text = object["text"] as? String ?? ""
    for answer in [
      "Goal 2: <script>alert(1)</script>", "Senior *data* engineer | team lead",
      "=cmd|' /C calc'!A0", "# that ships fast", "> and mentors others", "1. always",
      "Because | pipes, commas, and; semicolons *matter*", "Zoë <b>Ng</b>",
      "Climbing, chess & <b>bold</b> things", "*Public speaking*", "Globex | Berlin, GmbH <i>",
    ] {
      #expect(text.contains(answer), "\(answer)")
    }
  }

  /// GitHub's Markdown (cmark-gfm with its extensions) makes no link of a
  /// bare URL in an answer, and shows `37.5` and the URL as typed.
  @Test(ExportToolRunner.needs(program: "cmark-gfm", from: "cmark-gfm"))
  func gfmMakesNoLinksOfAnswers() throws {
    for plan in [ExportFixture.rich, try RealPlanFixture.plan()] {
      let result = try #require(
        ExportToolRunner.run(
          ["cmark-gfm", "-e", "autolink", "-e", "table", "-e", "strikethrough"],
          stdin: ExportFormat.markdown.render(plan)))
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stdout.contains("<a "), "\(result.stdout)")
      #expect(result.stdout.contains("https://"))
      #expect(!result.stdout.contains("\\"))
    }
    let hours = try #require(
      ExportToolRunner.run(["cmark-gfm"], stdin: ExportFormat.markdown.render(ExportFixture.rich)))
    #expect(hours.stdout.contains("37.5"))
  }
}
