import Foundation
import LineEditor
import Testing

@testable import RapportCore
@testable import rapport

/// Lines given in turn, then the end of input, as a script types them.
private final class ScriptedLines: LineReader {
  var lines: [String]
  init(_ lines: [String]) { self.lines = lines }
  var isInteractive: Bool { false }
  func readLine(prompt: String, completer: Completer?) -> LineInput {
    lines.isEmpty ? .endOfInput : .line(lines.removeFirst())
  }
  func addToHistory(_ line: String) {}
  func saveHistory() {}
}

/// A disk with no room for a session's first answer: the session is not left behind, and
/// the message does not promise answers that were never saved or a resume of nothing.
@Suite("A session the disk has no room for")
struct FullDiskSessionTests {
  @Test func aSessionThatCouldNotSaveItsFirstAnswerSaysNothingWasKept() throws {
    let home = NSTemporaryDirectory() + "rapport-full-" + UUID().uuidString
    let paths = Paths(environment: ["HOME": home, "XDG_DATA_HOME": home + "/data"])
    try FileManager.default.createDirectory(atPath: paths.dataDirectory, withIntermediateDirectories: true)
    let store = try SessionStore(path: paths.databaseFile)
    let playbook = try #require(DiscoverySetup.catalog(paths: paths, warn: false).playbook(id: "why"))
    let record = SessionRecord(
      id: "fu11aa", account: "Acme", contact: nil, playbookID: "why", playbookTitle: playbook.title, mode: .debrief,
      variables: [:], createdAt: Date())
    try store.create(record)
    // No page more than the database has now: the first answer cannot be written.
    try store.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    let answer = "They want a new CRM " + String(repeating: "because renewals lapse ", count: 4000)
    var thrown: (any Error)?
    do {
      try DiscoverySetup.run(
        record: record, engine: DiscoveryEngine(playbook: playbook, mode: .debrief, values: ["account": "Acme"]),
        store: store, reader: ScriptedLines([answer]), style: Style(enabled: false), paths: paths, json: false,
        isNew: true)
    } catch { thrown = error }
    let error = try #require(thrown as? RapportError)
    // Before: "…is full; your answers up to the last one are saved. Free some space, then
    // `rapport sessions resume` carries on", with no session left to resume.
    #expect(error.message.contains("is full, so nothing of this session was kept"), "\(error.message)")
    #expect(!error.message.contains("resume"))
    #expect(try store.session(matching: "fu11aa") == nil)
  }
}
