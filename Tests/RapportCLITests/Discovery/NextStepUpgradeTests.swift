import Foundation
import GRDB
import Testing

@testable import RapportCore

/// `rapport next` after upgrading from a rapport that kept next steps only in the answers.
@Suite("rapport next after an upgrade")
struct NextStepUpgradeTests {
  /// Saves a debrief with the built-in `why` playbook, then takes the database back to the
  /// first schema as that rapport left it: no `next_step` table, only the `v1` migration
  /// recorded, no user_version; the session and its answers dated four weeks back.
  func olderStore(nextStep: String, env: [String: String]) throws -> (database: String, answeredAt: Date) {
    let lines = AfterTheCallPipeTests.debrief + [nextStep, "me"]
    let saved = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana"], stdin: lines.joined(separator: "\n") + "\n",
      environment: env)
    #expect(saved.status == 0, "\(saved.stderr)")
    let database = Paths(environment: env).databaseFile
    let shift = 28.0 * 86_400
    let answeredAt = try DatabaseQueue(path: database).write { db in
      try db.drop(table: OpenNextStep.databaseTableName)
      try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier <> ?", arguments: ["v1"])
      try db.execute(sql: "PRAGMA user_version = 0")
      try SessionRecord.updateAll(
        db, SessionRecord.Columns.createdAt -= shift, SessionRecord.Columns.updatedAt -= shift)
      try StoredEvent.updateAll(db, StoredEvent.Columns.createdAt -= shift)
      let answer = try StoredEvent.filter(StoredEvent.Columns.questionID == ClosingQuestions.nextStepID)
        .fetchOne(db)
      return Date(timeIntervalSince1970: try #require(answer).createdAt)
    }
    return (database, answeredAt)
  }

  @Test func nextListsAStepSavedBeforeTheUpgradeWithItsOwnerAndDueDayOnce() throws {
    let env = RapportBinary.sandboxEnvironment().environment
    let (database, answeredAt) = try olderStore(nextStep: "Dana to book the pilot call next Tuesday", env: env)
    // Counted from the day the answer was saved, four weeks ago: overdue now.
    let due = RelativeDate.iso(try #require(RelativeDate.read("next Tuesday", from: answeredAt)).day)
    let list = try runRapport(["next"], environment: env)
    #expect(list.status == 0, "\(list.stderr)")
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("overdue") == true, "\(list.stdout)")
    #expect(lines.first?.hasSuffix("Acme · book the pilot call · owner: Dana · due \(due)") == true, "\(list.stdout)")
    // A second run (and a writing command) adds nothing.
    #expect(try runRapport(["next"], environment: env).stdout == list.stdout)
    #expect(try runRapport(["next", "done", String(lines[0].prefix(6))], environment: env).status == 0)
    #expect(try runRapport(["next", "--all"], environment: env).stdout.split(separator: "\n").count == 1)
    let rows = try DatabaseQueue(path: database).read { try OpenNextStep.fetchCount($0) }
    #expect(rows == 1)
  }
}
