import Foundation
import GRDB

#if canImport(Glibc)
  import Glibc
#endif

/// Sessions in an SQLite database (GRDB `DatabasePool`, WAL). Every call is its own
/// transaction, so an answer is on disk before the next prompt; several processes may
/// write at once.
public final class SessionStore: Sendable {
  let pool: DatabasePool
  public let path: String

  /// A note for the person, once: the files were readable by others and are now 0600.
  public let permissionNote: String?

  /// Opens (or creates, mode 0600 in a 0700 folder) the database at `path` and brings its
  /// schema up to date. `readOnly` (for commands that only read) opens an existing database
  /// without writing to it, so `sessions` works in a read-only folder.
  ///
  /// A database written by a newer rapport (a schema version or a migration this one does
  /// not know) is refused before anything touches it. An older one is brought up to date,
  /// even for `readOnly`, when the file can be written; `playbooks` finds the playbooks its
  /// sessions used, so their next steps can be read from their answers (see
  /// `backfillNextSteps`).
  public init(path: String, readOnly: Bool = false, playbooks: @escaping PlaybookLookup = { _ in nil }) throws {
    self.path = path
    let directory = (path as NSString).deletingLastPathComponent
    let exists = FileSystem.kind(of: path) == .file
    permissionNote = Self.tightenPermissions(path)
    let readOnly = readOnly && exists && !Self.needsWritableUpgrade(path)
    if !readOnly {
      do {
        if !directory.isEmpty { try FileSystem.makeDirectories(directory) }
      } catch {
        throw RapportError("Cannot create the folder for the session database: \(error). Check XDG_DATA_HOME.")
      }
      let fd = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
      if fd < 0 {
        throw RapportError("Cannot open the session database \(path): \(String(cString: strerror(errno))).")
      }
      close(fd)
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(15)
    configuration.readonly = readOnly
    configuration.prepareDatabase { db in
      if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = FULL") }
    }
    // Switching a new file to WAL and migrating take locks SQLite's busy handler does not
    // wait for; processes opening the database at the same moment take turns here (flock
    // on the folder, so SQLite's own locks on the file are never disturbed).
    let folder = readOnly ? -1 : open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
    if folder >= 0 { flock(folder, LOCK_EX) }
    defer {
      if folder >= 0 {
        flock(folder, LOCK_UN)
        close(folder)
      }
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try Self.refuseNewerSchema(pool, path: path)
      if readOnly {
        // An older database needs its migrations, which only a writer can apply.
        guard try pool.read({ try Self.migrator.hasCompletedMigrations($0) }) else {
          throw RapportError("\(path) needs an upgrade that cannot be written (the folder is read-only).")
        }
      } else {
        try Self.migrator(playbooks: playbooks).migrate(pool)
        try pool.write { db in
          if try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 < Self.schemaVersion {
            try db.execute(sql: "PRAGMA user_version = \(Self.schemaVersion)")
          }
        }
      }
    } catch let error as DatabaseError {
      throw Self.explain(error, path: path) ?? RapportError("\(path) cannot be used.")
    }
  }

  /// This rapport's schema version: the number of migrations it knows, kept in SQLite's
  /// `user_version` so that an older rapport can tell a newer database from its own.
  public static var schemaVersion: Int { migrator.migrations.count }

  /// Throws when the database was written by a newer rapport: its `user_version` is above
  /// ours, or it records a migration this rapport does not know.
  static func refuseNewerSchema(_ pool: DatabasePool, path: String) throws {
    let (version, superseded, applied) = try pool.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try migrator.hasBeenSuperseded(db),
        try migrator.appliedIdentifiers(db).count
      )
    }
    guard version > schemaVersion || superseded else { return }
    throw RapportError(
      "\(path): this database was written by a newer rapport (schema \(max(version, applied))); upgrade rapport.")
  }

  /// Makes the database and its WAL and shared-memory files readable by their owner only
  /// (0600) when they were more open; returns the note to show, nil when nothing changed.
  static func tightenPermissions(_ path: String) -> String? {
    var changed: [String] = []
    for file in [path, path + "-wal", path + "-shm"] {
      var info = stat()
      guard lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == geteuid(),
        info.st_mode & 0o077 != 0
      else { continue }
      if chmod(file, 0o600) == 0 { changed.append(file) }
    }
    guard !changed.isEmpty else { return nil }
    return "\(changed[0]) was readable by others; it is now readable by you only (mode 0600"
      + (changed.count > 1 ? ", with its \(changed.count - 1) companion file\(changed.count > 2 ? "s" : ""))." : ").")
  }

  /// True when the database at `path` has migrations to apply and the file and its folder
  /// can be written: a reading command then upgrades it rather than refusing it.
  static func needsWritableUpgrade(_ path: String) -> Bool {
    let directory = (path as NSString).deletingLastPathComponent
    guard access(path, R_OK | W_OK) == 0, access(directory.isEmpty ? "." : directory, W_OK) == 0 else {
      return false
    }
    var configuration = Configuration()
    configuration.readonly = true
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration),
      let complete = try? queue.read({ try migrator.hasCompletedMigrations($0) })
    else { return false }
    try? queue.close()
    return !complete
  }

  /// The schema migrations, for reading which ones a database has (no backfill).
  static var migrator: DatabaseMigrator { migrator(playbooks: { _ in nil }) }

  /// Schema migrations, from the first release on. Never edit one that shipped; add another.
  /// `playbooks` is used once, when `v2-next-steps` fills the new table from older sessions.
  static func migrator(playbooks: @escaping PlaybookLookup) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE session (
            id TEXT PRIMARY KEY NOT NULL,
            account TEXT NOT NULL,
            contact TEXT,
            playbook_id TEXT NOT NULL,
            playbook_title TEXT NOT NULL,
            mode TEXT NOT NULL,
            status TEXT NOT NULL,
            variables TEXT NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
          );
          CREATE INDEX session_account ON session(account, updated_at);
          CREATE TABLE event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT,
            prompt TEXT,
            question_id TEXT,
            created_at REAL NOT NULL,
            removed_at REAL
          );
          CREATE INDEX event_session ON event(session_id, id);
          CREATE TABLE note (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            position INTEGER NOT NULL,
            created_at REAL NOT NULL
          );
          CREATE INDEX note_session ON note(session_id, id);
          CREATE VIRTUAL TABLE search USING fts5(
            text, session_id UNINDEXED, kind UNINDEXED, ref UNINDEXED,
            tokenize = 'porter unicode61 remove_diacritics 2'
          );
          """)
    }
    migrator.registerMigration("v2-next-steps") { db in
      try createNextStepTable(db)
      try backfillNextSteps(db, lookup: playbooks)
    }
    return migrator
  }

  // MARK: - Writing

  /// Saves a new session header.
  public func create(_ record: SessionRecord) throws {
    try pool.write { db in try record.insert(db) }
  }

  /// Records one event (an answer, a skip, ...) in its own transaction.
  public func append(_ event: SessionEvent, to sessionID: String, prompt: Prompt?, at date: Date) throws {
    let (kind, text) = Self.columns(event)
    try pool.write { db in
      var stored = StoredEvent(
        sessionID: sessionID, kind: kind, text: text, prompt: prompt?.text, questionID: prompt?.questionID,
        createdAt: date)
      try stored.insert(db)
      if kind == "answer", let text {
        try SearchEntry(text: text, sessionID: sessionID, kind: "answer", ref: stored.id).insert(db)
      }
      try touch(db, sessionID, date, status: .open)
    }
  }

  /// `/back`: takes back the latest answer or skip and everything after it. The rows stay,
  /// marked removed, so nothing typed is ever lost.
  @discardableResult
  public func takeBack(in sessionID: String, at date: Date) throws -> Bool {
    try pool.write { db in
      let last = try StoredEvent.live(in: sessionID)
        .filter(["answer", "skip"].contains(StoredEvent.Columns.kind))
        .order(StoredEvent.Columns.id.desc).fetchOne(db)
      guard let last, let lastID = last.id else { return false }
      let taken = StoredEvent.live(in: sessionID).filter(StoredEvent.Columns.id >= lastID)
      let ids = try taken.select(StoredEvent.Columns.id, as: Int64.self).fetchAll(db)
      try taken.updateAll(db, StoredEvent.Columns.removedAt.set(to: date.timeIntervalSince1970))
      try SearchEntry.filter(SearchEntry.Columns.kind == "answer" && ids.contains(SearchEntry.Columns.ref))
        .deleteAll(db)
      try touch(db, sessionID, date, status: .open)
      return true
    }
  }

  /// Saves a note (or a draft) at the session's current place.
  public func addNote(_ text: String, kind: SessionNote.Kind = .note, to sessionID: String, at date: Date)
    throws
  {
    try pool.write { db in
      let position = try StoredEvent.live(in: sessionID).fetchCount(db)
      var note = StoredNote(
        sessionID: sessionID, kind: kind.rawValue, text: text, position: position, createdAt: date)
      try note.insert(db)
      try SearchEntry(text: text, sessionID: sessionID, kind: kind.rawValue, ref: note.id).insert(db)
      try touch(db, sessionID, date, status: nil)
    }
  }

  /// Removes the draft note `text`, kept when the session was paused, once the answer that
  /// finished it is saved: its words live on in that answer. False when there was none.
  @discardableResult
  public func dropDraft(_ text: String, of sessionID: String) throws -> Bool {
    try pool.write { db in
      let draft = SessionNote.Kind.draft.rawValue
      guard
        let note = try StoredNote.filter(
          StoredNote.Columns.sessionID == sessionID && StoredNote.Columns.kind == draft && StoredNote.Columns.text == text
        ).order(StoredNote.Columns.id.desc).fetchOne(db)
      else { return false }
      try SearchEntry.filter(SearchEntry.Columns.kind == draft && SearchEntry.Columns.ref == note.id).deleteAll(db)
      return try note.delete(db)
    }
  }

  public func setStatus(_ status: SessionStatus, of sessionID: String, at date: Date) throws {
    try pool.write { db in try touch(db, sessionID, date, status: status) }
  }

  /// Deletes a session with its events, notes and search entries. False when there was none.
  @discardableResult
  public func delete(_ sessionID: String) throws -> Bool {
    try pool.write { db in
      try SearchEntry.filter(SearchEntry.Columns.sessionID == sessionID).deleteAll(db)
      try StoredEvent.filter(StoredEvent.Columns.sessionID == sessionID).deleteAll(db)
      try StoredNote.filter(StoredNote.Columns.sessionID == sessionID).deleteAll(db)
      try OpenNextStep.deleteOne(db, key: sessionID)
      return try SessionRecord.deleteOne(db, key: sessionID)
    }
  }

  private func touch(_ db: Database, _ sessionID: String, _ date: Date, status: SessionStatus?) throws {
    var assignments = [SessionRecord.Columns.updatedAt.set(to: date.timeIntervalSince1970)]
    if let status { assignments.append(SessionRecord.Columns.status.set(to: status.rawValue)) }
    try SessionRecord.filter(key: sessionID).updateAll(db, assignments)
  }

  // MARK: - Encoding

  static func columns(_ event: SessionEvent) -> (kind: String, text: String?) {
    switch event {
    case .answer(let text): ("answer", text)
    case .skip: ("skip", nil)
    case .enough: ("enough", nil)
    case .tag(let names): ("tag", names.joined(separator: " "))
    }
  }

  static func event(kind: String, text: String?) -> SessionEvent? {
    switch kind {
    case "answer": .answer(text ?? "")
    case "skip": .skip
    case "enough": .enough
    case "tag": .tag((text ?? "").split(separator: " ").map(String.init))
    default: nil
    }
  }

  static func encode(_ values: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }
}
