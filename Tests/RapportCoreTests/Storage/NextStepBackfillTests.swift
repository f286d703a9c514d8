import Foundation
import GRDB
import Testing

@testable import RapportCore

/// A database saved by a rapport from before `rapport next` (schema v1: next steps only in
/// the answers) keeps its open next steps in view after the upgrade.
@Suite("Next steps of sessions saved before the upgrade")
struct NextStepBackfillTests {
  let directory = NSTemporaryDirectory() + "rapport-backfill-" + UUID().uuidString
  var path: String { directory + "/rapport.sqlite" }
  /// Friday 2026-11-20: the sessions were started then...
  static let started = RelativeDate.isoDay("2026-11-20")!
  /// ...and their closing answered on Thursday 2026-12-03.
  static let closed = RelativeDate.isoDay("2026-12-03")!.addingTimeInterval(15 * 3600)
  static let playbook = EngineTests.playbook(closing: true)
  static let lookup: PlaybookLookup = { $0 == "demo" ? playbook : nil }

  /// Writes the v1 schema only (as the first rapport's migration did: no `next_step` table,
  /// no user_version) and one session per entry, its events saved as that rapport saved them:
  /// the prompt's text and question id with each answer or skip.
  func writeOldStore(_ sessions: [(id: String, nextStep: String, detail: String?)]) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let queue = try DatabaseQueue(path: path)
    try SessionStore.migrator.migrate(queue, upTo: "v1")
    let base = ["We need a CRM because we lose 20% of our leads", "no", "Alerts", "$200k saved vs a $30k fee"]
    try queue.write { db in
      for session in sessions {
        var record = SessionRecord(
          id: session.id, account: "Acme", contact: "Dana Reyes", playbookID: "demo", playbookTitle: "Demo",
          mode: .debrief, variables: ["account": "Acme", "contact": "Dana Reyes"], createdAt: Self.started)
        record.status = .done
        try record.insert(db)
        var engine = DiscoveryEngine(playbook: Self.playbook, mode: .debrief, values: record.variables)
        var answers = base[...]
        while let prompt = engine.current {
          let event: SessionEvent
          var at = Self.started.addingTimeInterval(600)
          switch prompt.questionID {
          case ClosingQuestions.nextStepID:
            event = .answer(session.nextStep)
            at = Self.closed
          case ClosingQuestions.nextStepDetailID:
            event = session.detail.map(SessionEvent.answer) ?? .skip
            at = Self.closed.addingTimeInterval(60)
          default:
            event = answers.popFirst().map(SessionEvent.answer) ?? .skip
          }
          let (kind, text) = SessionStore.columns(event)
          var stored = StoredEvent(
            sessionID: record.id, kind: kind, text: text, prompt: prompt.text, questionID: prompt.questionID,
            createdAt: at)
          try stored.insert(db)
          engine.apply(event)
        }
      }
    }
    try queue.close()
  }

  @Test func anOlderStoresNextStepsAreListedWithOwnerAndDueDayCountedFromTheAnswer() throws {
    try writeOldStore([
      ("tues01", "Dana to send the proposal next Tuesday", nil),
      ("weeks1", "Send him a case study and check back in a few weeks", "Maya"),
    ])
    let store = try SessionStore(path: path, playbooks: Self.lookup)
    let steps = try store.nextSteps()
    #expect(steps.map(\.sessionID) == ["tues01", "weeks1"])
    let tuesday = try #require(steps.first)
    #expect(tuesday.account == "Acme" && tuesday.contact == "Dana Reyes")
    #expect(tuesday.owner == "Dana")
    #expect(tuesday.date == "next Tuesday")
    // The Tuesday after the answer (Thursday 3 December), not after the session's start
    // (24 November) nor after today.
    #expect(tuesday.due == "2026-12-08")
    #expect(tuesday.approximate == false)
    #expect(tuesday.createdAt == Self.closed)
    #expect(tuesday.doneAt == nil)
    let weeks = steps[1]
    #expect(weeks.owner == "Maya")
    #expect(weeks.date == "in a few weeks")
    #expect(weeks.approximate)
    #expect(weeks.due.flatMap(RelativeDate.isoDay).map { $0 > Self.closed.addingTimeInterval(7 * 86_400) } == true)
    let later = RelativeDate.isoDay("2026-12-10")!
    #expect(try store.overdueCount(on: later) == 1)
  }

  @Test func openingTheUpgradedStoreAgainAddsNoRowAndKeepsDoneOnesDone() throws {
    try writeOldStore([("tues01", "Dana to send the proposal next Tuesday", nil)])
    let first = try SessionStore(path: path, playbooks: Self.lookup)
    #expect(try first.nextSteps().count == 1)
    _ = try first.markNextStepDone("tues01", at: Self.closed.addingTimeInterval(86_400))
    for readOnly in [false, true] {
      let again = try SessionStore(path: path, readOnly: readOnly, playbooks: Self.lookup)
      #expect(try again.nextSteps(includeDone: true).count == 1)
      #expect(try again.nextSteps().isEmpty)
    }
    let rows = try DatabaseQueue(path: path).read { try OpenNextStep.fetchCount($0) }
    #expect(rows == 1)
  }

  @Test func aReadingCommandUpgradesAnOlderStoreInAWritableFolder() throws {
    try writeOldStore([("tues01", "Dana to send the proposal next Tuesday", nil)])
    let store = try SessionStore(path: path, readOnly: true, playbooks: Self.lookup)
    #expect(try store.nextSteps().map(\.owner) == ["Dana"])
    let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
    #expect(version == SessionStore.schemaVersion)
  }

  @Test func aSessionWhosePlaybookIsGoneGetsNoRowAndKeepsItsAnswers() throws {
    try writeOldStore([("tues01", "Dana to send the proposal next Tuesday", nil)])
    let store = try SessionStore(path: path, playbooks: { _ in nil })
    #expect(try store.nextSteps().isEmpty)
    #expect(try store.events(of: "tues01").isEmpty == false)
  }
}
