import Foundation

/// A short recap email to the customer, drafted from a session: their situation and why in
/// their words, what was agreed, and the next step with owner and date. Written to the
/// reader ("you"), and checked with rapport's own linter.
public struct RecapEmail: Sendable, Equatable {
  public var subject: String
  public var body: String

  /// The draft as a `Subject:` line and a body, ready for `rapport lint`.
  public var text: String { "Subject: \(subject)\n\n\(body)" }

  public init(record: SessionRecord, engine: DiscoveryEngine, notes: [SessionNote] = []) {
    let summary = SessionSummary(engine: engine, today: record.createdAt)
    let first = record.contact.map { $0.split(separator: " ").first.map(String.init) ?? $0 }
    let greeting = first.map { "Hi \($0)," } ?? "Hi,"
    let brief = SessionBrief(engine: engine, summary: summary, notes: notes)
    var lines: [String] = [greeting, ""]
    lines.append("Thank you for your time today. Here is what I heard, so you can correct anything I got wrong:")
    lines.append("")
    let heard = brief.recapLines
    lines += heard.isEmpty ? ["- (your points from the call)"] : heard.map { "- " + $0 }
    lines.append("")
    if let options = summary.options, !CoachingCard.saysNone(options) {
      lines.append("What we shaped together: \(Self.sentence(options))")
      lines.append("")
    }
    if let step = summary.nextStep {
      let owner = step.owner.map(Self.ownerPhrase) ?? "owner to confirm"
      let when = summary.nextStepDue.map { due in step.date.map { "\($0) (\(due))" } ?? due } ?? step.date ?? "date to confirm"
      lines.append("Next step: \(Self.sentence(step.action, period: false)) — \(owner), \(when).")
      lines.append("")
      lines.append("Does that still work for you? If anything above is off, reply and I'll fix it.")
    } else {
      lines.append("Did I get that right? What would help you most as a next step?")
    }
    body = lines.joined(separator: "\n") + "\n"
    subject = brief.recapSubject(account: record.account)
  }

  /// "me" → "on my side"; a name stays.
  static func ownerPhrase(_ owner: String) -> String {
    ["me", "i", "myself", "we", "us"].contains(owner.lowercased()) ? "on my side" : owner
  }

  /// Capitalised, with a full stop.
  static func sentence(_ text: String, period: Bool = true) -> String {
    var out = WhySentence.trimmed(WhySentence.oneLine(text))
    out = out.prefix(1).uppercased() + out.dropFirst()
    return period ? out + "." : out
  }

  /// The linter's report on the draft (follow-up profile, the contact and account as the
  /// reader's names).
  public func lint(record: SessionRecord) -> LintReport {
    var configuration = LintConfiguration(profile: .followUp)
    configuration.customerNames = [record.account] + (record.contact.map { [$0] } ?? [])
    return LintEngine(configuration: configuration).lint(text)
  }

  /// The lowest score rapport calls reader-focused (the lint engine's 0–100 score).
  public static let readerFocusedScore = 70

  /// True when the report rates the draft as reader-focused: a score of at least 70 and
  /// more reader words than self words.
  public static func isReaderFocused(_ report: LintReport) -> Bool {
    report.score.total >= readerFocusedScore && (report.metrics.readerShare ?? 1) >= 0.5
  }
}
