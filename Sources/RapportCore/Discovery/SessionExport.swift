import Foundation

/// A whole session as data: header, transcript, notes and summary. `--json` and
/// `sessions export --format json` print this.
public struct SessionExport: Codable, Sendable {
  /// One prompt and its answer.
  public struct Entry: Codable, Sendable {
    public var kind: Prompt.Kind
    public var questionID: String
    public var progress: String
    public var prompt: String
    public var answer: String?
    public var classes: [String]
    public var hasNumber: Bool
    public var reading: String?
  }

  /// 2 since the keys became snake_case (`playbook_id`, `has_number`); 1 had camelCase.
  public var format = "rapport-session/2"
  public var session: SessionRecord
  public var complete: Bool
  public var transcript: [Entry]
  public var notes: [SessionNote]
  public var summary: SessionSummary
  /// False for playbooks without rapport's closing (no co-create, no next step).
  public var closing: Bool
  /// The playbook's end brief, filled.
  public var brief: SessionBrief

  public init(record: SessionRecord, engine: DiscoveryEngine, notes: [SessionNote]) {
    session = record
    complete = engine.isComplete
    transcript = engine.turns.map { turn in
      Entry(
        kind: turn.prompt.kind, questionID: turn.prompt.questionID, progress: turn.prompt.progress,
        prompt: turn.prompt.text, answer: turn.answer,
        classes: turn.classification?.classes.map(\.rawValue) ?? [],
        hasNumber: turn.classification?.hasNumber ?? false, reading: turn.classification?.explanation)
    }
    self.notes = notes
    summary = SessionSummary(engine: engine, today: record.createdAt)
    closing = engine.playbook.closing
    brief = SessionBrief(engine: engine, summary: summary, notes: notes)
  }

  /// A Markdown note shaped for a CRM: context, the why, chains with Stated/Implied/Unknown
  /// and verbatim words, answers, co-create, next step, coaching.
  public func markdown() -> String {
    var out: [String] = []
    let day = Self.day(session.createdAt)
    out.append("# \(session.account) — \(session.playbookTitle) (\(session.mode.rawValue)), \(day)")
    out.append("")
    var context = [
      "**Session:** \(session.id)", "**Status:** \(complete ? "complete" : session.status.rawValue)",
    ]
    if let contact = session.contact { context.insert("**Contact:** \(contact)", at: 0) }
    out.append(context.joined(separator: " · "))
    out.append("")
    for section in brief.sections {
      if section.kind == "notes" && section.lines.isEmpty { continue }
      out.append("## \(section.title)")
      out.append("")
      switch section.kind {
      case "why":
        out.append(Self.oneLine(summary.why))
      case "chains":
        for chain in summary.chains {
          out.append("- **\(chain.questionID)** (\(Self.status(chain))): " + Self.oneLine(Self.chainText(chain)))
        }
        if summary.chains.isEmpty { out.append("- _No thread dug yet._") }
      default:
        if section.lines.isEmpty { out.append("- _not heard yet_") }
        for line in section.lines {
          out.append("- " + (section.kind == "answers" ? "\u{201c}\(Self.continued(line, "  "))\u{201d}" : Self.continued(line, "  ")))
        }
      }
      out.append("")
    }
    out.append("## Answers")
    out.append("")
    for entry in transcript where entry.kind != .closing {
      let indent = entry.kind == .probe ? "  " : ""
      out.append("\(indent)- *\(entry.prompt)*")
      out.append("\(indent)  \(entry.answer.map { "> " + Self.continued($0, "\(indent)  > ") } ?? "(skipped)")")
    }
    out.append("")
    if closing {
      out.append("## Co-create")
      out.append("")
      out.append("- **Options mapped to the why:** " + Self.continued(summary.options ?? "_not yet_", "  "))
      out.append("- **Customer's slice vs price:** " + Self.continued(summary.customerSlice ?? "_not yet_", "  "))
      out.append("")
      out.append("## Next step")
      out.append("")
      if let step = summary.nextStep {
        out.append("- **Action:** " + Self.continued(step.action, "  "))
        out.append("- **Owner:** \(NextStep.shownOwner(step.owner) ?? "_who?_")")
        out.append(
          "- **Date:** \(step.date ?? "_when?_")"
            + (summary.nextStepDue.map { $0 == step.date ? "" : " (\($0))" } ?? ""))
      } else {
        out.append("- _None agreed yet._")
      }
      out.append("")
    }
    out.append("## Coaching")
    out.append("")
    out.append("**Next:** " + summary.coaching.nextThing)
    out.append("")
    for note in summary.coaching.notes { out.append("- \(note)") }
    return out.joined(separator: "\n") + "\n"
  }

  /// `text` with every line after the first starting with `prefix`, so a pasted answer of
  /// several lines stays inside its list item or quote.
  static func continued(_ text: String, _ prefix: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + prefix)
  }

  /// `text` on one line: line breaks become spaces.
  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  /// "wants “X” (Stated) → so that … → measured by … → matters because … (Unknown)".
  public static func chainText(_ chain: WhyChain) -> String {
    func part(_ label: String, _ link: ChainLink) -> String {
      "\(label) " + (link.words.map { "\u{201c}\($0)\u{201d}" } ?? "?") + " (\(link.provenance.rawValue))"
    }
    return [
      part("wants", chain.wants), part("so that", chain.soThat), part("measured by", chain.measuredBy),
      part("matters because", chain.matters),
    ].joined(separator: " → ")
  }

  /// How a thread ended, in words.
  public static func status(_ chain: WhyChain) -> String {
    switch chain.status {
    case .open: "still open, dug \(chain.depth)"
    default: chain.stopReason.contains("dug ") ? chain.stopReason : "\(chain.stopReason), dug \(chain.depth)"
    }
  }

  static func day(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
