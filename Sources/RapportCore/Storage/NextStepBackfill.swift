import Foundation
import GRDB

/// Finds the playbook a stored session used, by id (nil when it is no longer installed).
public typealias PlaybookLookup = @Sendable (String) -> Playbook?

extension SessionStore {
  /// Gives every session saved before the `next_step` table existed its row, so an upgrade
  /// loses no open next step from `rapport next`. Each session's answers are replayed through
  /// the engine and its next step read exactly as a live session reads it; a relative date
  /// ("next Tuesday") is counted from the day the answer was saved, not from today. Sessions
  /// that already have a row, whose playbook has no closing, or whose playbook `lookup`
  /// cannot find are left as they are. Runs inside the migration's transaction.
  static func backfillNextSteps(_ db: Database, lookup: PlaybookLookup) throws {
    var playbooks: [String: Playbook?] = [:]
    for record in try SessionRecord.fetchAll(db) where try !OpenNextStep.exists(db, key: record.id) {
      if playbooks[record.playbookID] == nil { playbooks[record.playbookID] = .some(lookup(record.playbookID)) }
      guard let playbook = playbooks[record.playbookID] ?? nil, playbook.closing else { continue }
      let stored = try StoredEvent.live(in: record.id).order(StoredEvent.Columns.id).fetchAll(db)
      let engine = DiscoveryEngine.replay(
        stored.compactMap { Self.event(kind: $0.kind, text: $0.text) }, playbook: playbook, mode: record.mode,
        values: record.variables)
      guard let step = SessionSummary(engine: engine).nextStep else { continue }
      let answers = stored.filter {
        $0.kind == "answer"
          && [ClosingQuestions.nextStepID, ClosingQuestions.nextStepDetailID].contains($0.questionID ?? "")
      }
      guard let said = answers.last?.createdAt else { continue }
      let first = answers.last { $0.questionID == ClosingQuestions.nextStepID }?.createdAt ?? said
      try saveNextStep(
        step, of: record, countedFrom: Date(timeIntervalSince1970: said),
        at: Date(timeIntervalSince1970: first), in: db)
    }
  }
}
