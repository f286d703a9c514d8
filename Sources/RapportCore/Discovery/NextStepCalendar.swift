import Foundation

/// Next steps as an iCalendar file (RFC 5545): one all-day VEVENT per step with a due day.
/// Lines end in CRLF and are folded at 75 octets; text values are escaped (§3.3.11).
public enum NextStepCalendar {
  /// The calendar for `steps`; steps without a due day are left out (see `undated`).
  public static func ics(_ steps: [OpenNextStep], stamp: Date) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//rapport//next steps//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
    ]
    for step in steps {
      guard let due = step.due, let day = RelativeDate.isoDay(due) else { continue }
      let end = RelativeDate.calendar.date(byAdding: .day, value: 1, to: day)!
      var description = ["Account: \(step.account)"]
      if let contact = step.contact { description.append("Contact: \(contact)") }
      description.append("Owner: \(NextStep.shownOwner(step.owner) ?? "not agreed")")
      if let date = step.date { description.append("Said: \(date)" + (step.approximate ? " (approximate)" : "")) }
      description.append("rapport session \(step.sessionID) — `rapport next done \(step.sessionID)` when done")
      lines += [
        "BEGIN:VEVENT",
        "UID:next-step-\(step.sessionID)@rapport",
        "DTSTAMP:\(timestamp(stamp))",
        "DTSTART;VALUE=DATE:\(compact(day))",
        "DTEND;VALUE=DATE:\(compact(end))",
        "SUMMARY:" + escape("\(step.account): \(step.action)"),
        "DESCRIPTION:" + escape(description.joined(separator: "\n")),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
      ]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// Steps that cannot become events (no due day).
  public static func undated(_ steps: [OpenNextStep]) -> [OpenNextStep] {
    steps.filter { $0.due.flatMap(RelativeDate.isoDay) == nil }
  }

  /// TEXT escaping: backslash, semicolon, comma and newline.
  public static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\r\n": out += "\\n"
      case "\r": break
      default: out.append(character)
      }
    }
    return out
  }

  /// The inverse of `escape`.
  public static func unescape(_ text: String) -> String {
    var out = ""
    var escaped = false
    for character in text {
      if escaped {
        out += character == "n" || character == "N" ? "\n" : String(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// A content line folded into lines of at most 75 octets, never inside a UTF-8 character;
  /// continuation lines start with a space.
  static func fold(_ line: String) -> String {
    var lines: [String] = []
    var current = ""
    var octets = 0
    for character in line {
      let size = String(character).utf8.count
      let limit = lines.isEmpty ? 75 : 74
      if octets + size > limit {
        lines.append(current)
        current = ""
        octets = 0
      }
      current.append(character)
      octets += size
    }
    lines.append(current)
    return lines.enumerated().map { $0 == 0 ? $1 : " " + $1 }.joined(separator: "\r\n")
  }

  static func compact(_ day: Date) -> String { RelativeDate.iso(day).replacingOccurrences(of: "-", with: "") }

  static func timestamp(_ date: Date) -> String {
    let c = RelativeDate.calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
  }
}
