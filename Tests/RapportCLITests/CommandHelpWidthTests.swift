import Testing

/// Every command's `--help` reads well in an 80-column terminal: a paragraph written in
/// several lines (text broken by hand, a list of examples) fits, so the argument parser
/// never re-wraps it into stray short lines ("and" alone between two lines, an example's
/// last word under it). A paragraph written as one line is the parser's to wrap.
@Suite("every command's help fits 80 columns")
struct CommandHelpWidthTests {
  /// The help's own text: after the overview paragraph, before USAGE.
  private func paragraphs(_ arguments: [String], columns: Int) throws -> [String] {
    let sandbox = RapportBinary.sandboxEnvironment(extra: ["COLUMNS": String(columns)])
    let result = try runRapport(arguments, environment: sandbox.environment)
    #expect(result.status == 0)
    var aboveUsage = result.stdout.components(separatedBy: "\nUSAGE:")[0]
    while aboveUsage.hasSuffix("\n") { aboveUsage.removeLast() }
    return Array(aboveUsage.components(separatedBy: "\n\n").dropFirst())
  }

  @Test(arguments: [
    ["--help"], ["shell", "--help"], ["quote", "--help"], ["lint", "--help"], ["rules", "--help"],
    ["discover", "--help"], ["sessions", "--help"], ["sessions", "list", "--help"],
    ["sessions", "show", "--help"], ["sessions", "resume", "--help"], ["sessions", "export", "--help"],
    ["sessions", "recap", "--help"], ["sessions", "search", "--help"], ["sessions", "delete", "--help"],
    ["playbooks", "--help"], ["playbooks", "show", "--help"], ["playbooks", "lint", "--help"],
    ["next", "--help"], ["next", "list", "--help"], ["next", "done", "--help"],
  ])
  func helpTextIsNotRewrappedAt80Columns(arguments: [String]) throws {
    let narrow = try paragraphs(arguments, columns: 80)
    let wide = try paragraphs(arguments, columns: 1000)
    #expect(narrow.count == wide.count)
    for (written, shown) in zip(wide, narrow) where written.contains("\n") {
      #expect(shown == written, "re-wrapped at 80 columns:\n\(shown)")
    }
  }

  @Test(arguments: [["lint", "--help"], ["quote", "--help"], ["eval", "--help"], ["sessions", "search", "--help"]])
  func noOptionStatesItsDefaultTwice(arguments: [String]) throws {
    let sandbox = RapportBinary.sandboxEnvironment(extra: ["COLUMNS": "1000"])
    let help = try runRapport(arguments, environment: sandbox.environment).stdout
    // Before: "--stop-prior … (default 0.45). (default: 0.45)".
    for line in help.split(separator: "\n") where line.hasPrefix("  -") {
      #expect(line.components(separatedBy: "default").count <= 2, "\(line)")
    }
  }
}
