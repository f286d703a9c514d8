import Foundation
import Testing

@testable import LineEditor

/// The shell history file when several rapport shells save to it.
@Suite("Shell history saved by several shells at once")
struct HistoryFileTests {
  @Test func shellsAddingLinesAtOnceKeepEveryLine() throws {
    let folder = NSTemporaryDirectory() + "rapport-history-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/state/history"
    let shells = 4
    let lines = 40
    // Each "shell" adds its own lines as fast as it can; every add reads the file, adds one
    // line and replaces the file, so without a lock one shell's save can overwrite another's.
    DispatchQueue.concurrentPerform(iterations: shells) { shell in
      for line in 0..<lines { _ = HistoryFile.add("quote \(shell)-\(line)", to: path, fallback: []) }
    }
    let saved = try #require(HistoryFile.savedEntries(at: path))
    #expect(saved.count == shells * lines)
    #expect(Set(saved) == Set((0..<shells).flatMap { s in (0..<lines).map { "quote \(s)-\($0)" } }))
    // Each shell's own lines stay in the order it added them.
    #expect(saved.filter { $0.hasPrefix("quote 0-") } == (0..<lines).map { "quote 0-\($0)" })
  }

  @Test func anEarlierCopyOfALineMovesToTheEnd() throws {
    let folder = NSTemporaryDirectory() + "rapport-history-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/history"
    for line in ["help", "quote --list", "help"] { _ = HistoryFile.add(line, to: path, fallback: []) }
    #expect(HistoryFile.savedEntries(at: path) == ["quote --list", "help"])
  }

  /// A relative history path (HOME or XDG_STATE_HOME set to a relative folder) makes its folders
  /// under the working folder, not under the file system's root.
  @Test func aRelativeHistoryPathMakesItsFoldersWhereItSays() throws {
    let folder = ".build/rapport-history-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/state/history"
    let result = HistoryFile.add("help", to: path, fallback: [])
    #expect(result.failure == nil)
    #expect(HistoryFile.savedEntries(at: path) == ["help"])
    #expect(!FileManager.default.fileExists(atPath: "/" + folder))
  }
}
