import Testing

@testable import RapportCore

@Suite("Did you mean: bounded")
struct SuggestionBoundTests {
  @Test("a name far longer than any candidate gets no suggestion")
  func longNameGetsNoSuggestion() {
    let candidates = ["focus.we-are-leading", "ask.no-question"]
    let long = String(repeating: "a", count: 100_000)
    #expect(Suggestion.nearest(to: long, in: candidates) == nil)
    #expect(Suggestion.hint(for: "focus.we-are-leadin" + String(repeating: "g", count: 30), in: candidates) == "")
  }

  @Test("a typo as long as a candidate still gets one")
  func typoStillSuggested() {
    #expect(Suggestion.nearest(to: "ask.no-questoin", in: ["ask.no-question", "ask.vague-close"]) == "ask.no-question")
  }

  @Test("an echoed name is cut to a readable length with an ellipsis")
  func echoIsCut() {
    let long = String(repeating: "é", count: 10_000)
    let echoed = Suggestion.echo(long)
    #expect(echoed.count == Suggestion.echoLimit + 1)
    #expect(echoed.hasSuffix("…"))
    #expect(Suggestion.echo("quote") == "quote")
    #expect(Suggestion.echo(String(repeating: "x", count: Suggestion.echoLimit)).count == Suggestion.echoLimit)
  }

  @Test("control characters in an echoed name are shown as their pictures")
  func echoShowsControlCharacters() {
    // Before: a NUL cut the message short where C wrote it, and ESC reached the terminal.
    #expect(Suggestion.echo("a\u{0}b") == "a\u{2400}b")
    #expect(Suggestion.echo("\u{1B}[31mred") == "\u{241B}[31mred")
    #expect(Suggestion.echo("tab\there\u{7F}") == "tab\u{2409}here\u{2421}")
    #expect(Suggestion.echo("plain é 👋🏽") == "plain é 👋🏽")
  }
}
