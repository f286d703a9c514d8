import Testing

/// A negative number given to a numeric option is told what the option accepts, not that
/// its value is missing (the parser read "-5" as an option).
@Suite("Negative numbers for numeric options")
struct NegativeNumberOptionTests {
  @Test(arguments: [
    (["quote", "--length", "-5"], "--length must be at least 1."),
    (["lint", "--fail-under", "-5", "-"], "--fail-under wants a score from 0 to 100."),
    (["lint", "--max-bytes", "-1", "-"], "--max-bytes wants a size"),
    (["sessions", "search", "renewal", "--limit", "-1"], "--limit must be at least 1"),
  ])
  func aNegativeNumberIsToldTheRange(arguments: [String], says: String) throws {
    let result = try runRapport(arguments, stdin: "Hi Sam, is this a priority?\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
  }
}
