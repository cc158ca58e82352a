import Foundation
import Testing

@testable import CoachCore

/// The HTML page: valid HTML5, self-contained, every answer as text.
@Suite struct HTMLExportTests {
  static let page = ExportFormat.html.render(ExportFixture.rich)

  /// The elements the exporter writes; anything else came from an answer.
  static let allowed: Set<String> = [
    "html", "head", "meta", "title", "style", "body", "main", "header", "h1", "h2", "h3", "p",
    "section", "article", "dl", "dt", "dd", "ul", "li", "table", "thead", "tbody", "tr", "th",
    "td", "span", "strong", "time", "blockquote", "br", "div",
  ]

  @Test func pageIsSelfContained() {
    #expect(Self.page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(
      Self.page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" "
          + "content=\"default-src 'none'; style-src 'unsafe-inline'\">"))
    for forbidden in ["<script", "<link", "<img", "src=", "href=", "url(", "@import", "<b>", "<i>"]
    {
      #expect(!Self.page.contains(forbidden), "\(forbidden)")
    }
  }

  @Test func answersAreEscaped() {
    #expect(Self.page.contains("Goal 2: &lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(Self.page.contains("Zoë &lt;b&gt;Ng&lt;/b&gt;"))
    #expect(Self.page.contains("Climbing, chess &amp; &lt;b&gt;bold&lt;/b&gt; things<br>\nand"))
    #expect(Self.page.contains("=cmd|&#39; /C calc&#39;!A0"))
  }

  /// On paper the sections flow on (a forced break left sheets nearly
  /// empty); what must stay whole does, and headings stay with what follows.
  /// The page fill itself was measured by printing with headless Chromium
  /// (docs/export.md).
  @Test func printStyleFillsPages() {
    #expect(Self.page.contains("@media print"))
    #expect(!Self.page.contains("break-before: page"))
    #expect(!Self.page.contains("class=\"page\""))
    #expect(Self.page.contains(".goal, tr, li, blockquote, dd { break-inside: avoid; }"))
    // A whole list kept on one page would push a long one to the next,
    // leaving the page before it mostly empty: only a term stays with its
    // description.
    #expect(Self.page.contains("dt { break-after: avoid; }"))
    #expect(!Self.page.contains(" dl { break-inside"))
    #expect(Self.page.contains("h2, h3 { break-after: avoid; }"))
    #expect(Self.page.contains(".lists { display: grid;"))
    #expect(Self.page.contains("<div class=\"lists\">"))
    for section in PlanSection.allCases where section != .scripts && section != .stillToCome {
      #expect(Self.page.contains("<section id=\"\(section.id)\">"), "\(section)")
    }
  }

  @Test(arguments: [
    ("<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"),
    ("\u{1B}[2Jclear\u{9B}", "[2Jclear"),
    ("café 日本", "café 日本"),
  ])
  func escaping(input: String, expected: String) {
    #expect(input.htmlEscaped == expected)
  }

  @Test func nonCharactersBecomeReplacementCharacters() {
    var scalars = String.UnicodeScalarView()
    for value: UInt32 in [0x61, 0xFDD0, 0xFFFF, 0x1FFFE] {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    #expect(String(scalars).htmlEscaped == "a\u{FFFD}\u{FFFD}\u{FFFD}")
  }

  @Test(ExportToolRunner.needs(python: "html5lib", from: "html5lib"))
  func parsesAsStrictHTML5WithOnlyTheExportersElements() throws {
    let directory = try ExportToolRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var files: [String] = []
    for (name, plan) in [("rich", ExportFixture.rich), ("empty", ExportFixture.empty)] {
      let file = directory.appendingPathComponent("\(name).html")
      try Data(ExportFormat.html.render(plan).utf8).write(to: file)
      files.append(file.path)
    }
    let script = """
      import json, sys, html5lib
      tags = set()
      for path in sys.argv[1:]:
          parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
          tree = parser.parse(open(path, "rb").read())
          tags |= {element.tag for element in tree.iter()}
      print(json.dumps(sorted(tags)))
      """
    let result = try #require(ExportToolRunner.run(["python3", "-c", script] + files))
    #expect(result.status == 0, "\(result.stderr)")
    let tags = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String])
    #expect(Set(tags).isSubset(of: Self.allowed), "\(Set(tags).subtracting(Self.allowed))")
  }
}
