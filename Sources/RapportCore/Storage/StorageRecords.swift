import Foundation
import GRDB

// The tables as GRDB record types: rows are read and written through these, never through
// SQL strings built by hand.

extension SessionRecord: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "session"

  /// The `session` table's columns.
  public enum Columns {
    public static let id = Column("id")
    public static let account = Column("account")
    public static let contact = Column("contact")
    public static let playbookID = Column("playbook_id")
    public static let playbookTitle = Column("playbook_title")
    public static let mode = Column("mode")
    public static let status = Column("status")
    public static let variables = Column("variables")
    public static let createdAt = Column("created_at")
    public static let updatedAt = Column("updated_at")
  }

  public init(row: Row) throws {
    let variables = (try? JSONDecoder().decode([String: String].self, from: Data((row[Columns.variables] as String).utf8))) ?? [:]
    self.init(
      id: row[Columns.id], account: row[Columns.account], contact: row[Columns.contact],
      playbookID: row[Columns.playbookID], playbookTitle: row[Columns.playbookTitle],
      mode: SessionMode(rawValue: row[Columns.mode]) ?? .debrief,
      status: SessionStatus(rawValue: row[Columns.status]) ?? .open, variables: variables,
      createdAt: Date(timeIntervalSince1970: row[Columns.createdAt]))
    updatedAt = Date(timeIntervalSince1970: row[Columns.updatedAt])
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container[Columns.id] = id
    container[Columns.account] = account
    container[Columns.contact] = contact
    container[Columns.playbookID] = playbookID
    container[Columns.playbookTitle] = playbookTitle
    container[Columns.mode] = mode.rawValue
    container[Columns.status] = status.rawValue
    container[Columns.variables] = SessionStore.encode(variables)
    container[Columns.createdAt] = createdAt.timeIntervalSince1970
    container[Columns.updatedAt] = updatedAt.timeIntervalSince1970
  }
}

/// One row of the `event` table: an answer, skip, enough or tag, kept even when taken back.
struct StoredEvent: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "event"

  /// The table's column names (GRDB reads and writes the record through them).
  enum CodingKeys: String, CodingKey {
    case id, kind, text, prompt
    case sessionID = "session_id", questionID = "question_id", createdAt = "created_at", removedAt = "removed_at"
  }

  enum Columns {
    static let id = Column(CodingKeys.id)
    static let sessionID = Column(CodingKeys.sessionID)
    static let kind = Column(CodingKeys.kind)
    static let text = Column(CodingKeys.text)
    static let prompt = Column(CodingKeys.prompt)
    static let questionID = Column(CodingKeys.questionID)
    static let createdAt = Column(CodingKeys.createdAt)
    static let removedAt = Column(CodingKeys.removedAt)
  }

  var id: Int64?
  var sessionID: String
  var kind: String
  var text: String?
  var prompt: String?
  var questionID: String?
  var createdAt: Double
  var removedAt: Double?

  init(
    sessionID: String, kind: String, text: String?, prompt: String?, questionID: String?, createdAt: Date
  ) {
    self.sessionID = sessionID
    self.kind = kind
    self.text = text
    self.prompt = prompt
    self.questionID = questionID
    self.createdAt = createdAt.timeIntervalSince1970
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// The events of `sessionID` still in force (not taken back).
  static func live(in sessionID: String) -> QueryInterfaceRequest<StoredEvent> {
    filter(Columns.sessionID == sessionID && Columns.removedAt == nil)
  }
}

/// One row of the `note` table.
struct StoredNote: Codable, FetchableRecord, MutablePersistableRecord {
  static let databaseTableName = "note"

  /// The table's column names (GRDB reads and writes the record through them).
  enum CodingKeys: String, CodingKey {
    case id, kind, text, position
    case sessionID = "session_id", createdAt = "created_at"
  }

  enum Columns {
    static let id = Column(CodingKeys.id)
    static let sessionID = Column(CodingKeys.sessionID)
    static let kind = Column(CodingKeys.kind)
    static let text = Column(CodingKeys.text)
    static let position = Column(CodingKeys.position)
    static let createdAt = Column(CodingKeys.createdAt)
  }

  var id: Int64?
  var sessionID: String
  var kind: String
  var text: String
  var position: Int
  var createdAt: Double

  init(sessionID: String, kind: String, text: String, position: Int, createdAt: Date) {
    self.sessionID = sessionID
    self.kind = kind
    self.text = text
    self.position = position
    self.createdAt = createdAt.timeIntervalSince1970
  }

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  var note: SessionNote {
    SessionNote(
      kind: SessionNote.Kind(rawValue: kind) ?? .note, text: text, position: position,
      createdAt: Date(timeIntervalSince1970: createdAt))
  }
}

/// One row of the FTS5 `search` table: an answer's or a note's text.
struct SearchEntry: FetchableRecord, PersistableRecord {
  static let databaseTableName = "search"
  static let session = belongsTo(SessionRecord.self, using: ForeignKey([Columns.sessionID], to: [SessionRecord.Columns.id]))

  enum Columns {
    static let text = Column("text")
    static let sessionID = Column("session_id")
    static let kind = Column("kind")
    static let ref = Column("ref")
  }

  var text: String
  var sessionID: String
  var kind: String
  var ref: Int64?

  init(text: String, sessionID: String, kind: String, ref: Int64?) {
    self.text = text
    self.sessionID = sessionID
    self.kind = kind
    self.ref = ref
  }

  init(row: Row) throws {
    text = row[Columns.text]
    sessionID = row[Columns.sessionID]
    kind = row[Columns.kind]
    ref = row[Columns.ref]
  }

  func encode(to container: inout PersistenceContainer) throws {
    container[Columns.text] = text
    container[Columns.sessionID] = sessionID
    container[Columns.kind] = kind
    container[Columns.ref] = ref
  }
}
