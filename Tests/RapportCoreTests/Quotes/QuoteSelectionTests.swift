import Testing

@testable import RapportCore

@Suite("Quote selection")
struct QuoteSelectionTests {
  private func book() -> QuoteBook {
    var book = QuoteBook()
    book.add(
      bytes: Array("Listen to understand.\n  -- A\n%\nAsk why, then ask again.\n  -- B\n%\n".utf8),
      path: "listening", topic: "listening")
    let long = String(repeating: "Persist and persist again. ", count: 8)
    book.add(bytes: Array("Keep going.\n  -- C\n%\n\(long)\n  -- D\n".utf8), path: "persistence", topic: "persistence")
    return book
  }

  @Test func topicsAreCounted() {
    #expect(book().topics.map(\.name) == ["listening", "persistence"])
    #expect(book().topics.map(\.count) == [2, 2])
  }

  @Test func topicFilterIsCaseInsensitive() {
    #expect(book().matching(QuoteFilter(topic: "Listening")).count == 2)
  }

  @Test func searchIgnoresCaseAndMatchesAuthors() {
    #expect(book().matching(QuoteFilter(pattern: SearchPattern("ASK WHY"))).map(\.author) == ["B"])
    #expect(book().matching(QuoteFilter(pattern: SearchPattern("c"))).map(\.author).contains("C"))
  }

  @Test func lengthFilterSplitsShortAndLong() {
    let short = book().matching(QuoteFilter(length: .short(maximum: 160)))
    let long = book().matching(QuoteFilter(length: .long(minimum: 160)))
    #expect(short.count == 3)
    #expect(long.map(\.author) == ["D"])
  }

  @Test func seededPicksAreRepeatable() {
    let quotes = book().quotes
    var first = SeededGenerator(seed: 7)
    var second = SeededGenerator(seed: 7)
    let a = (0..<5).map { _ in QuotePicker().pick(from: quotes, avoiding: [], using: &first)?.author }
    let b = (0..<5).map { _ in QuotePicker().pick(from: quotes, avoiding: [], using: &second)?.author }
    #expect(a == b)
  }

  @Test func recentQuotesAreNotRepeated() {
    let quotes = book().quotes
    let picker = QuotePicker()
    var recent: [String] = []
    var generator = SeededGenerator(seed: 1)
    var shown: [String] = []
    for _ in 0..<quotes.count {
      let quote = picker.pick(from: quotes, avoiding: recent, using: &generator)!
      shown.append(quote.key)
      recent = picker.remembering(quote, in: recent)
    }
    #expect(Set(shown).count == quotes.count)
  }

  @Test func whenAllWereShownTheOldestComesBack() {
    let quotes = book().quotes
    let recent = quotes.map(\.key)
    var generator = SeededGenerator(seed: 3)
    #expect(QuotePicker().pick(from: quotes, avoiding: recent, using: &generator)?.key == recent[0])
  }

  @Test func memoryIsCappedAtTwenty() {
    var recent: [String] = []
    for index in 0..<50 {
      recent = QuotePicker().remembering(Quote(text: "\(index)", topic: "t", origin: "o"), in: recent)
    }
    #expect(recent.count == QuotePicker.memory)
    #expect(recent.last == "t|49")
  }

  @Test func dailyQuoteIsStableWithinADayAndChangesTheNext() {
    let quotes = book().quotes
    let picker = QuotePicker()
    for day in 20_000..<20_060 {
      #expect(picker.daily(from: quotes, day: day) == picker.daily(from: quotes, day: day))
      #expect(picker.daily(from: quotes, day: day) != picker.daily(from: quotes, day: day + 1))
    }
  }

  @Test func dailyQuoteVisitsEveryQuoteBeforeRepeating() {
    let quotes = book().quotes
    let seen = Set((0..<quotes.count).compactMap { QuotePicker().daily(from: quotes, day: 19_000 + $0)?.key })
    #expect(seen.count == quotes.count)
  }

  @Test func isoDatesBecomeDayNumbers() {
    #expect(DayNumber(isoDate: "1970-01-01")?.value == 0)
    #expect(DayNumber(isoDate: "2026-11-23")?.value == 20_780)
    #expect(DayNumber(isoDate: "2024-02-29") != nil)
    #expect(DayNumber(isoDate: "2023-02-29") == nil)
    #expect(DayNumber(isoDate: "23-11-2026") == nil)
  }
}
