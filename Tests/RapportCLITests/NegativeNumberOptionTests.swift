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
    (["eval", "--folds", "-2"], "--folds wants a number from 2 to 20."),
    (["eval", "--noise-weight", "-1"], "--noise-weight wants a number from 0 to 1."),
    (["eval", "--written-weight", "-1"], "--written-weight wants a number from 0 to 10."),
    (["eval", "--new-pages", "-3", "--dump-features", "f.tsv"], "--new-pages wants a number of real items from 1 up"),
    (["eval", "--answers", "--stop-prior", "-0.2"], "--stop-prior wants a share from 0.05 to 0.95."),
  ])
  func aNegativeNumberIsToldTheRange(arguments: [String], says: String) throws {
    let result = try runRapport(arguments, stdin: "Hi Sam, is this a priority?\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains(says), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
  }
}
