import LineEditor
import RapportCore
import Testing

@testable import rapport

@Suite("Shell logic without a terminal")
struct ShellLogicTests {
  private func context(_ lines: [String] = []) -> ShellContext {
    ShellContext(
      reader: ScriptedLineReader(lines: lines), style: Style(enabled: false),
      paths: Paths(environment: ["HOME": "/nonexistent"]))
  }

  @Test func wordsSplitOnSpacesAndRespectQuotes() throws {
    #expect(try ShellWords.split(#"quote --search "ask why" it\'s"#) == ["quote", "--search", "ask why", "it's"])
    #expect(try ShellWords.split("  a   b ") == ["a", "b"])
    #expect(try ShellWords.split(#"x ''"#) == ["x", ""])
    #expect(throws: ShellWords.UnclosedQuote.self) { try ShellWords.split(#"quote "open"#) }
  }

  @Test func completionOffersCommandNamesFirst() {
    let names = ShellTable.complete("", context: context())
    #expect(names.contains("quote"))
    #expect(names.contains("help"))
  }

  @Test func completionAfterHelpAndACommandOffersItsSubcommands() {
    #expect(ShellTable.complete("help sessions ", context: context()).contains("show"))
    #expect(ShellTable.complete("help next ", context: context()) == ["list", "done"])
    #expect(ShellTable.complete("help quote ", context: context()).isEmpty)
  }

  @Test func completionAfterALintOptionOffersOnlyItsValues() {
    #expect(ShellTable.complete("lint --profile ", context: context()) == Profile.all.map(\.name))
    #expect(ShellTable.complete("lint --format ", context: context()) == ["text", "line", "json"])
    #expect(ShellTable.complete("lint --self ", context: context()).isEmpty)
    let options = ShellTable.complete("lint ", context: context())
    #expect(options.contains("--profile") && !options.contains("cold-email"))
  }

  @Test func completionOffersQuoteTopicsAfterQuote() {
    let candidates = ShellTable.complete("quote ", context: context())
    #expect(candidates.contains("listening"))
    #expect(candidates.contains("--search"))
  }

  @Test func anAccountNameWithSpacesCompletesFromWhereTheEditorsWordStarts() throws {
    let names = ["Harbor Health", "Acme"]
    #expect(ShellTable.completeValue(after: "--account", in: "discover --account Har", names: names) == ["Harbor\\ Health"])
    #expect(ShellTable.completeValue(after: "--account", in: "discover --account Harbor\\ He", names: names) == ["Health"])
    #expect(ShellTable.completeValue(after: "--account", in: "discover --account \"Harbor He", names: names) == ["Health\""])
    #expect(ShellTable.completeValue(after: "--account", in: "discover --account Acme ", names: names) == nil)
    #expect(ShellTable.completeValue(after: "--account", in: "discover why", names: names) == nil)
    let typed = "discover --account Harbor\\ He"
    let word = String(typed.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    #expect(Completion.decide(word: word, candidates: ["Health"]) == .insert("alth "))
    #expect(try ShellWords.split(typed + "alth") == ["discover", "--account", "Harbor Health"])
  }

  @Test func completionOffersCommandsAfterHelp() {
    #expect(ShellTable.complete("help q", context: context()).contains("quote"))
  }

  @Test func everyTableEntryHasHelpAndAUniqueName() {
    let names = ShellTable.names
    #expect(Set(names).count == names.count)
    for entry in ShellTable.entries {
      #expect(!entry.summary.isEmpty)
      #expect(ShellHelp(style: Style(enabled: false)).render(entry.name).contains(entry.synopsis))
    }
  }

  @Test func theHelpOverviewFitsInEightyColumns() {
    let overview = ShellHelp(style: Style(enabled: false)).render(nil)
    for line in overview.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    #expect(TextWrap.lines("one two three", width: 7) == ["one two", "three"])
    #expect(TextWrap.lines("", width: 7) == [""])
  }

  @Test func quitEndsTheLoop() {
    let context = context(["quit", "help"])
    var loop = ShellLoop(context: context)
    loop.run()
    #expect(context.wantsExit)
    #expect(loop.worstStatus == 0)
  }

  @Test func unknownCommandsSetAUsageStatus() {
    var loop = ShellLoop(context: context(["nonsense"]))
    loop.run()
    #expect(loop.worstStatus == 2)
  }
}
