import Foundation

/// A command typed instead of an answer during a session: `/skip`, `/tag pain`, ...
public enum MetaCommand: Equatable, Sendable {
  case skip, back, enough, why, quote, summary, pause, help
  case tag([String])
  case note(String)
  /// Note a person as someone to reach (the one rapport just offered, or the name given).
  case reach(String)
  /// Something starting with "/" that is not a command (with a suggestion, if close).
  case unknown(String, suggestion: String?)

  /// Every command with its one-line help, in the order `/help` shows them.
  public static let table: [(name: String, usage: String, help: String)] = [
    ("skip", "/skip", "skip this question (or stop this follow-up)"),
    ("back", "/back", "take back your previous answer and answer it again"),
    ("enough", "/enough", "stop digging this thread; go to the next question"),
    ("tag", "/tag CLASS", "correct how your last answer was read (pain, outcome-number, emotion, …)"),
    ("note", "/note TEXT", "keep a note with the session (searchable)"),
    ("reach", "/reach [NAME]", "note someone to reach (the person rapport just spotted, or NAME)"),
    ("why", "/why", "why rapport asked this, and how it read your last answer"),
    ("quote", "/quote", "a quote from the quote book"),
    ("summary", "/summary", "the summary so far"),
    ("pause", "/pause", "save and leave; `rapport sessions resume ID` picks up here"),
    ("help", "/help", "this list"),
  ]

  /// The command in `line`, or nil when the line is an answer. A line starting with "//"
  /// is an answer that starts with "/".
  public static func parse(_ line: String) -> MetaCommand? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else { return nil }
    let body = trimmed.dropFirst()
    let name = body.prefix { !$0.isWhitespace }.lowercased()
    let rest = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    switch name {
    case "skip": return .skip
    case "back": return .back
    case "enough": return .enough
    case "why": return .why
    case "quote": return .quote
    case "summary": return .summary
    case "pause": return .pause
    case "help", "?": return .help
    case "tag": return .tag(rest.split { $0 == " " || $0 == "," || $0 == "+" }.map { $0.lowercased() })
    case "note": return .note(rest)
    case "reach": return .reach(rest)
    default:
      return .unknown(name, suggestion: Suggestion.nearest(to: name, in: table.map(\.name)))
    }
  }

  /// The answer text of a line that starts with "//" (one slash removed).
  public static func answerText(_ line: String) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.hasPrefix("//") ? String(trimmed.dropFirst()) : line
  }
}
