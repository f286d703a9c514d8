import Foundation
import Testing

/// `rapport quote` as scripts see it: output, JSON and exit codes.
@Suite("rapport quote")
struct QuoteCommandTests {
  @Test func printsOneAttributedQuote() throws {
    let result = try runRapport(["quote", "--seed", "1"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("    — "))
    #expect(result.stderr.isEmpty)
  }

  @Test func seedMakesThePickRepeatable() throws {
    let first = try runRapport(["quote", "--seed", "99"])
    let second = try runRapport(["quote", "--seed", "99"])
    #expect(first.stdout == second.stdout)
  }

  @Test(arguments: ["-1", "abc", "1.5"])
  func aSeedThatIsNoWholeNumberSaysWhatASeedIs(seed: String) throws {
    let result = try runRapport(["quote", "--seed", seed])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("a seed is a whole number, 0 or more"), "\(result.stderr)")
    #expect(!result.stderr.contains("Missing value"))
  }

  @Test func searchWithNoMatchExitsOne() throws {
    let result = try runRapport(["quote", "--search", "qwertyuiop"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("No quote matches 'qwertyuiop'"))
  }

  @Test(arguments: [
    ["quote", "--daily", "--seed", "3"], ["quote", "--all", "--seed", "3"], ["quote", "--list", "listening"],
    ["quote", "--list", "--search", "luck"],
  ])
  func optionsThatWouldBeIgnoredAreAUsageError(arguments: [String]) throws {
    // Before, the second choice was dropped without a word and the exit status was 0.
    let result = try runRapport(arguments)
    #expect(result.status == 2, "\(result.stdout)")
    #expect(result.stderr.contains("use one") || result.stderr.contains("drop --list"), "\(result.stderr)")
  }

  @Test func noQuoteOfTheAskedLengthSaysSoInPlainWords() throws {
    let result = try runRapport(["quote", "--short", "--length", "10"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("No quote of at most 10 characters."), "\(result.stderr)")
    let both = try runRapport(["quote", "listening", "--search", "customer"])
    #expect(both.stderr.contains("No quote matches 'customer' in topic 'listening'."), "\(both.stderr)")
  }

  @Test func anUnknownTopicThatNoQuoteMentionsExitsOneWithASuggestion() throws {
    let result = try runRapport(["quote", "listenning"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("No topic 'listenning', and no quote mentions it."))
    #expect(result.stderr.contains("Did you mean 'listening'?"))
  }

  @Test func anUnknownTopicIsSearchedForAndTheNoteSaysSo() throws {
    let result = try runRapport(["quote", "luck", "--seed", "3"])
    #expect(result.status == 0)
    #expect(result.stdout.lowercased().contains("luck"))
    #expect(result.stderr.contains("No topic 'luck'"))
    #expect(result.stderr.contains("a quote that mentions it instead"))
    let every = try runRapport(["quote", "Luck", "--all"])
    let search = try runRapport(["quote", "--search", "luck", "--all"])
    #expect(every.status == 0)
    #expect(every.stdout == search.stdout)
  }

  @Test func anUnknownTopicAndSearchMustBothMatch() throws {
    let both = try runRapport(["quote", "luck", "--search", "harder", "--all", "--json"])
    let quotes = try JSONSerialization.jsonObject(with: Data(both.stdout.utf8)) as? [[String: Any]]
    let texts = try #require(quotes).compactMap { $0["text"] as? String }
    #expect(!texts.isEmpty)
    #expect(texts.allSatisfy { $0.contains("luck") && $0.contains("harder") })
    #expect(try runRapport(["quote", "luck", "--search", "qwertyuiop"]).status == 1)
  }

  @Test func badOptionsExitTwoNotSixtyFour() throws {
    #expect(try runRapport(["quote", "--nope"]).status == 2)
    #expect(try runRapport(["quote", "--short", "--long"]).status == 2)
    #expect(try runRapport(["quote", "--daily", "--date", "yesterday"]).status == 2)
  }

  @Test func helpExitsZeroAndTeaches() throws {
    let result = try runRapport(["quote", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("RAPPORT_QUOTES_PATH"))
  }

  @Test func listShowsTopicsWithCounts() throws {
    let result = try runRapport(["quote", "--list"])
    #expect(result.stdout.contains("listening"))
    #expect(result.stdout.contains("quotes in"))
  }

  @Test func jsonCarriesTheDoubtNote() throws {
    let result = try runRapport(["quote", "--search", "harder I work", "--all", "--json"])
    let quotes = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    let jefferson = try #require(quotes?.first { ($0["author"] as? String) == "Thomas Jefferson" })
    #expect(jefferson["doubtful"] as? Bool == true)
    #expect((jefferson["note"] as? String)?.contains("Coleman Cox") == true)
  }

  @Test func allPrintsEveryMatchSeparatedByPercentLines() throws {
    let result = try runRapport(["quote", "listening", "--all"])
    let list = try runRapport(["quote", "--list", "--json"])
    let topics = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
    let count = try #require(topics?.first { ($0["topic"] as? String) == "listening" }?["count"] as? Int)
    #expect(result.stdout.components(separatedBy: "\n%\n").count == count)
  }

  @Test func dailyIsStableForADayAndChangesTheNext() throws {
    let monday = try runRapport(["quote", "--daily", "--date", "2026-11-23"])
    let again = try runRapport(["quote", "--daily", "--date", "2026-11-23"])
    let tuesday = try runRapport(["quote", "--daily", "--date", "2026-11-24"])
    #expect(monday.stdout == again.stdout)
    #expect(monday.stdout != tuesday.stdout)
  }

  @Test func recentQuotesAreNotRepeatedAcrossRuns() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    var seen: [String] = []
    for _ in 0..<15 {
      seen.append(try runRapport(["quote", "purpose"], environment: sandbox.environment).stdout)
    }
    #expect(Set(seen).count == seen.count)
    let state = try String(contentsOfFile: sandbox.home + "/state/rapport/recent-quotes", encoding: .utf8)
    #expect(state.split(separator: "\n").count == 15)
  }

  @Test func userQuotesExtendTheBundledOnesAndBrokenFilesAreReported() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/more"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "Close the loop.\n  -- A Mentor\n".write(toFile: folder + "/mine", atomically: true, encoding: .utf8)
    try Data([0x51, 0x00]).write(to: URL(fileURLWithPath: folder + "/broken"))
    sandbox.environment["RAPPORT_QUOTES_PATH"] = folder
    let result = try runRapport(["quote", "mine"], environment: sandbox.environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Close the loop."))
    #expect(result.stderr.contains("/more/broken:1: error:"))
  }

  @Test func aBrokenEntryIsToldOnceUntilTheFileChangesAndListAlwaysTellsIt() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    let folder = sandbox.home + "/more"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "Close the loop.\n  -- A Mentor\n%\nLost quote.\n  --\n".write(
      toFile: folder + "/mine", atomically: true, encoding: .utf8)
    sandbox.environment["RAPPORT_QUOTES_PATH"] = folder
    let first = try runRapport(["quote", "mine"], environment: sandbox.environment)
    #expect(first.stdout.contains("Close the loop."))
    #expect(first.stderr.contains("/more/mine:5: warning:"), "\(first.stderr)")
    #expect(first.stderr.contains("rapport quote --list"))
    let second = try runRapport(["quote", "mine"], environment: sandbox.environment)
    #expect(second.status == 0 && second.stdout.contains("Close the loop."))
    #expect(second.stderr.isEmpty, "\(second.stderr)")
    let list = try runRapport(["quote", "--list"], environment: sandbox.environment)
    #expect(list.stderr.contains("/more/mine:5: warning:"), "\(list.stderr)")
    // Editing the file (still broken) tells it again, once.
    try "Close the loop!\n  -- A Mentor\n%\nLost quote.\n  --\n".write(
      toFile: folder + "/mine", atomically: true, encoding: .utf8)
    let edited = try runRapport(["quote", "mine"], environment: sandbox.environment)
    #expect(edited.stderr.contains("/more/mine:5: warning:"), "\(edited.stderr)")
    #expect(try runRapport(["quote", "mine"], environment: sandbox.environment).stderr.isEmpty)
  }

  @Test func debianFortuneFilesServeAsAnotherTopic() throws {
    try #require(FileManager.default.fileExists(atPath: "/usr/share/games/fortunes/fortunes"))
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["RAPPORT_QUOTES_PATH"] = "/usr/share/games/fortunes"
    let result = try runRapport(["quote", "--list"], environment: sandbox.environment)
    #expect(result.stdout.contains("fortunes"))
    #expect(result.stdout.contains("riddles"))
    #expect(!result.stdout.contains(".dat"))
    #expect(result.stderr.isEmpty)
  }

  @Test func worksFromAnyDirectory() throws {
    let result = try runRapport(["quote", "--list"], currentDirectory: "/")
    #expect(result.stdout.contains("customers"))
  }
}
