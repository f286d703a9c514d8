import Foundation
import RapportResources
import Testing

@testable import RapportCore

@Suite("The bundled quotes")
struct BundledQuotesTests {
  private let book = QuoteBook.load(
    bundled: bundledQuotes, paths: Paths(environment: ["HOME": "/nonexistent"]))

  @Test func parseWithoutAnyProblem() {
    #expect(book.diagnostics.isEmpty, "\(book.diagnostics)")
  }

  @Test func theQuotesParsedAtBuildTimeAreTheQuotesOfTheFolder() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("quotes").path
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    let files = try names.map { ($0, try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
    let parsedNow = QuoteBook.load(files: files, paths: Paths(environment: ["HOME": "/nonexistent"]))
    #expect(parsedNow.diagnostics.isEmpty)
    #expect(parsedNow.quotes.count == bundledQuotes.count)
    #expect(parsedNow.quotes == bundledQuotes)
  }

  @Test func holdTheSeedQuotesAndOneHundredFiftyMore() {
    #expect(book.quotes.count >= 156)
    for author in ["Lao Tzu", "Jim Rohn", "Thomas Jefferson", "Michael Jordan", "Unknown", "Henry Miller"] {
      #expect(book.quotes.contains { $0.author == author }, "missing \(author)")
    }
  }

  @Test func everyQuoteIsAttributed() {
    #expect(book.quotes.filter { $0.author == nil }.map(\.origin) == [])
  }

  @Test func theJeffersonLuckQuoteIsMarkedDoubtfulWithItsSource() throws {
    let quote = try #require(book.quotes.first { $0.author == "Thomas Jefferson" && $0.text.contains("luck") })
    #expect(quote.isDoubtful)
    #expect(quote.note?.contains("Coleman Cox") == true)
  }

  @Test func coverTheTopicsTheCoachNeeds() {
    let topics = Set(book.topics.map(\.name))
    for topic in ["customers", "selling", "listening", "curiosity", "service", "persistence"] {
      #expect(topics.contains(topic))
    }
  }
}
