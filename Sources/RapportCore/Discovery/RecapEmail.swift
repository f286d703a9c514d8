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
    lines.append("Thank you for your time today. Here is what you said, so you can correct anything that is off:")
    lines.append("")
    let evasive = SessionSummary.isEvasive(engine: engine, chains: summary.chains)
    // After a call that found little, repeat only the request and ask, rather than invent.
    let recapLines = brief.recapLines(contact: record.contact)
    let heard = evasive ? Array(recapLines.prefix(1)) : recapLines
    lines += heard.isEmpty ? ["- (your points from the call)"] : heard.map { "- " + $0 }
    lines.append("")
    if evasive {
      lines.append("Before anything else: what would have to change for this to be worth your time this quarter?")
      lines.append("")
    }
    if let options = summary.options, !CoachingCard.saysNone(options) {
      lines.append("What we shaped together: \(Self.sentence(options))")
      lines.append("")
    }
    if let step = summary.nextStep {
      let owner = step.owner.map(Self.ownerPhrase) ?? "owner to confirm"
      let when =
        summary.nextStepDue.map { due in step.date.map { $0 == due ? due : "\($0) (\(due))" } ?? due } ?? step.date
        ?? "date to confirm"
      let action = Self.addressed(step.action, contact: record.contact)
      let verb = action.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if step.owner.map(Self.isRep) == true, NextStep.actionVerbs.contains(verb) {
        // The rep's own step, said as a promise: "I'll send you the pilot plan — next Tuesday".
        lines.append("Next step: I'll \(action.prefix(1).lowercased() + action.dropFirst()) — \(when).")
      } else {
        lines.append("Next step: \(Self.sentence(action, period: false)) — \(owner), \(when).")
      }
      lines.append("")
      lines.append("Does that still work for you, and is anything above wrong?")
    } else {
      lines.append("Did I get that right? What would help you most as a next step?")
    }
    body = lines.joined(separator: "\n") + "\n"
    subject = brief.recapSubject(account: record.account)
  }

  /// The next step as written to the contact: the rep's "send him a case study" or "I send
  /// Dana the plan" becomes "send you a case study", "I send you the plan" ("Dana's team":
  /// "your team"). The first word stays: there the name is who does it.
  static func addressed(_ action: String, contact: String?) -> String {
    let named = contact.map { ContactPronouns.namedAsPronoun(action, contact: $0, as: ("you", "your"), from: 1) } ?? action
    return named.split(separator: " ", omittingEmptySubsequences: false)
      .map { $0.lowercased() == "him" ? "you" : String($0) }.joined(separator: " ")
  }

  /// "me" → "on my side"; a name stays.
  static func ownerPhrase(_ owner: String) -> String { isRep(owner) ? "on my side" : owner }

  /// True when the owner is the rep ("me", "I", "we").
  static func isRep(_ owner: String) -> Bool { ["me", "i", "myself", "we", "us"].contains(owner.lowercased()) }

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
    configuration.customerNames = Self.customerNames(of: record)
    return LintEngine(configuration: configuration).lint(text)
  }

  /// The lowest draft score rapport accepts for a recap (the lint engine's 0–100 score).
  public static let readerFocusedScore = 70

  /// True when rapport's own focus verdict labels the draft `reader` and its draft score
  /// is at least 70.
  public static func isReaderFocused(_ report: LintReport) -> Bool {
    report.focus.label == "reader" && report.score.total >= readerFocusedScore
  }
}
