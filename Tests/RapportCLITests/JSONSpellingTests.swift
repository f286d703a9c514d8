import Testing

/// `--json` works wherever JSON can be had, as the listing commands taught it: `lint` and
/// `sessions export` took only `--format json`, and `--json` was an unknown option there.
@Suite("--json on lint and sessions export")
struct JSONSpellingTests {
  @Test func lintTakesJSONAsTheListingsSpellIt() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let draft = "We are the leading provider. Do you have 15 minutes?\n"
    let spelt = try runRapport(["lint", "--json"], stdin: draft, environment: sandbox.environment)
    let long = try runRapport(["lint", "--format", "json"], stdin: draft, environment: sandbox.environment)
    #expect(spelt.status == long.status)
    #expect(spelt.stdout == long.stdout && spelt.stdout.hasPrefix("{"), "\(spelt.stderr)")
    let both = try runRapport(["lint", "--json", "--format", "line"], stdin: draft, environment: sandbox.environment)
    #expect(both.status == 2)
    #expect(both.stderr.contains("--json and --format line ask for two different outputs"))
    // Without either, the text report as before.
    #expect(try runRapport(["lint"], stdin: draft, environment: sandbox.environment).stdout.hasPrefix("<stdin>: focus"))
  }

  @Test func sessionsExportTakesJSONToo() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let made = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: "They want a new CRM\n", environment: sandbox.environment)
    let id = try #require(made.stdout.firstMatch(of: /session ([a-z0-9]{6})/).map { String($0.1) })
    let spelt = try runRapport(["sessions", "export", id, "--json"], environment: sandbox.environment)
    #expect(spelt.status == 0, "\(spelt.stderr)")
    #expect(spelt.stdout.contains("\"format\" : \"rapport-session/2\""))
    #expect(try runRapport(["sessions", "export", id], environment: sandbox.environment).stdout.hasPrefix("# Acme"))
    #expect(try runRapport(["sessions", "export", id, "--json", "--format", "csv"], environment: sandbox.environment).status == 2)
  }
}
