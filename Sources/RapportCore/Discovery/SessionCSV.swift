import Foundation

/// Sessions as CSV (RFC 4180), one row per session, for a CRM import.
public enum SessionCSV {
  /// The header row's names, in order.
  public static let columns = [
    "id", "account", "contact", "playbook", "mode", "status", "created", "updated", "why", "questions",
    "follow_ups", "next_step", "owner", "date", "due",
  ]

  /// One session's fields.
  public struct Row: Sendable {
    public var fields: [String]

    public init(record: SessionRecord, engine: DiscoveryEngine) {
      let summary = SessionSummary(engine: engine, today: record.createdAt)
      let step = engine.playbook.closing ? summary.nextStep : nil
      // The why where the playbook's brief has one; else its first section that was heard.
      let brief = SessionBrief(engine: engine, summary: summary, notes: [])
      let headline =
        engine.playbook.brief.contains { $0.part == .why }
        ? summary.why
        : brief.sections.first { $0.kind == "answers" && !$0.lines.isEmpty }.map { "\($0.title): \($0.lines[0])" } ?? ""
      let due = step?.due(from: record.createdAt).map { RelativeDate.iso($0.day) } ?? ""
      fields = Self.recorded(record) + [
        headline, String(summary.coaching.questionsAsked), String(summary.coaching.probesAsked), step?.action ?? "",
        // "me", as `next`, the card and the Markdown export say, not the answer's "I".
        NextStep.shownOwner(step?.owner) ?? "", step?.date ?? "", due,
      ]
    }

    /// A session whose playbook cannot be loaded: what the session itself records (id,
    /// account, contact, playbook, mode, status, times); the fields read from its answers empty.
    public init(record: SessionRecord) {
      fields = Self.recorded(record)
      fields += Array(repeating: "", count: SessionCSV.columns.count - fields.count)
    }

    /// The fields the session itself records: id, account, contact, playbook, mode, status,
    /// created and updated.
    private static func recorded(_ record: SessionRecord) -> [String] {
      [
        record.id, record.account, record.contact ?? "", record.playbookID, record.mode.rawValue,
        record.status.rawValue, SessionCSV.stamp(record.createdAt), SessionCSV.stamp(record.updatedAt),
      ]
    }
  }

  /// The header and the rows, CRLF line ends.
  public static func render(_ rows: [Row]) -> String {
    ([columns] + rows.map(\.fields)).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n")
      + "\r\n"
  }

  /// A field quoted when it holds a comma, quote or line break; quotes doubled.
  public static func field(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// A time as "2026-12-01T14:58:00Z".
  static func stamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
