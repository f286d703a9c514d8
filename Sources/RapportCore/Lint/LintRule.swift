/// The family a rule belongs to; the first part of its dotted id.
public enum RuleCategory: String, Sendable, CaseIterable, Codable {
  case focus, openers, filler, ask, length, readability, subject
}

/// How a rule finds its matches.
public enum Detector: Sendable {
  /// Any of these phrases, matched on normalised words (lower case, straight apostrophes).
  /// `*` stands for any one word.
  case phrases([String])
  /// The rule's own measurement over the whole draft (see `CheckContext`), run once per draft.
  case check(Check)
}

/// What the engine does with a rule's findings besides reporting them. The engine asks the
/// rule for its role; it never looks at rule ids.
public enum RuleRole: Sendable {
  /// Reported and counted like any other finding of its kind.
  case plain
  /// The message opens on the sender's I/We: counted with the phrase findings, and dropped
  /// where a focus or opener phrase finding already points at the same opening words.
  case selfOpener
  /// Asks for a meeting: its findings make the message's call to action a meeting.
  case meetingAsk
  /// About the subject line: counted in the subject part of the score.
  case subjectLine
}

/// One lint rule, as data: what it finds, why it matters, and examples that prove it.
public struct LintRule: Sendable, Identifiable {
  /// Stable dotted id, such as `focus.opener-i-wanted`.
  public let id: String
  public let severity: Severity
  /// One line for `rapport rules`.
  public let summary: String
  /// What the finding says. Computed checks fill `{n}`-style placeholders.
  public let message: String
  /// What to do instead, pointing toward the reader.
  public let suggestion: String
  /// Why the rule exists, with sources where there are any.
  public let rationale: String
  public let detector: Detector
  /// Drafts that must trigger the rule (with the default profile), each with the words it
  /// must fire at when the example names them.
  public let triggers: [RuleExample]
  /// Drafts that must not trigger it.
  public let passes: [String]
  /// For phrase rules: match only in a sentence's subject position, i.e. starting within
  /// its first `subjectWords` words ("Our platform cuts…", not "…teams use our platform").
  public let subjectWords: Int?
  /// For phrase rules: no match right after a reader word ("your award-winning launch"
  /// praises the reader's work, not the sender's product).
  public let notAfterReader: Bool
  /// What the engine does with the findings besides reporting them.
  public let role: RuleRole

  public init(
    id: String, severity: Severity, summary: String, message: String, suggestion: String,
    rationale: String, detector: Detector, triggers: [RuleExample], passes: [String], subjectWords: Int? = nil,
    notAfterReader: Bool = false, role: RuleRole = .plain
  ) {
    self.role = role
    self.subjectWords = subjectWords
    self.notAfterReader = notAfterReader
    self.id = id
    self.severity = severity
    self.summary = summary
    self.message = message
    self.suggestion = suggestion
    self.rationale = rationale
    self.detector = detector
    self.triggers = triggers
    self.passes = passes
  }

  /// The category named by the id's first part.
  public var category: RuleCategory? {
    RuleCategory(rawValue: String(id.prefix { $0 != "." }))
  }
}

/// A draft that must fire a rule, and, when given, the exact words the finding must point at.
///
/// A plain string literal is an example without a position: `"It is a cutting-edge tool."`;
/// `RuleExample("It is a cutting-edge tool.", at: "cutting-edge")` also pins where it fires.
public struct RuleExample: Sendable, ExpressibleByStringLiteral {
  public let text: String
  /// The text the finding must underline (`Finding.matched`), or nil when any position will do.
  public let at: String?

  public init(_ text: String, at: String? = nil) {
    self.text = text
    self.at = at
  }

  public init(stringLiteral text: String) { self.init(text) }
}
