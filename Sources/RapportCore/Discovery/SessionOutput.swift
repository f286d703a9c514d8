import Foundation

/// What a discovery session asks the screen to show. The executable renders these; the
/// session never prints.
public enum SessionOutput: Equatable, Sendable {
  /// "Why discovery · Acme · debrief", and the session id.
  case title(String, sessionID: String)
  /// A new stage begins.
  case stage(title: String, goal: String)
  /// The question (or follow-up) waiting for an answer.
  case prompt(Prompt)
  /// Before co-create: the why found so far.
  case whySoFar(String)
  /// A piped line shown after its prompt ("> They want a new CRM"), so a transcript reads whole.
  case echo(String)
  /// Quiet information: how an answer was read, "noted", "thread closed".
  case info(String)
  /// Something the person should look at: a budget nudge, a command that cannot run now.
  case warning(String)
  /// `/why`: why rapport asked the current question.
  case explanation(String)
  /// `/help`: the commands.
  case help([(usage: String, help: String)])
  /// `/quote`: show a quote fitting `topic` (the executable owns the quote book).
  case quote(topic: String?)
  /// `/summary`: the summary so far.
  case summary
  /// The session was paused; resume with the id.
  case paused(String)
  /// The session is over (complete, or paused from a script): show the summary or JSON.
  case finished

  public static func == (lhs: SessionOutput, rhs: SessionOutput) -> Bool {
    switch (lhs, rhs) {
    case (.title(let a, let b), .title(let c, let d)): a == c && b == d
    case (.stage(let a, let b), .stage(let c, let d)): a == c && b == d
    case (.prompt(let a), .prompt(let b)): a == b
    case (.whySoFar(let a), .whySoFar(let b)), (.echo(let a), .echo(let b)), (.info(let a), .info(let b)),
      (.warning(let a), .warning(let b)), (.explanation(let a), .explanation(let b)),
      (.paused(let a), .paused(let b)):
      a == b
    case (.help(let a), .help(let b)): a.map(\.usage) == b.map(\.usage)
    case (.quote(let a), .quote(let b)): a == b
    case (.summary, .summary), (.finished, .finished): true
    default: false
    }
  }
}
