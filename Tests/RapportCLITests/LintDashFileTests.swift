import Foundation
import Testing

/// `rapport lint -draft.txt` where that file exists: the parser took it for an unknown
/// option; now rapport says it is a file and how to lint it.
@Suite("lint with a file whose name starts with a dash")
struct LintDashFileTests {
  @Test func aDashFileIsNamedWithTheWayToLintIt() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    try "Your team grew fast. Is hiring slow?\n".write(
      toFile: sandbox.home + "/-draft.txt", atomically: true, encoding: .utf8)
    let result = try runRapport(["lint", "-draft.txt"], environment: sandbox.environment, currentDirectory: sandbox.home)
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "rapport: '-draft.txt' reads as an option, but it is a file here; to lint it, write `rapport lint -- -draft.txt` (or ./-draft.txt).\n",
      "\(result.stderr)")
    // The ways it names work.
    for arguments in [["lint", "--", "-draft.txt"], ["lint", "./-draft.txt"]] {
      let linted = try runRapport(arguments, environment: sandbox.environment, currentDirectory: sandbox.home)
      #expect(linted.status == 0 && linted.stdout.contains("focus"), "\(arguments): \(linted.stderr)")
    }
    // An unknown option that is no file is still the parser's error.
    let unknown = try runRapport(["lint", "-zz"], environment: sandbox.environment, currentDirectory: sandbox.home)
    #expect(unknown.status == 2 && unknown.stderr.contains("Unknown option '-zz'"))
  }
}
