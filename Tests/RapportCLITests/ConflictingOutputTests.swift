import Testing

/// Two options that ask for different outputs are a usage error (exit 2) that names both;
/// before, one of them won without a word, and a script got a format it did not ask for.
@Suite("Options asking for two outputs")
struct ConflictingOutputTests {
  @Test(arguments: [
    (["sessions", "--json", "--format", "text"], "--json and --format text ask for two different outputs"),
    (["playbooks", "--format", "text", "--json"], "--json and --format text ask for two different outputs"),
    (["next", "--ics", "--json"], "--ics and --json ask for two different outputs"),
    (["next", "--ics", "--format", "json"], "--ics and --json ask for two different outputs"),
  ])
  func twoOutputsAreAUsageError(arguments: [String], message: String) throws {
    let result = try runRapport(arguments)
    #expect(result.status == 2, "\(result.stdout)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [["sessions", "--json", "--format", "json"], ["sessions", "--format", "text"], ["next", "--ics"]])
  func agreeingOptionsStillRun(arguments: [String]) throws {
    #expect(try runRapport(arguments).status == 0)
  }
}
