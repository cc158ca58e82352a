import Foundation
import Testing

@testable import CoachCore

/// Exports of the plan the bundled scripts really make.
@Suite struct RealPlanTests {
  @Test func dump() throws {
    let plan = try RealPlanFixture.plan()
    print(ExportFormat.markdown.render(plan))
    print(ExportFormat.ics.render(plan))
    print(ExportFormat.csv.render(plan))
  }
}
