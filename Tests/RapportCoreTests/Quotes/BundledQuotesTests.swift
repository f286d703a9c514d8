import RapportResources
import Testing

@testable import RapportCore

@Suite("The bundled quotes")
struct BundledQuotesTests {
  private let book = QuoteBook.load(
    bundled: bundledFiles(in: "quotes"), paths: Paths(environment: ["HOME": "/nonexistent"]))

  @Test func parseWithoutAnyProblem() {
    #expect(book.diagnostics.isEmpty, "\(book.diagnostics)")
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
