import Foundation
import Testing

@testable import RapportCore

@Suite("The session database")
struct SessionStoreTests {
  let directory = NSTemporaryDirectory() + "rapport-store-" + UUID().uuidString
  var path: String { directory + "/data/rapport.sqlite" }
  let start = Date(timeIntervalSince1970: 1_790_000_000)

  func record(_ id: String, account: String = "Acme", at offset: TimeInterval = 0) -> SessionRecord {
    SessionRecord(
      id: id, account: account, contact: "Dana", playbookID: "why", playbookTitle: "Why discovery",
      mode: .debrief,
      variables: ["account": account], createdAt: start.addingTimeInterval(offset))
  }

  @Test func theFileIsCreatedPrivateInWALMode() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let mode = try store.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test func eventsRoundTripInOrder() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    let events: [SessionEvent] = [.answer("They want a new CRM"), .skip, .tag(["pain", "emotion"]), .enough]
    for event in events { try store.append(event, to: "aaaaaa", prompt: nil, at: start) }
    // A second connection (another process would be the same) sees every event.
    let other = try SessionStore(path: path)
    #expect(try other.events(of: "aaaaaa") == events)
    #expect(try other.session(matching: "aaa")?.account == "Acme")
  }

  @Test func backTakesTheLatestAnswerButKeepsIt() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    try store.append(.answer("first"), to: "aaaaaa", prompt: nil, at: start)
    try store.append(.answer("second"), to: "aaaaaa", prompt: nil, at: start)
    try store.append(.tag(["pain"]), to: "aaaaaa", prompt: nil, at: start)
    #expect(try store.takeBack(in: "aaaaaa", at: start))
    #expect(try store.events(of: "aaaaaa") == [.answer("first")])
    #expect(try store.takenBack(of: "aaaaaa") == ["second"])
    #expect(try store.search("second").isEmpty)
  }

  @Test func searchFindsAnswersAndNotesByStem() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    try store.create(record("bbbbbb", account: "Globex", at: 10))
    try store.append(.answer("We keep losing renewals"), to: "aaaaaa", prompt: nil, at: start)
    try store.addNote("CFO is worried about the audit", to: "bbbbbb", at: start)
    #expect(try store.search("renewal").map(\.sessionID) == ["aaaaaa"])
    let hits = try store.search("audit")
    #expect(hits.map(\.account) == ["Globex"])
    #expect(hits.first?.snippet.contains("[audit]") == true)
    #expect(try store.search("\"unbalanced (quote").isEmpty)
  }

  @Test func aPossessiveFindsTheNameWithOrWithoutIt() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    try store.append(.answer("Every lapse lands on Dana"), to: "aaaaaa", prompt: nil, at: start)
    try store.addNote("Dana’s boss signs", to: "aaaaaa", at: start)
    #expect(try store.search("Dana's").count == 2)
    #expect(try store.search("Dana’s lapse").map(\.kind) == ["answer"])
  }

  @Test func listsNewestFirstAndDeletes() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    try store.create(record("bbbbbb", account: "Globex", at: 10))
    #expect(try store.sessions().map(\.id) == ["bbbbbb", "aaaaaa"])
    #expect(try store.sessions(account: "acme").map(\.id) == ["aaaaaa"])
    #expect(try store.accounts() == ["Globex", "Acme"])
    #expect(try store.delete("aaaaaa"))
    #expect(try store.sessions().map(\.id) == ["bbbbbb"])
    #expect(!(try store.delete("aaaaaa")))
  }

  @Test func twoWritersAtOnceLoseNothing() throws {
    let first = try SessionStore(path: path)
    let second = try SessionStore(path: path)
    try first.create(record("aaaaaa"))
    try second.create(record("bbbbbb"))
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let store = index == 0 ? first : second
      let id = index == 0 ? "aaaaaa" : "bbbbbb"
      for n in 0..<100 { try? store.append(.answer("answer \(n)"), to: id, prompt: nil, at: start) }
    }
    #expect(try first.events(of: "aaaaaa").count == 100)
    #expect(try first.events(of: "bbbbbb").count == 100)
  }

  @Test func reopeningRunsNoMigrationTwice() throws {
    _ = try SessionStore(path: path)
    let again = try SessionStore(path: path)
    let applied = try again.pool.read {
      try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations")
    }
    #expect(applied == ["v1", "v2-next-steps"])
  }
}
