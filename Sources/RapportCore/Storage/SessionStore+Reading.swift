import Foundation
import GRDB

extension SessionStore {
  /// The session whose id is `id` or starts with it (when only one does).
  public func session(matching id: String) throws -> SessionRecord? {
    try pool.read { db in
      if let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) {
        return Self.record(row)
      }
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM session WHERE id LIKE ? ESCAPE '\\' LIMIT 2", arguments: [Self.likePrefix(id)]
      )
      return rows.count == 1 ? Self.record(rows[0]) : nil
    }
  }

  /// Sessions, newest first, optionally for one account (any case).
  public func sessions(account: String? = nil) throws -> [SessionRecord] {
    try pool.read { db in
      let rows: [Row]
      if let account {
        rows = try Row.fetchAll(
          db, sql: "SELECT * FROM session WHERE account = ? COLLATE NOCASE ORDER BY updated_at DESC, id",
          arguments: [account])
      } else {
        rows = try Row.fetchAll(db, sql: "SELECT * FROM session ORDER BY updated_at DESC, id")
      }
      return rows.map(Self.record)
    }
  }

  /// How many playbook questions and follow-ups each session has answers for (taken-back
  /// ones and rapport's closing left out), in one query; counted as the coaching card counts.
  public func answerCounts() throws -> [String: AnswerCount] {
    try pool.read { db in
      var counts: [String: AnswerCount] = [:]
      let closing = [
        ClosingQuestions.cocreateID, ClosingQuestions.sliceID, ClosingQuestions.nextStepID,
        ClosingQuestions.nextStepDetailID,
      ]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT session_id, count(DISTINCT question_id) AS questions, count(*) AS answers FROM event
          WHERE kind = 'answer' AND removed_at IS NULL AND question_id NOT IN (?, ?, ?, ?) GROUP BY session_id
          """, arguments: StatementArguments(closing)
      ) {
        let questions: Int = row["questions"]
        let answers: Int = row["answers"]
        counts[row["session_id"]] = AnswerCount(questions: questions, followUps: answers - questions)
      }
      return counts
    }
  }

  /// How many answers and notes match `text` in all.
  public func searchCount(_ text: String) throws -> Int {
    let terms = text.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
    guard !terms.isEmpty else { return 0 }
    return try pool.read { db in
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM search WHERE search MATCH ?", arguments: [terms.joined(separator: " ")]
      ) ?? 0
    }
  }

  /// Every account name, most recently used first.
  public func accounts() throws -> [String] {
    try pool.read { db in
      try String.fetchAll(
        db, sql: "SELECT account FROM session GROUP BY account ORDER BY max(updated_at) DESC")
    }
  }

  /// The session's events still in force, oldest first (taken-back ones left out).
  public func events(of sessionID: String) throws -> [SessionEvent] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT kind, text FROM event WHERE session_id = ? AND removed_at IS NULL ORDER BY id",
        arguments: [sessionID]
      ).compactMap { Self.event(kind: $0["kind"], text: $0["text"]) }
    }
  }

  /// Answers taken back with `/back`, oldest first (kept so nothing typed is lost).
  public func takenBack(of sessionID: String) throws -> [String] {
    try pool.read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT text FROM event WHERE session_id = ? AND removed_at IS NOT NULL AND kind = 'answer' ORDER BY id",
        arguments: [sessionID])
    }
  }

  public func notes(of sessionID: String) throws -> [SessionNote] {
    try pool.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM note WHERE session_id = ? ORDER BY id", arguments: [sessionID])
        .map { row in
          SessionNote(
            kind: SessionNote.Kind(rawValue: row["kind"]) ?? .note, text: row["text"],
            position: row["position"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
        }
    }
  }

  /// Full-text search over answers and notes (FTS5; words are matched by stem, any case).
  /// Plain words are searched as words, so punctuation never breaks the query.
  public func search(_ text: String, limit: Int = 50) throws -> [SearchHit] {
    let terms = text.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
    guard !terms.isEmpty else { return [] }
    return try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT search.session_id AS sid, search.kind AS kind, session.account AS account, session.updated_at AS at,
            snippet(search, 0, '[', ']', '…', 12) AS snippet
          FROM search JOIN session ON session.id = search.session_id
          WHERE search MATCH ? ORDER BY session.updated_at DESC, rank LIMIT ?
          """,
        arguments: [terms.joined(separator: " "), limit]
      ).map { row in
        SearchHit(
          sessionID: row["sid"], account: row["account"], kind: row["kind"], snippet: row["snippet"],
          createdAt: Date(timeIntervalSince1970: row["at"]))
      }
    }
  }

  static func record(_ row: Row) -> SessionRecord {
    let variables =
      (try? JSONDecoder().decode([String: String].self, from: Data((row["variables"] as String).utf8))) ?? [:]
    var record = SessionRecord(
      id: row["id"], account: row["account"], contact: row["contact"], playbookID: row["playbook_id"],
      playbookTitle: row["playbook_title"], mode: SessionMode(rawValue: row["mode"]) ?? .debrief,
      status: SessionStatus(rawValue: row["status"]) ?? .open, variables: variables,
      createdAt: Date(timeIntervalSince1970: row["created_at"]))
    record.updatedAt = Date(timeIntervalSince1970: row["updated_at"])
    return record
  }

  static func likePrefix(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
  }
}
