import Testing

/// "Nothing found" is exit 1 wherever something the user named matches nothing, with the
/// message on stderr; a list that is simply empty exits 0.
@Suite("Nothing matched: one exit status for every listing")
struct NothingMatchedExitTests {
  /// A sandbox holding one paused session for Acme.
  func sandboxWithAcme() throws -> [String: String] {
    let sandbox = RapportBinary.sandboxEnvironment()
    _ = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: "They want a new CRM\n", environment: sandbox.environment)
    return sandbox.environment
  }

  @Test func anAccountWithNoSessionsExitsOneLikeASearchWithNoMatch() throws {
    let environment = try sandboxWithAcme()
    let account = try runRapport(["sessions", "--account", "Globex"], environment: environment)
    #expect(account.status == 1)
    #expect(account.stdout.isEmpty)
    #expect(account.stderr.contains("No sessions for 'Globex'."))
    let search = try runRapport(["sessions", "search", "zebra"], environment: environment)
    #expect(search.status == 1)
    #expect(search.stdout.isEmpty)
  }

  @Test func jsonForAnAccountWithNoSessionsIsAnEmptyListAndStillExitsOne() throws {
    let result = try runRapport(["sessions", "--account", "Globex", "--json"], environment: try sandboxWithAcme())
    #expect(result.status == 1)
    #expect(result.stdout.filter { !$0.isWhitespace } == "[]")
  }

  @Test func anAccountThatHasSessionsMatchesInAnyCase() throws {
    let result = try runRapport(["sessions", "--account", "acme"], environment: try sandboxWithAcme())
    #expect(result.status == 0)
    #expect(result.stdout.contains("Acme"))
  }

  @Test func emptyListsAreNotSearchesAndExitZero() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let sessions = try runRapport(["sessions"], environment: sandbox.environment)
    #expect(sessions.status == 0)
    #expect(sessions.stdout.contains("No sessions yet"))
    let next = try runRapport(["next"], environment: sandbox.environment)
    #expect(next.status == 0)
    #expect(next.stdout.contains("No open next steps"))
  }

  /// An empty word (a script's unset variable) is a usage error, not "nothing matches".
  @Test(arguments: [["sessions", "search", ""], ["sessions", "--account", " "], ["sessions", "show", ""],
    ["next", "done", ""]])
  func anEmptyWordIsAUsageErrorNotNothingFound(arguments: [String]) throws {
    let result = try runRapport(arguments, environment: try sandboxWithAcme())
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func helpSaysWhichListingsExitOne() throws {
    let root = try runRapport(["--help"])
    #expect(root.stdout.contains("sessions --account"))
    let sessions = try runRapport(["sessions", "--help"])
    #expect(sessions.stdout.contains("Exit status 1 when nothing matches"))
    let next = try runRapport(["next", "--help"])
    #expect(next.stdout.contains("exits 1 when no"))
  }
}
