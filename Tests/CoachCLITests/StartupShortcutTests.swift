import FoundationEssentials
import Glibc
import Testing

@testable import CoachCLI

/// What `coach` reads for itself at start-up instead of asking Foundation:
/// the environment and a new plan's id. Each gives what Foundation gives.
@Suite struct StartupShortcutTests {
  @Test func environmentIsWhatProcessInfoReads() {
    let ours = ProcessEnvironment.current()
    let foundations = ProcessInfo.processInfo.environment
    #expect(!ours.isEmpty)
    #expect(ours == foundations)
  }

  /// A list like `environ`: entries without `=`, an empty value, a value
  /// holding `=`, a name set twice (the first value wins, as for
  /// `getenv`), bytes that are not UTF-8.
  @Test func environmentEntriesAreReadAsGetenvReadsThem() {
    let entries = [
      "HOME=/home/zoë", "EMPTY=", "EQUALS=a=b", "NOEQUALS", "TWICE=first", "TWICE=second",
      "BAD=\u{FFFD}",
    ]
    var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) }
    // A byte that is not UTF-8, in place of the U+FFFD above.
    if let bad = pointers[6] { bad[4] = CChar(bitPattern: 0xFF); bad[5] = 0 }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    let variables = pointers.withUnsafeBufferPointer { list in
      ProcessEnvironment.variables(in: list.baseAddress!)
    }
    #expect(
      variables == [
        "HOME": "/home/zoë", "EMPTY": "", "EQUALS": "a=b", "TWICE": "first", "BAD": "\u{FFFD}",
      ])
  }

  @Test func planIDIsARandomVersionFourUUIDInLowerCase() throws {
    var seen = Set<String>()
    for _ in 0..<200 {
      let id = PlanIDGenerator.make()
      let uuid = try #require(UUID(uuidString: id))
      #expect(uuid.uuidString.lowercased() == id)
      let bytes = uuid.uuid
      #expect(bytes.6 >> 4 == 4)
      #expect(bytes.8 >> 6 == 0b10)
      seen.insert(id)
    }
    #expect(seen.count == 200)
  }

  @Test func planIDWritesEveryBitInItsPlace() {
    #expect(
      PlanIDGenerator.uuid(high: 0, low: 0) == "00000000-0000-4000-8000-000000000000")
    #expect(
      PlanIDGenerator.uuid(high: .max, low: .max) == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    #expect(
      PlanIDGenerator.uuid(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210)
        == "01234567-89ab-4def-bedc-ba9876543210")
  }
}
