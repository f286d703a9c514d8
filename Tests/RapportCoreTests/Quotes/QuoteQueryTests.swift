import Testing

@testable import RapportCore

@Suite("Answering a quote request")
struct QuoteQueryTests {
  private func book() -> QuoteBook {
    var book = QuoteBook()
    book.add(
      bytes: Array("Listen to understand.\n  -- A\n%\nLuck favours the prepared.\n  -- B\n%\n".utf8),
      path: "listening", topic: "listening")
    book.add(bytes: Array("Keep going.\n  -- C\n".utf8), path: "persistence", topic: "persistence")
    return book
  }

  private func error(_ query: () throws(RapportError) -> QuoteQuery.Matches) -> RapportError? {
    do {
      _ = try query()
      return nil
    } catch { return error }
  }

  @Test func aTopicPicksItsQuotesWithoutANote() throws {
    let matches = try QuoteQuery(topic: "Listening").matches(in: book())
    #expect(matches.quotes.map(\.author) == ["A", "B"])
    #expect(matches.fallbackNote(all: false) == nil)
  }

  @Test func aWordThatIsNoTopicIsSearchedForAndSaysSo() throws {
    let matches = try QuoteQuery(topic: "luck").matches(in: book())
    #expect(matches.quotes.map(\.author) == ["B"])
    #expect(
      matches.fallbackNote(all: false)
        == "No topic 'luck'. Showing a quote that mentions it instead (`rapport quote --list` shows the topics).")
    #expect(matches.fallbackNote(all: true)?.contains("Showing the quotes that mention it") == true)
  }

  @Test func aNearMissTopicThatNoQuoteMentionsIsNothingFoundWithAHint() {
    let failure = error { () throws(RapportError) in try QuoteQuery(topic: "listenin").matches(in: book()) }
    #expect(failure?.status == .failure)
    #expect(failure?.message.hasPrefix("No topic 'listenin', and no quote mentions it.") == true)
    #expect(failure?.message.contains("Did you mean 'listening'") == true)
    #expect(failure?.message.hasSuffix("Topics: listening, persistence (see `rapport quote --list`).") == true)
  }

  @Test func nothingMatchingSaysWhatWasLookedFor() {
    let failure = error { () throws(RapportError) in
      try QuoteQuery(topic: "persistence", search: "luck", length: .short(maximum: 40)).matches(in: book())
    }
    #expect(failure?.message == "No quote matches 'luck' in topic 'persistence' of at most 40 characters.")
    #expect(failure?.status == .failure)
  }

  @Test func aBlankTopicIsAUsageError() {
    #expect(throws: RapportError.self) { try QuoteQuery(topic: "  ") }
    #expect((try? QuoteQuery(topic: nil)) != nil)
  }
}
