import Testing

@testable import LineEditor

@Suite("Line editor logic without a terminal")
struct CompletionTests {
  @Test func aSingleMatchCompletesWithASpace() {
    #expect(Completion.decide(word: "quo", candidates: ["quote"]) == .insert("te "))
  }

  @Test func severalMatchesInsertTheirCommonPrefixFirst() {
    #expect(Completion.decide(word: "l", candidates: ["listening", "listen-more"]) == .insert("isten"))
  }

  @Test func severalMatchesWithNothingInCommonAreListed() {
    #expect(Completion.decide(word: "qu", candidates: ["quote", "quit"]) == .list(["quit", "quote"]))
  }

  @Test func noMatchBeeps() {
    #expect(Completion.decide(word: "x", candidates: []) == .none)
  }

  @Test func completionOfUnicodeWords() {
    #expect(Completion.decide(word: "zo", candidates: ["zoë"]) == .insert("ë "))
  }

  @Test func columnsFitTheWidth() {
    let text = Completion.columns(["alpha", "beta", "gamma", "delta"], width: 16)
    #expect(text == "alpha  beta\ngamma  delta")
  }

  @Test func historySkipsBlankSpaceLedAndMultiLineEntries() {
    #expect(HistoryPolicy.entry(for: "quote  ") == "quote")
    #expect(HistoryPolicy.entry(for: "   ") == nil)
    #expect(HistoryPolicy.entry(for: " secret") == nil)
    #expect(HistoryPolicy.entry(for: "a\nb") == nil)
  }

  @Test func promptEscapesAreMarkedForLibedit() {
    let marked = PromptText.markingEscapes("\u{1b}[1;36mrapport\u{1b}[0m> ")
    #expect(marked == "\u{1}\u{1b}[1;36m\u{1}rapport\u{1}\u{1b}[0m\u{1}> ")
  }

  @Test func scriptedReaderFeedsLinesThenEnds() {
    let reader = ScriptedLineReader(lines: ["one", "two"])
    #expect(reader.readLine(prompt: "> ") == .line("one"))
    #expect(reader.readLine(prompt: "> ") == .line("two"))
    #expect(reader.readLine(prompt: "> ") == .endOfInput)
    #expect(reader.prompts == ["> ", "> ", "> "])
  }
}

@Suite("History policy")
struct HistoryPolicyTests {
  @Test func aRepeatedLineMovesToTheEndInsteadOfStayingTwice() {
    #expect(HistoryPolicy.adding("a", to: ["a", "b"]) == ["b", "a"])
    #expect(HistoryPolicy.adding("c", to: ["a", "b"]) == ["a", "b", "c"])
  }

  @Test func theOldestEntriesGoBeyondTheCapacity() {
    let full = (0..<HistoryPolicy.capacity).map(String.init)
    let added = HistoryPolicy.adding("new", to: full)
    #expect(added.count == HistoryPolicy.capacity)
    #expect(added.first == "1")
    #expect(added.last == "new")
  }
}
