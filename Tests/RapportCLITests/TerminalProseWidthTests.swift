import Foundation
import Testing

/// Prose that rapport prints on a terminal breaks at spaces within its width, so no word is
/// cut in two by the terminal: a quote's doubt note, lint's verdict and score lines, errors
/// and warnings on stderr (the recap's lint verdict among them). Pipes keep each line whole.
@Suite("Prose fits the terminal: quote, lint summary, recap verdict", .serialized)
struct TerminalProseWidthTests {
  static let columns: UInt16 = 60

  private func terminal(_ arguments: [String], sandbox: (environment: [String: String], home: String)) throws
    -> PseudoTerminal
  {
    var environment = sandbox.environment
    environment["TERM"] = "xterm"
    return try PseudoTerminal(
      arguments: [RapportBinary.path] + arguments, environment: environment, columns: Self.columns)
  }

  private func lines(_ output: String) -> [Substring] {
    PseudoTerminal.plain(output).split(separator: "\n")
  }

  @Test func aDoubtfulAttributionsNoteBreaksAtSpaces() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let quote = try terminal(["quote", "--search", "luck I seem"], sandbox: sandbox)
    _ = try quote.expect("Thomas Jefferson")
    let note = try quote.expect("1977)")
    #expect(quote.waitForExit() == 0)
    let shown = lines(note + "1977)")
    #expect(shown.count > 2)
    for line in shown { #expect(line.count <= Int(Self.columns), "\(line.count): \(line)") }
    // A continued line keeps the note's indent.
    #expect(shown.dropFirst().allSatisfy { $0.hasPrefix("      ") })
    // The same quote on a pipe: the note on one line, as a fortune file has it.
    let piped = try runRapport(["quote", "--search", "luck I seem"], environment: sandbox.environment)
    #expect(piped.stdout.split(separator: "\n").contains { $0.hasPrefix("      (") && $0.hasSuffix("1977)") })
  }

  @Test func lintsScoreLinesBreakAtSpaces() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let path = sandbox.home + "/d.txt"
    try "I wanted to reach out because we are the leading provider. Our platform is award-winning. Do you have 15 minutes?"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let lint = try terminal(["lint", path], sandbox: sandbox)
    _ = try lint.expect("score ")
    let summary = try lint.expect("opens on I/We")
    _ = lint.waitForExit()
    let shown = lines("score " + summary + "opens on I/We")
    #expect(shown.count > 2)
    for line in shown { #expect(line.count <= Int(Self.columns), "\(line.count): \(line)") }
  }

  @Test func anErrorOnStderrBreaksAtSpaces() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let error = try terminal(["sessions", "shwo", "k3f9qx"], sandbox: sandbox)
    _ = try error.expect("rapport: ")
    let message = try error.expect("lists them.")
    #expect(error.waitForExit() == 2)
    let shown = lines("rapport: " + message + "lists them.")
    #expect(shown.count > 1)
    for line in shown { #expect(line.count <= Int(Self.columns), "\(line.count): \(line)") }
  }

  /// Before, `sessions show` printed its chains and card as they were, so the terminal cut
  /// "measured by “So they\n can see…" mid-word.
  @Test func sessionsShowBreaksAtSpaces() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let answers = [
      "They want a new CRM", "See which renewals are due before they lapse across every region we sell in",
      "They lost $180k of annual revenue from three lapsed renewals this year",
    ]
    _ = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana"], stdin: answers.joined(separator: "\n") + "\n",
      environment: sandbox.environment)
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    let id = try #require(sessions.first?["id"] as? String)
    let show = try terminal(["sessions", "show", id], sandbox: sandbox)
    let output = try show.expect("Gong links")
    _ = show.waitForExit()
    let shown = lines(output)
    #expect(shown.count > 10)
    for line in shown { #expect(line.count <= Int(Self.columns), "\(line.count): \(line)") }
  }

  @Test func theRecapsLintVerdictOnStderrBreaksAtSpaces() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let answers = [
      "They want a new CRM", "See which renewals are due before they lapse",
      "They lost $180k of annual revenue from three lapsed renewals this year",
    ]
    let session = try runRapport(
      ["discover", "why", "--account", "Acme", "--contact", "Dana"], stdin: answers.joined(separator: "\n") + "\n",
      environment: sandbox.environment)
    #expect(session.status == 0)
    let list = try runRapport(["sessions", "--json"], environment: sandbox.environment)
    let sessions = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    let id = try #require(sessions.first?["id"] as? String)
    let recap = try terminal(["sessions", "recap", id], sandbox: sandbox)
    _ = try recap.expect("rapport lint: ")
    let verdict = try recap.expect("scores it the same way.")
    _ = recap.waitForExit()
    let shown = lines("rapport lint: " + verdict + "scores it the same way.")
    #expect(shown.count > 1)
    for line in shown { #expect(line.count <= Int(Self.columns), "\(line.count): \(line)") }
  }
}
