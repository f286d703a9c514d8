import Testing

/// `sessions search --limit N` caps the matches shown; a cap under one is a usage error that
/// says what the option is for, instead of quietly showing one match.
@Suite("rapport sessions search --limit")
struct SessionsSearchLimitTests {
  @Test(arguments: ["0", "-3"])
  func aLimitUnderOneIsAUsageError(limit: String) throws {
    let result = try runRapport(["sessions", "search", "renewal", "--limit=\(limit)"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--limit must be at least 1"))
  }
}
