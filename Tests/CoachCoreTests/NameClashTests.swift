import CoachCore
import Foundation
import FoundationEssentials
import Testing

/// CoachCore's public names clash with nothing a client imports beside it:
/// this file imports them all and names the types that once clashed
/// (`Expression`, `Clock`) unqualified. It compiles only while no public
/// type of CoachCore shadows them.
@Suite struct NameClashTests {
  @Test func foundationAndStandardLibraryNamesStayUnambiguous() {
    let clock: any Clock<Duration> = ContinuousClock()
    #expect(clock.minimumResolution >= .zero)
    let type: Any.Type = Expression<Int, Bool>.self
    #expect("\(type)".contains("Expression"))
    #expect("\(ScriptExpression.self)" == "ScriptExpression")
    #expect("\(Predicate<Int>.self)".hasPrefix("Predicate"))
  }
}
