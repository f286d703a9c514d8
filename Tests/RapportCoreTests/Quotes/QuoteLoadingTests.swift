import Foundation
import Testing

@testable import RapportCore

@Suite("Quote loading from folders")
struct QuoteLoadingTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-quotes-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func userFoldersExtendTheBundledTopics() throws {
    let dir = try temporaryDirectory()
    try "Mine.\n  -- Me\n".write(toFile: dir + "/listening", atomically: true, encoding: .utf8)
    try "New topic.\n  -- Me\n".write(toFile: dir + "/grit.txt", atomically: true, encoding: .utf8)
    let paths = Paths(environment: ["HOME": "/nonexistent", "RAPPORT_QUOTES_PATH": dir])
    let book = QuoteBook.load(files: [("listening", "Bundled.\n  -- B\n")], paths: paths)
    #expect(book.topics.map(\.name) == ["grit", "listening"])
    #expect(book.matching(QuoteFilter(topic: "listening")).count == 2)
  }

  @Test func aQuotesPathEntryThatIsMissingIsNotedAndAFileThereServes() throws {
    let dir = try temporaryDirectory()
    try "Grit.\n  -- Me\n".write(toFile: dir + "/grit.txt", atomically: true, encoding: .utf8)
    let paths = Paths(environment: ["HOME": "/nonexistent", "RAPPORT_QUOTES_PATH": dir + "/typo:" + dir + "/grit.txt"])
    let book = QuoteBook.load(files: [], paths: paths)
    // Before, a misspelt folder was skipped without a word, and a file named there was too.
    #expect(book.topics.map(\.name) == ["grit"])
    #expect(book.diagnostics.map(\.description) == ["\(dir)/typo: warning: not found (named in RAPPORT_QUOTES_PATH); skipped"])
  }

  @Test func datIndexFilesAndU8LinksAreSkipped() throws {
    let dir = try temporaryDirectory()
    try "One.\n%\nTwo.\n".write(toFile: dir + "/fortunes", atomically: true, encoding: .utf8)
    try Data([0, 0, 0, 2, 0, 0, 0, 2]).write(to: URL(fileURLWithPath: dir + "/fortunes.dat"))
    try FileManager.default.createSymbolicLink(atPath: dir + "/fortunes.u8", withDestinationPath: "fortunes")
    var book = QuoteBook()
    book.addDirectory(dir)
    #expect(book.quotes.count == 2)
    #expect(book.diagnostics.isEmpty)
  }

  @Test func aBrokenFileIsReportedAndTheOthersStillServe() throws {
    let dir = try temporaryDirectory()
    try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: dir + "/binary"))
    try "Fine.\n  -- F\n".write(toFile: dir + "/good", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: dir + "/subfolder", withIntermediateDirectories: true)
    var book = QuoteBook()
    book.addDirectory(dir)
    #expect(book.quotes.map(\.text) == ["Fine."])
    #expect(book.diagnostics.count == 1)
    #expect(book.diagnostics[0].path.hasSuffix("/binary"))
    #expect(book.diagnostics[0].line == 1)
  }

  @Test func anUnreadableFileIsReportedByPath() throws {
    let dir = try temporaryDirectory()
    try "Hidden.\n".write(toFile: dir + "/locked", atomically: true, encoding: .utf8)
    chmod(dir + "/locked", 0)
    defer { chmod(dir + "/locked", 0o644) }
    var book = QuoteBook()
    book.addDirectory(dir)
    // root can read anything; only check the report when the read really failed.
    if book.quotes.isEmpty {
      #expect(book.diagnostics.first?.description.contains("/locked") == true)
    }
  }

  @Test func debianFortunesMinLoadsWhenInstalled() throws {
    let dir = "/usr/share/games/fortunes"
    try #require(FileManager.default.fileExists(atPath: dir + "/fortunes"), "make test installs fortunes-min")
    var book = QuoteBook()
    book.addDirectory(dir)
    let topics = Dictionary(uniqueKeysWithValues: book.topics.map { ($0.name, $0.count) })
    // fortunes-min ships fortunes, literature and riddles with .dat indexes and .u8 links.
    #expect(topics["fortunes"] ?? 0 > 300)
    #expect(topics["literature"] ?? 0 > 50)
    #expect(topics.keys.allSatisfy { !$0.hasSuffix("dat") && !$0.hasSuffix("u8") })
    #expect(book.diagnostics.isEmpty, "\(book.diagnostics)")
    #expect(book.quotes.contains { $0.author?.contains("Phathotep") == true })
  }

  @Test func recentQuotesRoundTripAtomically() throws {
    let dir = try temporaryDirectory()
    let recent = RecentQuotes(path: dir + "/state/recent-quotes")
    #expect(recent.load().isEmpty)
    try recent.save(["a|1", "b|2"])
    #expect(recent.load() == ["a|1", "b|2"])
    var info = stat()
    stat(dir + "/state/recent-quotes", &info)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func showingAQuoteAppendsOneLineAndTheFileIsCompactedWhenLong() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/new/folder/recent-quotes"
    let recent = RecentQuotes(path: path)
    try recent.record("a|1", after: recent.load())
    try recent.record("b|2", after: recent.load())
    try recent.record("a|1", after: recent.load())
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a|1\nb|2\na|1\n")
    #expect(recent.load() == ["b|2", "a|1"])
    var info = stat()
    stat(path, &info)
    #expect(info.st_mode & 0o777 == 0o600)
    for index in 0..<(RecentQuotes.compactAfter + 5) { try recent.record("k|\(index)", after: recent.load()) }
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= RecentQuotes.compactAfter + 1)
    #expect(recent.load().suffix(QuotePicker.memory) == (RecentQuotes.compactAfter - 15..<RecentQuotes.compactAfter + 5).map { "k|\($0)" })
  }
}
