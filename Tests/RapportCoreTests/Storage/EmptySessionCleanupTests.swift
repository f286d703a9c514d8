import Foundation
import Testing

@testable import RapportCore

@Suite("Removing a session that saved nothing")
struct EmptySessionCleanupTests {
  let path = NSTemporaryDirectory() + "rapport-cleanup-" + UUID().uuidString + "/rapport.sqlite"
  let start = Date(timeIntervalSince1970: 1_790_000_000)

  func record(_ id: String) -> SessionRecord {
    SessionRecord(
      id: id, account: "Acme", contact: nil, playbookID: "why", playbookTitle: "Why discovery", mode: .debrief,
      variables: ["account": "Acme"], createdAt: start)
  }

  @Test func aSessionWithNothingSavedIsDeleted() throws {
    let store = try SessionStore(path: path)
    try store.create(record("empty1"))
    #expect(store.deleteIfEmpty("empty1"))
    #expect(try store.session(matching: "empty1") == nil)
  }

  @Test func aSessionWithAnAnswerOrANoteIsKept() throws {
    let store = try SessionStore(path: path)
    try store.create(record("answer"))
    try store.append(.answer("We lose leads"), to: "answer", prompt: nil, at: start)
    try store.create(record("noted1"))
    try store.addNote("call back Friday", to: "noted1", at: start)
    #expect(!store.deleteIfEmpty("answer"))
    #expect(!store.deleteIfEmpty("noted1"))
    #expect(try store.sessions().count == 2)
  }
}
