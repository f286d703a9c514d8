import Foundation
import GRDB

/// A session's agreed next step, kept so it cannot be lost: `rapport next` lists the open
/// ones, overdue first.
public struct OpenNextStep: Codable, Sendable, Equatable {
  /// The session it came from (also the id `rapport next done` takes).
  public var sessionID: String
  public var account: String
  public var contact: String?
  public var action: String
  public var owner: String?
  /// The date as said ("next Tuesday").
  public var date: String?
  /// The day it is due, "2026-12-08", when the date could be read.
  public var due: String?
  /// True when the due day is a best guess ("in a few weeks").
  public var approximate: Bool
  public var createdAt: Date
  public var doneAt: Date?

  /// Days past due on `today` (0 or less when not overdue; nil without a due day).
  public func daysOverdue(on today: Date) -> Int? {
    guard let due, let day = RelativeDate.isoDay(due) else { return nil }
    let start = RelativeDate.calendar.startOfDay(for: today)
    return RelativeDate.calendar.dateComponents([.day], from: day, to: start).day
  }
}

extension OpenNextStep: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "next_step"

  /// The `next_step` table's columns.
  public enum Columns {
    public static let sessionID = Column("session_id")
    public static let account = Column("account")
    public static let contact = Column("contact")
    public static let action = Column("action")
    public static let owner = Column("owner")
    public static let date = Column("date")
    public static let due = Column("due")
    public static let approximate = Column("approximate")
    public static let createdAt = Column("created_at")
    public static let doneAt = Column("done_at")
  }

  public init(row: Row) throws {
    sessionID = row[Columns.sessionID]
    account = row[Columns.account]
    contact = row[Columns.contact]
    action = row[Columns.action]
    owner = row[Columns.owner]
    date = row[Columns.date]
    due = row[Columns.due]
    approximate = row[Columns.approximate]
    createdAt = Date(timeIntervalSince1970: row[Columns.createdAt])
    doneAt = (row[Columns.doneAt] as Double?).map(Date.init(timeIntervalSince1970:))
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container[Columns.sessionID] = sessionID
    container[Columns.account] = account
    container[Columns.contact] = contact
    container[Columns.action] = action
    container[Columns.owner] = owner
    container[Columns.date] = date
    container[Columns.due] = due
    container[Columns.approximate] = approximate
    container[Columns.createdAt] = createdAt.timeIntervalSince1970
    container[Columns.doneAt] = doneAt?.timeIntervalSince1970
  }
}

extension SessionStore {
  /// The v2 schema: one next step per session.
  static func createNextStepTable(_ db: Database) throws {
    try db.create(table: OpenNextStep.databaseTableName) { table in
      table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
      table.column("account", .text).notNull()
      table.column("contact", .text)
      table.column("action", .text).notNull()
      table.column("owner", .text)
      table.column("date", .text)
      table.column("due", .text)
      table.column("approximate", .boolean).notNull().defaults(to: false)
      table.column("created_at", .double).notNull()
      table.column("done_at", .double)
    }
    try db.create(index: "next_step_due", on: OpenNextStep.databaseTableName, columns: ["done_at", "due"])
  }

  /// Saves (or replaces) the session's next step; nil removes it (after `/back`). Its date
  /// is counted from the day of the call (the session's start).
  public func saveNextStep(_ step: NextStep?, of record: SessionRecord, at date: Date) throws {
    try pool.write { db in try Self.saveNextStep(step, of: record, countedFrom: record.createdAt, at: date, in: db) }
  }

  /// Saves (or replaces, keeping when it was first saved) the row for `record`'s next step,
  /// its due day read from its words counted from `day`; nil removes it.
  static func saveNextStep(
    _ step: NextStep?, of record: SessionRecord, countedFrom day: Date, at date: Date, in db: Database
  ) throws {
    guard let step else {
      try OpenNextStep.deleteOne(db, key: record.id)
      return
    }
    let due = step.due(from: day)
    let previous = try OpenNextStep.fetchOne(db, key: record.id)
    // A step marked done stays done when only its owner or date is filled in afterwards
    // (the question that follows a step without them); a different action is a new step.
    let doneAt = previous.flatMap { $0.action == step.action ? $0.doneAt : nil }
    try OpenNextStep(
      sessionID: record.id, account: record.account, contact: record.contact, action: step.action,
      owner: step.owner, date: step.date, due: due.map { RelativeDate.iso($0.day) },
      approximate: due?.approximate ?? false, createdAt: previous?.createdAt ?? date, doneAt: doneAt
    ).save(db)
  }

  /// Next steps, the open ones only unless `includeDone`: overdue and soonest first, those
  /// without a due day last.
  public func nextSteps(includeDone: Bool = false) throws -> [OpenNextStep] {
    try pool.read { db in
      var request = OpenNextStep.all()
      if !includeDone { request = request.filter(OpenNextStep.Columns.doneAt == nil) }
      return try request.order(
        OpenNextStep.Columns.due == nil, OpenNextStep.Columns.due, OpenNextStep.Columns.createdAt
      ).fetchAll(db)
    }
  }

  /// Marks the next step of session `id` (or a unique prefix) done; nil when there is none.
  /// A step already done keeps the day it was done (its `doneAt` is not `date` then).
  public func markNextStepDone(_ id: String, at date: Date) throws -> OpenNextStep? {
    guard !id.isEmpty, id.utf8.count <= Self.longestID else { return nil }
    return try pool.write { db in
      var step = try OpenNextStep.fetchOne(db, key: id)
      if step == nil {
        let found = try OpenNextStep.filter(OpenNextStep.Columns.sessionID.like(Self.likePrefix(id), escape: "\\"))
          .limit(2).fetchAll(db)
        step = found.count == 1 ? found[0] : nil
      }
      guard var step else { return nil }
      guard step.doneAt == nil else { return step }
      step.doneAt = date
      try step.update(db)
      return step
    }
  }

  /// How many open next steps are past due on `today`.
  public func overdueCount(on today: Date) throws -> Int {
    let day = RelativeDate.iso(RelativeDate.calendar.startOfDay(for: today))
    return try pool.read { db in
      try OpenNextStep.filter(OpenNextStep.Columns.doneAt == nil && OpenNextStep.Columns.due < day).fetchCount(db)
    }
  }
}
