import Foundation
import Testing

/// The six quotes of the post rapport grew from, in its wording, with what is known of each.
@Suite("The seed quotes")
struct SeedQuoteTests {
  /// A search term, the post's wording, the author, and words the attribution must carry.
  struct Seed: Sendable, CustomStringConvertible {
    var search: String
    var text: String
    var author: String
    var doubtful: Bool
    var mustMention: [String]
    var description: String { author }
  }

  static let seeds: [Seed] = [
    Seed(
      search: "change direction",
      text: "If you do not change direction, you may end up where you are heading.",
      author: "Lao Tzu", doubtful: true, mustMention: ["not found in the Tao Te Ching"]),
    Seed(
      search: "change how you are",
      text: "Unless you change how you are, you will always have what you've got.",
      author: "Jim Rohn", doubtful: false, mustMention: ["no dated printing"]),
    Seed(
      search: "luck I seem to have",
      text: "I find that the harder I work, the more luck I seem to have.",
      author: "Thomas Jefferson", doubtful: true, mustMention: ["Monticello.org", "Coleman Cox", "1922"]),
    Seed(
      search: "others make it happen",
      text: "Some people want it to happen, some wish it would happen, others make it happen.",
      author: "Michael Jordan", doubtful: true, mustMention: ["without a source", "Nicholas Murray Butler", "1931"]),
    Seed(
      search: "live, laugh, love",
      text: """
        Laugh your heart out, dance in the rain, cherish the moment, live, laugh, love, forgive & forget, \
        life's 2 short 2 be, living w/ regrets.
        """,
      author: "Unknown", doubtful: true, mustMention: ["no author"]),
    Seed(
      search: "divinely aware",
      text: "The aim of life is to live, and to live means to be aware, joyously, drunkenly, serenely, divinely aware.",
      author: "Henry Miller", doubtful: false, mustMention: ["The Wisdom of the Heart (1941)", "Creative Death"]),
  ]

  @Test(arguments: seeds)
  func isFoundBySearchInThePostsWordingWithWhatIsKnown(_ seed: Seed) throws {
    let result = try runRapport(["quote", "--search", seed.search, "--all", "--json"])
    #expect(result.status == 0)
    let quotes = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let quote = try #require(quotes.first { ($0["author"] as? String) == seed.author })
    let text = (quote["text"] as? String ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text == seed.text)
    #expect(quote["doubtful"] as? Bool == seed.doubtful)
    let known = [quote["note"], quote["source"]].compactMap { $0 as? String }.joined(separator: " ")
    for words in seed.mustMention { #expect(known.contains(words), "\(seed.author): \(known)") }
  }

  @Test func anUnknownAuthorIsNotShownAsAttributedToUnknown() throws {
    let result = try runRapport(["quote", "--search", "living w/ regrets"])
    #expect(result.stdout.contains("    — Unknown\n"))
    #expect(result.stdout.contains("(unverified; an internet saying"))
  }

  @Test func bothWordingsOfTheLuckLineCarryTheSameFinding() throws {
    let result = try runRapport(["quote", "--search", "luck", "--all", "--json"])
    let quotes = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let notes = quotes.filter { ($0["author"] as? String) == "Thomas Jefferson" }.compactMap { $0["note"] as? String }
    #expect(notes.count == 2)
    #expect(Set(notes).count == 1)
  }
}
