import Foundation
import Testing

/// Names no rule, command or topic could have are refused briefly, without a long search.
@Suite("Hostile names: short errors")
struct BoundedEchoTests {
  @Test("rapport rules with a 100,000-character id says no such rule in one short line")
  func rulesLongID() throws {
    let result = try runRapport(["rules", String(repeating: "a", count: 100_000)])
    #expect(result.status == 2)
    #expect(result.stderr.contains("No rule 'aaaa"))
    #expect(result.stderr.contains("…"))
    #expect(result.stderr.utf8.count < 400)
  }

  @Test("104 ignore lines with 10,000-character ids write a few kilobytes, not a megabyte")
  func lintLongIgnoreIDs() throws {
    let line = "rapport: ignore " + String(repeating: "a", count: 10_000)
    let draft = "Do you have a minute?\n" + Array(repeating: line, count: 104).joined(separator: "\n") + "\n"
    let result = try runRapport(["lint", "--format", "line", "-"], stdin: draft)
    #expect(result.stderr.components(separatedBy: "to ignore").count - 1 == 104)
    #expect(result.stderr.utf8.count < 104 * 200)
  }

  @Test("a 100,000-character profile or category is echoed cut short", arguments: [
    ["lint", "--profile", String(repeating: "p", count: 100_000), "-"],
    ["rules", "--category", String(repeating: "c", count: 100_000)],
  ])
  func longProfileOrCategory(arguments: [String]) throws {
    // Before: the whole name, twice the argument's size on stderr.
    let result = try runRapport(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains("…'."))
    #expect(result.stderr.utf8.count < 1_000)
  }

  @Test("a mistyped profile or category gets a did-you-mean, as the README says", arguments: [
    (["lint", "--profile", "folow-up", "-"], "Unknown profile 'folow-up'. Did you mean 'follow-up'? Profiles: cold-email,"),
    (["rules", "--category", "readabilty"], "Unknown category 'readabilty'. Did you mean 'readability'? Categories: focus,"),
  ])
  func mistypedProfileOrCategory(arguments: [String], message: String) throws {
    let result = try runRapport(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test("a megabyte unknown command in the piped shell is echoed cut short")
  func shellLongCommand() throws {
    let result = try runRapport([], stdin: String(repeating: "q", count: 1_000_000) + "\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("No command 'qqqq"))
    #expect(result.stderr.utf8.count < 400)
  }
}

/// A discovery answer of hundreds of kilobytes is saved whole but echoed cut short.
@Suite("Hostile answers: short echo")
struct DiscoverEchoTests {
  @Test("a 30 KB scripted answer is echoed in at most 200 characters")
  func longAnswerEcho() throws {
    let answer = String(repeating: "they want a new crm because ", count: 1_100)
    let (environment, _) = RapportBinary.sandboxEnvironment()
    let result = try runRapport(["discover", "why", "--account", "Acme"], stdin: answer + "\n", environment: environment, timeout: 60)
    #expect(result.status == 0)
    #expect(result.stdout.utf8.count < 5_000)
    #expect(result.stdout.contains("> they want a new crm because"))
    let search = try runRapport(["sessions", "search", "crm"], environment: environment)
    #expect(search.status == 0)
  }
}
