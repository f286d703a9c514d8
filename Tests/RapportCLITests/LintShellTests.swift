import Foundation
import Testing

/// The shell's `lint` and `edit`, through a pipe and on a terminal.
@Suite("Shell lint and edit", .serialized)
struct LintShellTests {
  @Test func lintReadsADraftUntilALoneDotAndOffersAQuestion() throws {
    let result = try runRapport([], stdin: "lint\nI wanted to reach out. We are the leading provider.\n.\nquit\n")
    #expect(result.stdout.contains("draft:1:1: warning:"))
    #expect(result.stdout.contains("Ask them instead:"))
  }

  @Test func lintWithHeredocAndAtFile() throws {
    let path = NSTemporaryDirectory() + "rapport-shell-" + UUID().uuidString + ".txt"
    try "Your team grew fast. Is hiring slow?".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runRapport([], stdin: "lint --profile reply <<\nJust checking in.\n.\nlint @\(path)\n")
    #expect(result.stdout.contains("[filler.just-checking-in]"))
    #expect(result.stdout.contains("\(path): score"))
  }

  @Test func anAtFileNamedLikeAnOptionIsLintedAsAFile() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    try "Your team grew fast. Is hiring slow?".write(
      toFile: sandbox.home + "/-draft.txt", atomically: true, encoding: .utf8)
    // Before: "Unknown option '-draft.txt'", though the `@` says it is a file.
    let result = try runRapport(
      [], stdin: "lint @-draft.txt --profile reply\nlint --self @Acme @-draft.txt\n", environment: sandbox.environment,
      currentDirectory: sandbox.home)
    #expect(result.stdout.components(separatedBy: "-draft.txt: score").count == 3, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("· reply ·"), "\(result.stdout)")
    #expect(!result.stderr.contains("Unknown option"), "\(result.stderr)")
  }

  @Test func anAtWithNoFileNameSaysWhereTheNameGoes() throws {
    let result = try runRapport([], stdin: "lint @\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("`@` needs a file name right after it, as in `lint @draft.txt`."), "\(result.stderr)")
    #expect(!result.stderr.contains("standard input"))
  }

  @Test func editOpensTheEditorWithArgumentsAndLintsWhatWasSaved() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let script = sandbox.home + "/fake editor.sh"
    try """
      #!/bin/sh
      # $1 is a flag from $EDITOR, $2 the draft file.
      [ "$1" = "--wait" ] || exit 3
      printf 'I wanted to reach out. Do you have 15 minutes?\\n' > "$2"
      """.write(toFile: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    let link = sandbox.home + "/fakeeditor"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: script)
    var environment = sandbox.environment
    // Run through sh rather than exec'd: a script written a moment ago can still be open in a
    // process another test is forking ("Text file busy").
    environment["EDITOR"] = "/bin/sh \(link) --wait"
    let result = try runRapport([], stdin: "edit\n", environment: environment)
    #expect(result.stdout.contains("[focus.opener-i-wanted]"))
    #expect(result.stdout.contains("[ask.heavy-meeting]"))
    environment["EDITOR"] = "/nonexistent/editor"
    let broken = try runRapport([], stdin: "edit\n", environment: environment)
    #expect(broken.stderr.contains("Cannot start the editor"))
  }

  @Test func editAfterLintingAFileOpensThatFile() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let draft = sandbox.home + "/follow-up.txt"
    try "Just checking in.\n".write(toFile: draft, atomically: true, encoding: .utf8)
    let script = sandbox.home + "/editor.sh"
    try """
      #!/bin/sh
      echo "EDITING $1"
      printf 'Your team grew fast. Is hiring slow?\\n' > "$1"
      """.write(toFile: script, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    var environment = sandbox.environment
    environment["EDITOR"] = "/bin/sh " + script
    let result = try runRapport(
      [], stdin: "lint <<\nI wanted to reach out.\n.\nlint @\(draft)\nedit\n", environment: environment)
    #expect(result.stdout.contains("EDITING \(draft)"), "\(result.stdout)")
    #expect(try String(contentsOfFile: draft, encoding: .utf8) == "Your team grew fast. Is hiring slow?\n")
    #expect(result.stdout.components(separatedBy: "\(draft): score").count == 3)
  }

  /// The shell on a terminal with `lint` typed and one line of a draft pasted at its prompt,
  /// waiting for the next line.
  private func typeALintDraftLine(environment: [String: String]) throws -> PseudoTerminal {
    var environment = environment
    environment["TERM"] = "xterm"
    let terminal = try PseudoTerminal(arguments: [RapportBinary.path], environment: environment)
    try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("lint\r")
    try terminal.expect("end with a line holding only a dot")
    try terminal.waitForRawMode()
    terminal.send("We are the leading provider.\r")
    try terminal.waitForRawMode()
    return terminal
  }

  @Test func lintOnATerminalTakesAPastedDraft() throws {
    let terminal = try typeALintDraftLine(environment: RapportBinary.sandboxEnvironment().environment)
    terminal.send(".\r")
    let output = try terminal.expect("Ask them instead:")
    #expect(output.contains("[focus.we-are-leading]"))
  }

  @Test func ctrlCInAPastedDraftSetsItAsideForEdit() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    let script = sandbox.home + "/editor.sh"
    // The editor shows what it was given, and saves it as it was.
    try "#!/bin/sh\necho \"EDITING: $(cat \"$1\")\"\n".write(toFile: script, atomically: true, encoding: .utf8)
    sandbox.environment["EDITOR"] = "/bin/sh " + script
    let terminal = try typeALintDraftLine(environment: sandbox.environment)
    terminal.send("\u{3}")
    // Before: "(draft discarded)", and the lines were gone.
    try terminal.expect("(draft set aside: `edit` opens it to finish)")
    try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("edit\r")
    let output = try terminal.expect("[focus.we-are-leading]")
    #expect(output.contains("EDITING: We are the leading provider."), "\(output)")
  }
}

/// `rapport lint` on a terminal: colour by default, none with NO_COLOR.
@Suite("rapport lint on a terminal", .serialized)
struct LintTerminalTests {
  private func run(_ extra: [String: String]) throws -> String {
    let path = NSTemporaryDirectory() + "rapport-tty-" + UUID().uuidString + ".txt"
    try "We are the leading provider.".write(toFile: path, atomically: true, encoding: .utf8)
    var sandbox = RapportBinary.sandboxEnvironment(extra: extra)
    sandbox.environment["TERM"] = "xterm"
    let terminal = try PseudoTerminal(arguments: [RapportBinary.path, "lint", path], environment: sandbox.environment)
    try terminal.expect("score ")
    _ = terminal.waitForExit()
    return String(decoding: terminal.raw, as: UTF8.self)
  }

  @Test func colourOnATerminalUnlessNoColor() throws {
    #expect(try run([:]).contains("\u{1b}[33mwarning:"))
    #expect(!(try run(["NO_COLOR": "1"]).contains("\u{1b}[")))
  }
}
