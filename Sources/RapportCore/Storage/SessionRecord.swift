import Foundation

/// Where a session stands.
public enum SessionStatus: String, Codable, Sendable {
  /// Being answered now (or the process died mid-way: resume works the same).
  case open
  /// Left with `/pause`, Ctrl-C, or the end of piped input.
  case paused
  /// Every prompt answered.
  case done
}

/// A session's header row: who, which playbook, when, how far.
public struct SessionRecord: Codable, Sendable, Equatable {
  public var id: String
  public var account: String
  public var contact: String?
  public var playbookID: String
  public var playbookTitle: String
  public var mode: SessionMode
  public var status: SessionStatus
  /// Values given for the playbook's blanks (account, contact, product, ...).
  public var variables: [String: String]
  public var createdAt: Date
  public var updatedAt: Date

  public init(
    id: String, account: String, contact: String?, playbookID: String, playbookTitle: String,
    mode: SessionMode, status: SessionStatus = .open, variables: [String: String], createdAt: Date
  ) {
    self.id = id
    self.account = account
    self.contact = contact
    self.playbookID = playbookID
    self.playbookTitle = playbookTitle
    self.mode = mode
    self.status = status
    self.variables = variables
    self.createdAt = createdAt
    updatedAt = createdAt
  }
}

/// A `/note` (or a draft kept from a line interrupted by Ctrl-C).
public struct SessionNote: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable { case note, draft }
  public var kind: Kind
  public var text: String
  /// How many events had been recorded when the note was taken (its place in the session).
  public var position: Int
  public var createdAt: Date
}

/// One question and its answer as they were saved, readable without the session's playbook:
/// the question in the words it was asked, and the answer (nil when it was skipped).
public struct SavedExchange: Sendable, Equatable {
  /// The playbook question it belongs to; a follow-up shares its question's id.
  public var questionID: String?
  /// The question (or follow-up) in the words it was asked.
  public var prompt: String
  /// What was answered; nil when the question was skipped.
  public var answer: String?

  public init(questionID: String?, prompt: String, answer: String?) {
    self.questionID = questionID
    self.prompt = prompt
    self.answer = answer
  }
}

/// A full-text search hit.
public struct SearchHit: Codable, Sendable, Equatable {
  public var sessionID: String
  public var account: String
  public var kind: String
  /// The matching text with the hits marked [like this].
  public var snippet: String
  public var createdAt: Date
}

/// Short, typeable session ids ("k3f9qx").
public enum SessionID {
  static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

  /// A new random id.
  public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
    String((0..<6).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
  }
}

/// A session's answers as the coaching card counts them.
public struct AnswerCount: Codable, Sendable, Equatable {
  /// Playbook questions answered.
  public var questions: Int
  /// rapport's follow-ups answered.
  public var followUps: Int

  public init(questions: Int, followUps: Int) {
    self.questions = questions
    self.followUps = followUps
  }

  /// "10 questions + 8 follow-ups", "1 question".
  public var described: String {
    Plural.count(questions, "question") + (followUps > 0 ? " + " + Plural.count(followUps, "follow-up") : "")
  }
}
