import Foundation
import Testing

/// On a terminal the source excerpt fits the width, so an 80-column terminal does not wrap
/// the excerpt and push the caret away from what it points at. Pipes keep 100 characters.
@Suite("rapport lint at a terminal: excerpt width, stdin hint", .serialized)
struct LintAtATerminalTests {
  static let draft =
    "Just checking in on my last email. Per my last email, we are the leading provider of onboarding "
    + "software for mid-market teams, and our platform is award-winning across the industry."

  private func excerpts(_ output: String) -> [Substring] {
    // Excerpt and caret lines: indented, and neither a suggestion nor the focus bar.
    output.split(separator: "\n").filter {
      $0.hasPrefix("  ") && !$0.hasPrefix("  suggestion:") && !$0.hasPrefix("  focus:")
    }
  }

  @Test(arguments: [UInt16(80), 60])
  func excerptsFitTheTerminal(columns: UInt16) throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let path = sandbox.home + "/draft.txt"
    try Self.draft.write(toFile: path, atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal(
      arguments: [RapportBinary.path, "lint", path], environment: sandbox.environment, columns: columns)
    let output = try terminal.expect("focus words: reader")
    _ = terminal.waitForExit()
    let lines = excerpts(output)
    #expect(!lines.isEmpty)
    for line in lines { #expect(line.count <= Int(columns), "\(line.count): \(line)") }
  }

  /// Before, a finding or suggestion wider than the terminal was cut by the terminal
  /// wherever the width ran out ("[length\n.too-short]", "this quarte\nr?").
  @Test func findingAndSuggestionLinesBreakAtSpacesOnATerminal() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["NO_COLOR"] = "1"
    sandbox.environment["TERM"] = "xterm"
    let path = sandbox.home + "/draft.txt"
    try "Hi Sam, I wanted to reach out because we are the leading provider of warehouse software.\nDo you have 15 minutes this week?\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let terminal = try PseudoTerminal(
      arguments: [RapportBinary.path, "lint", path], environment: sandbox.environment, columns: 70)
    let output = try terminal.expect("focus words: reader")
    _ = terminal.waitForExit()
    let lines = output.replacingOccurrences(of: "\r", with: "").split(separator: "\n")
    for line in lines { #expect(line.count <= 70, "\(line.count): \(line)") }
    // Each rule id stays whole, on the line that ends its finding.
    for id in ["[focus.opener-i-wanted]", "[focus.we-are-leading]", "[ask.heavy-meeting]"] {
      #expect(lines.contains { $0.hasSuffix(id) }, "\(id) in \(output)")
    }
    // On a pipe each finding is still one line.
    let piped = try runRapport(["lint", path])
    #expect(piped.stdout.contains("warning: Opens with the sender's intent, not the reader's situation. [focus.opener-i-wanted]"))
  }

  @Test func aPipeKeepsTheHundredCharacterWindow() throws {
    let result = try runRapport(["lint", "-"], stdin: Self.draft)
    #expect(excerpts(result.stdout).contains { $0.count > 100 })
  }

  @Test func withoutAFileOnATerminalItSaysItIsReadingStandardInput() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let terminal = try PseudoTerminal(arguments: [RapportBinary.path, "lint"], environment: sandbox.environment)
    _ = try terminal.expect("press Ctrl-D")
    terminal.send("Is ramp slow for your team?\n\u{4}")
    _ = try terminal.expect("score ")
    #expect(terminal.waitForExit() == 0)
  }
}
