import Foundation
import GRDB

extension SessionStore {
  /// The session whose id is `id` or starts with it (when only one does).
  public func session(matching id: String) throws -> SessionRecord? {
    // An id far longer than any rapport makes names no session (and SQLite refuses a LIKE
    // pattern that long).
    guard !id.isEmpty, id.utf8.count <= Self.longestID else { return nil }
    return try pool.read { db in
      if let record = try SessionRecord.fetchOne(db, key: id) { return record }
      let found = try SessionRecord.filter(SessionRecord.Columns.id.like(Self.likePrefix(id), escape: "\\"))
        .limit(2).fetchAll(db)
      return found.count == 1 ? found[0] : nil
    }
  }

  /// Sessions, newest first, optionally for one account (any case).
  public func sessions(account: String? = nil) throws -> [SessionRecord] {
    try pool.read { db in
      var request = SessionRecord.order(SessionRecord.Columns.updatedAt.desc, SessionRecord.Columns.id)
      if let account { request = request.filter(SessionRecord.Columns.account.collating(.nocase) == account) }
      return try request.fetchAll(db)
    }
  }

  /// How many playbook questions and follow-ups each session has answers for (taken-back
  /// ones and rapport's closing left out), in one query; counted as the coaching card counts.
  public func answerCounts() throws -> [String: AnswerCount] {
    try pool.read { db in
      let closing = [
        ClosingQuestions.cocreateID, ClosingQuestions.sliceID, ClosingQuestions.nextStepID,
        ClosingQuestions.nextStepDetailID,
      ]
      let rows = try StoredEvent
        .filter(StoredEvent.Columns.kind == "answer" && StoredEvent.Columns.removedAt == nil)
        .filter(!closing.contains(StoredEvent.Columns.questionID))
        .select(
          StoredEvent.Columns.sessionID, count(distinct: StoredEvent.Columns.questionID).forKey("questions"),
          count(StoredEvent.Columns.id).forKey("answers")
        )
        .group(StoredEvent.Columns.sessionID)
        .asRequest(of: Row.self).fetchAll(db)
      var counts: [String: AnswerCount] = [:]
      for row in rows {
        let questions: Int = row["questions"]
        let answers: Int = row["answers"]
        counts[row[StoredEvent.Columns.sessionID]] = AnswerCount(questions: questions, followUps: answers - questions)
      }
      return counts
    }
  }

  /// How many answers and notes match `text` in all.
  public func searchCount(_ text: String) throws -> Int {
    guard let pattern = FTS5Pattern(matchingAllTokensIn: Self.searchWords(text)) else { return 0 }
    return try pool.read { db in try SearchEntry.matching(pattern).fetchCount(db) }
  }

  /// Every account name, most recently used first.
  public func accounts() throws -> [String] {
    try pool.read { db in
      try SessionRecord.select(SessionRecord.Columns.account, as: String.self)
        .group(SessionRecord.Columns.account)
        .order(max(SessionRecord.Columns.updatedAt).desc)
        .fetchAll(db)
    }
  }

  /// The session's events still in force, oldest first (taken-back ones left out).
  public func events(of sessionID: String) throws -> [SessionEvent] {
    try pool.read { db in
      try StoredEvent.live(in: sessionID).order(StoredEvent.Columns.id).fetchAll(db)
        .compactMap { Self.event(kind: $0.kind, text: $0.text) }
    }
  }

  /// The answers and skips still in force, oldest first, each with the question as it was
  /// asked: all a session keeps of its own, to show when its playbook is gone.
  public func savedExchanges(of sessionID: String) throws -> [SavedExchange] {
    try pool.read { db in
      try StoredEvent.live(in: sessionID).filter(["answer", "skip"].contains(StoredEvent.Columns.kind))
        .order(StoredEvent.Columns.id).fetchAll(db)
        .map {
          SavedExchange(
            questionID: $0.questionID, prompt: $0.prompt ?? "", answer: $0.kind == "answer" ? $0.text ?? "" : nil)
        }
    }
  }

  /// Answers taken back with `/back`, oldest first (kept so nothing typed is lost).
  public func takenBack(of sessionID: String) throws -> [String] {
    try pool.read { db in
      try StoredEvent
        .filter(
          StoredEvent.Columns.sessionID == sessionID && StoredEvent.Columns.removedAt != nil
            && StoredEvent.Columns.kind == "answer"
        )
        .order(StoredEvent.Columns.id).fetchAll(db).compactMap(\.text)
    }
  }

  public func notes(of sessionID: String) throws -> [SessionNote] {
    try pool.read { db in
      try StoredNote.filter(StoredNote.Columns.sessionID == sessionID).order(StoredNote.Columns.id)
        .fetchAll(db).map(\.note)
    }
  }

  /// Full-text search over answers and notes (FTS5; words are matched by stem, any case).
  /// Plain words are searched as words (`FTS5Pattern`), so punctuation never breaks the query.
  public func search(_ text: String, limit: Int = 50) throws -> [SearchHit] {
    guard let pattern = FTS5Pattern(matchingAllTokensIn: Self.searchWords(text)) else { return [] }
    return try pool.read { db in
      let session = TableAlias()
      let rows = try SearchEntry.matching(pattern)
        .select(
          SearchEntry.Columns.sessionID.forKey("sid"), SearchEntry.Columns.kind,
          SQL("snippet(search, 0, '[', ']', '…', 12)").forKey("snippet"))
        .joining(required: SearchEntry.session.aliased(session))
        .annotated(with: session[SessionRecord.Columns.account].forKey("account"),
          session[SessionRecord.Columns.updatedAt].forKey("at"))
        .order(session[SessionRecord.Columns.updatedAt].desc, Column.rank)
        .limit(limit)
        .asRequest(of: Row.self).fetchAll(db)
      return rows.map { row in
        SearchHit(
          sessionID: row["sid"], account: row["account"], kind: row["kind"], snippet: row["snippet"],
          createdAt: Date(timeIntervalSince1970: row["at"]))
      }
    }
  }

  /// The words of a search, as the search uses them: each word once, at most 32 of them, none
  /// longer than 64 characters. Ten thousand repeated words would otherwise make a query
  /// SQLite takes seconds over, to find what the first few already find. A possessive's
  /// "'s" is dropped, so "Dana's" finds "Dana" as well as "Dana's".
  static func searchWords(_ text: String) -> String {
    var seen = Set<String>()
    var words: [String] = []
    let possessive = /['’][sS](?![\p{L}\p{N}])/
    for word in text.replacing(possessive, with: "").split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      let lowered = String(word.prefix(64)).lowercased()
      if seen.insert(lowered).inserted { words.append(lowered) }
      if words.count == 32 { break }
    }
    return words.joined(separator: " ")
  }

  /// The longest session id worth looking up (rapport's own are short).
  static let longestID = 64

  static func likePrefix(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
  }
}
