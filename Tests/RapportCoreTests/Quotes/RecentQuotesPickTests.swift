import Foundation
import Testing

@testable import RapportCore

@Suite("Picking a quote not shown recently")
struct RecentQuotesPickTests {
  private func quotes() -> [Quote] {
    var book = QuoteBook()
    book.add(bytes: Array("One.\n  -- A\n%\nTwo.\n  -- B\n%\nThree.\n  -- C\n".utf8), path: "t", topic: "t")
    return book.quotes
  }

  private func recentFile() throws -> String {
    let dir = NSTemporaryDirectory() + "rapport-recent-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir + "/recent"
  }

  @Test func everyQuoteIsShownOnceBeforeAnyRepeats() throws {
    let recent = RecentQuotes(path: try recentFile())
    var generator = SeededGenerator(seed: 3)
    let shown = (0..<3).compactMap { _ in recent.pick(from: quotes(), using: &generator).quote?.text }
    #expect(Set(shown) == ["One.", "Two.", "Three."])
    #expect(recent.load().count == 3)
  }

  @Test func theLatestQuoteShownAgainIsNotWrittenTwice() throws {
    let path = try recentFile()
    let recent = RecentQuotes(path: path)
    let only = [quotes()[0]]
    var generator = SeededGenerator(seed: 1)
    _ = recent.pick(from: only, using: &generator)
    let before = try String(contentsOfFile: path, encoding: .utf8)
    let again = recent.pick(from: only, using: &generator)
    #expect(again.quote?.text == "One." && again.notRemembered == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
  }

  @Test func aFailedWriteStillShowsTheQuote() {
    let recent = RecentQuotes(path: "/proc/rapport-cannot-write/recent")
    var generator = SeededGenerator(seed: 1)
    let picked = recent.pick(from: quotes(), using: &generator)
    #expect(picked.quote != nil)
    #expect(picked.notRemembered != nil)
  }

  @Test func noCandidatesPicksNothingAndWritesNothing() throws {
    let path = try recentFile()
    var generator = SeededGenerator(seed: 1)
    #expect(RecentQuotes(path: path).pick(from: [], using: &generator).quote == nil)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
