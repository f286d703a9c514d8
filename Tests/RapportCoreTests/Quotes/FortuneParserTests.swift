import Testing

@testable import RapportCore

@Suite("Fortune parser")
struct FortuneParserTests {
  private func parse(_ text: String) -> (quotes: [Quote], diagnostics: [QuoteDiagnostic]) {
    FortuneParser().parse(Array(text.utf8), path: "test", topic: "t")
  }

  @Test func splitsEntriesOnPercentLines() {
    let result = parse("One.\n%\nTwo.\n%\nThree.\n")
    #expect(result.quotes.map(\.text) == ["One.", "Two.", "Three."])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func aTrailingPercentAddsNoEmptyQuote() {
    #expect(parse("One.\n%\nTwo.\n%\n").quotes.count == 2)
    #expect(parse("One.\n%\nTwo.\n%").quotes.count == 2)
  }

  @Test func emptyEntriesAreSkippedSilently() {
    let result = parse("%\n%\nOne.\n%\n\n%\n   \n%\nTwo.\n")
    #expect(result.quotes.map(\.text) == ["One.", "Two."])
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: ["", "\n\n", "%\n%\n", "  \n%\n"])
  func aFileWithNoQuotesSaysSo(text: String) {
    let result = parse(text)
    #expect(result.quotes.isEmpty)
    #expect(result.diagnostics.map(\.description) == [
      "test: warning: holds no quotes (write each quote, then a line holding only %); no topic 't'"
    ])
  }

  @Test func crlfLineEndingsAreHandled() {
    let result = parse("Listen first.\r\n  -- Somebody\r\n%\r\nTwo.\r\n")
    #expect(result.quotes[0].text == "Listen first.")
    #expect(result.quotes[0].author == "Somebody")
    #expect(result.quotes[1].text == "Two.")
  }

  @Test func attributionAfterDoubleDashOrEmDash() {
    let result = parse("A.\n\t\t-- Tab Author\n%\nB.\n    — Em Dash Author\n%\nC.\n― Bar Author\n")
    #expect(result.quotes.map(\.author) == ["Tab Author", "Em Dash Author", "Bar Author"])
    #expect(result.quotes.map(\.text) == ["A.", "B.", "C."])
  }

  @Test func anEntryThatIsOnlyAnAttributionIsSkippedWithAWarning() {
    let result = parse("Keep going.\n    -- Me\n%\n    -- Only an author\n%\nGood one.\n    -- Someone\n")
    #expect(result.quotes.map(\.text) == ["Keep going.", "Good one."])
    #expect(result.diagnostics.map(\.description) == ["test:4: warning: attribution without a quote; skipped"])
  }

  @Test func aDashInsideTheTextIsNotAnAttribution() {
    let result = parse("Do nothing unless you must -- then hesitate.\n")
    #expect(result.quotes[0].author == nil)
    #expect(result.quotes[0].text == "Do nothing unless you must -- then hesitate.")
  }

  @Test func sourceFollowsTheAuthorAfterAComma() {
    let quote = parse("Text.\n  -- Peter Drucker, The Practice of Management (1954)\n").quotes[0]
    #expect(quote.author == "Peter Drucker")
    #expect(quote.source == "The Practice of Management (1954)")
    #expect(!quote.isDoubtful)
    #expect(quote.attributionLine == "Peter Drucker, The Practice of Management (1954)")
  }

  @Test func suffixesLikeJrStayInTheName() {
    let quote = parse("Text.\n  -- Martin Luther King, Jr.\n").quotes[0]
    #expect(quote.author == "Martin Luther King, Jr.")
    #expect(quote.source == nil)
  }

  @Test func doubtfulAttributionsAreMarkedWithTheirNote() {
    let quote = parse("Luck.\n  -- Thomas Jefferson (attributed; no source in his writings)\n").quotes[0]
    #expect(quote.isDoubtful)
    #expect(quote.author == "Thomas Jefferson")
    #expect(quote.note == "no source in his writings")
    #expect(quote.attributionLine == "attributed to Thomas Jefferson")
  }

  @Test func aDoubtNoteAwayFromTheEndOrUnclosedStillCastsDoubtWithAWarning() {
    let result = parse(
      "One.\n  -- Mark Twain (attributed; no letter has it), Life on the Mississippi\n%\nTwo.\n  -- Mark Twain (attributed\n")
    // Before, both were served as certain: "Mark Twain (attributed; …)" and "Mark Twain (attributed".
    #expect(result.quotes.map(\.isDoubtful) == [true, true])
    #expect(result.quotes.map(\.author) == ["Mark Twain", "Mark Twain"])
    #expect(result.quotes[0].source == "Life on the Mississippi")
    #expect(result.quotes[0].note == "no letter has it")
    #expect(result.quotes[0].attributionLine == "attributed to Mark Twain, Life on the Mississippi")
    #expect(result.diagnostics.map(\.line) == [2, 5])
    #expect(result.diagnostics.allSatisfy { $0.message.contains("belongs at the end of the attribution line") })
    // A plain parenthesis in the source is no doubt.
    #expect(parse("Three.\n  -- Mark Twain (1872), Roughing It\n").quotes[0].isDoubtful == false)
  }

  @Test func attributedToWrittenAsTheAttribution() {
    let quote = parse("Text.\n  -- attributed to Mark Twain\n").quotes[0]
    #expect(quote.isDoubtful)
    #expect(quote.author == "Mark Twain")
  }

  @Test func anIndentedTitleLineContinuesTheAttribution() {
    let quote = parse("Text.\n\t\t-- Oscar Wilde,\n\t\t   The Picture of Dorian Gray\n").quotes[0]
    #expect(quote.author == "Oscar Wilde")
    #expect(quote.source == "The Picture of Dorian Gray")
  }

  @Test func multiLineQuotesKeepTheirLines() {
    let quote = parse("Line one\nline two.\n  -- A\n").quotes[0]
    #expect(quote.text == "Line one\nline two.")
  }

  @Test func anAttributionNamingNobodyIsReportedWithItsLine() {
    let result = parse("One.\n%\nTwo.\n  --\n%\nThree.\n")
    #expect(result.quotes.map(\.text) == ["One.", "Three."])
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics[0].line == 4)
    #expect(result.diagnostics[0].description.hasPrefix("test:4: warning:"))
  }

  @Test func invalidUTF8IsRepairedAndReportedNotFatal() {
    var bytes = Array("Good.\n%\nBad ".utf8)
    bytes += [0xFF, 0xFE]
    bytes += Array(" bytes.\n  -- Someone\n".utf8)
    let result = FortuneParser().parse(bytes, path: "bad", topic: "t")
    #expect(result.quotes.count == 2)
    #expect(result.quotes[1].text.contains("\u{FFFD}"))
    #expect(result.diagnostics.map(\.line) == [3])
  }

  @Test func anEntryThatIsMostlyInvalidUTF8IsSkippedAndTheRestStillLoads() {
    // "Привет мир" saved as Windows-1251: every letter is a byte that is not UTF-8.
    var bytes = Array("Good.\n%\n".utf8)
    bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0, 0x2E, 0x0A]
    bytes += Array("  -- Someone\n%\nAlso good.\n".utf8)
    let result = FortuneParser().parse(bytes, path: "quotes/cp1251", topic: "t")
    #expect(result.quotes.map(\.text) == ["Good.", "Also good."])
    #expect(!result.quotes.contains { $0.text.contains("\u{FFFD}") })
    #expect(result.diagnostics.contains { $0.description.hasPrefix("quotes/cp1251:3: warning: entry is mostly invalid UTF-8") })
  }

  @Test func binaryDataIsRefusedWithAnError() {
    let result = FortuneParser().parse([0x00, 0x00, 0x00, 0x02, 0x41], path: "x.dat", topic: "x")
    #expect(result.quotes.isEmpty)
    #expect(result.diagnostics.first?.severity == .error)
  }

  @Test func oversizedEntriesAreSkippedWithAWarning() {
    var parser = FortuneParser()
    parser.maximumEntryBytes = 10
    let result = parser.parse(Array("Short.\n%\nThis one is far too long.\n".utf8), path: "p", topic: "t")
    #expect(result.quotes.map(\.text) == ["Short."])
    #expect(result.diagnostics.first?.line == 3)
  }

  @Test func originNamesFileAndLine() {
    let result = parse("One.\n%\nTwo.\n")
    #expect(result.quotes.map(\.origin) == ["test:1", "test:3"])
  }

  @Test func randomBytesNeverCrash() {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<300 {
      let count = Int(generator.next() % 400)
      let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next() % 7 == 0 ? 0x25 : generator.next()) }
      let result = FortuneParser().parse(bytes.map { $0 == 0 ? 0x0A : $0 }, path: "fuzz", topic: "f")
      #expect(result.quotes.allSatisfy { !$0.text.isEmpty })
    }
  }
}
