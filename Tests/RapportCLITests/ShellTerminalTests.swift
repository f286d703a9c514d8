import Foundation
import Testing

/// The shell driven through a pseudo-terminal, key by key, as a person would use it.
@Suite("Shell on a terminal", .serialized)
struct ShellTerminalTests {
  private let prompt = "rapport> "

  private func startShell(home: (environment: [String: String], home: String)? = nil) throws -> (PseudoTerminal, String) {
    var sandbox = home ?? RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let terminal = try PseudoTerminal(arguments: [RapportBinary.path], environment: sandbox.environment)
    try terminal.expect(prompt)
    try terminal.waitForRawMode()
    return (terminal, sandbox.home)
  }

  @Test func theFirstRunTeachesAndTheNextCountsOverdueSteps() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let first = try PseudoTerminal(arguments: [RapportBinary.path], environment: sandbox.environment)
    let greeting = try first.expect(prompt)
    #expect(greeting.contains("Three things to start with"))
    #expect(greeting.contains("discover why --account Acme --contact Dana"))
    try first.waitForRawMode()
    first.send("quit\r")
    #expect(first.waitForExit() == 0)
    // An overdue next step, then the shell again: one line, with the count.
    _ = try runRapport(
      ["discover", "why", "--account", "Acme"],
      stdin: String(repeating: "\n", count: 10) + "x\ny\nSend the deck — Dana — 2020-01-06\n",
      environment: sandbox.environment)
    let second = try PseudoTerminal(arguments: [RapportBinary.path], environment: sandbox.environment)
    let again = try second.expect(prompt)
    #expect(!again.contains("Three things to start with"))
    #expect(again.contains("1 next step overdue"))
  }

  @Test func typingAtATerminalWithOutputPipedShowsTheModeAndAPromptButLogsOnlyOutput() throws {
    // `make run | tee log`: standard input is the terminal, standard output a pipe.
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let log = sandbox.home + "/shell.log"
    let terminal = try PseudoTerminal(
      arguments: ["/bin/sh", "-c", "\"$0\" | cat > \"$1\"", RapportBinary.path, log],
      environment: sandbox.environment)
    let opening = try terminal.expect(prompt)
    #expect(opening.contains("Output goes to a pipe or file"))
    terminal.send("quote --search journey\r")
    try terminal.expect(prompt)
    terminal.send("quit\r")
    #expect(terminal.waitForExit() == 0)
    let logged = try String(contentsOfFile: log, encoding: .utf8)
    #expect(logged.contains("A journey of a thousand miles"))
    #expect(!logged.contains(prompt) && !logged.contains("Output goes to a pipe"))
  }

  @Test func typedCommandRunsAndPromptReturns() throws {
    let (terminal, _) = try startShell()
    terminal.send("quote --search journey\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("A journey of a thousand miles"))
    #expect(output.contains("Lao Tzu"))
  }

  @Test func tabCompletesCommandNamesAndTopics() throws {
    let (terminal, _) = try startShell()
    terminal.send("quo\t")
    try terminal.expect("quote ")
    terminal.send("listen\t")
    try terminal.expect("listening ")
    terminal.send("--all\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("%"))
    #expect(!output.lowercased().contains("no topic"))
  }

  @Test func ambiguousTabListsTheCandidates() throws {
    let (terminal, _) = try startShell()
    terminal.send("qu\t")
    let listing = try terminal.expect(prompt)
    #expect(listing.contains("quit"))
    #expect(listing.contains("quote"))
  }

  @Test func upArrowRecallsThePreviousLine() throws {
    let (terminal, _) = try startShell()
    terminal.send("help quote\r")
    try terminal.expect("Print a motivating quote")
    try terminal.expect(prompt)
    try terminal.waitForRawMode()
    terminal.send("\u{1b}[A")
    try terminal.expect("help quote")
    terminal.send("\r")
    try terminal.expect("Print a motivating quote")
  }

  @Test func ctrlCDiscardsThePartLineAndTheShellGoesOn() throws {
    let (terminal, _) = try startShell()
    terminal.send("quote --search nothing-like-this")
    try terminal.expect("nothing-like-this")
    terminal.send("\u{3}")
    try terminal.expect("^C")
    try terminal.expect(prompt)
    try terminal.waitForRawMode()
    terminal.send("help\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("Commands"))
    #expect(!output.contains("No quote matches"))
  }

  @Test func ctrlDOnAnEmptyLineExitsWithStatusZero() throws {
    let (terminal, _) = try startShell()
    terminal.send("\u{4}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func historyIsSavedWithModeSixHundredAndRecalledNextTime() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    do {
      let (terminal, _) = try startShell(home: sandbox)
      terminal.send("quote --search zoë 日本\r")
      try terminal.expect(prompt)
      try terminal.waitForRawMode()
      terminal.send("\u{4}")
      #expect(terminal.waitForExit() == 0)
    }
    let historyPath = sandbox.home + "/state/rapport/history"
    let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let (terminal, _) = try startShell(home: sandbox)
    terminal.send("\u{1b}[A")
    try terminal.expect("quote --search zoë 日本")
  }

  @Test func repeatedLinesAreCollapsedInTheHistoryFile() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let (terminal, _) = try startShell(home: sandbox)
    for line in ["help", "quote --list", "help"] {
      terminal.send(line + "\r")
      try terminal.expect(prompt)
      try terminal.waitForRawMode()
    }
    terminal.send("\u{4}")
    #expect(terminal.waitForExit() == 0)
    let saved = try String(contentsOfFile: sandbox.home + "/state/rapport/history", encoding: .utf8)
    // libedit's format: a header line, then one entry per line with spaces as \040.
    #expect(saved.split(separator: "\n").dropFirst() == [#"quote\040--list"#, "help"])
  }

  @Test func twoShellsAtOnceKeepEachOthersHistory() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let (first, _) = try startShell(home: sandbox)
    let (second, _) = try startShell(home: sandbox)
    first.send("quote --list\r")
    try first.expect(prompt)
    try first.waitForRawMode()
    second.send("help\r")
    try second.expect(prompt)
    try second.waitForRawMode()
    for terminal in [first, second] {
      terminal.send("\u{4}")
      #expect(terminal.waitForExit() == 0)
    }
    let saved = try String(contentsOfFile: sandbox.home + "/state/rapport/history", encoding: .utf8)
    #expect(saved.split(separator: "\n").dropFirst() == [#"quote\040--list"#, "help"])
  }

  @Test func unicodeInputEditsCorrectly() throws {
    let (terminal, _) = try startShell()
    // Type, then delete the last two characters (CJK) with Backspace, then search.
    terminal.send("quote --search jour日本")
    try terminal.expect("日本")
    terminal.send("\u{7f}\u{7f}ney\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("Lao Tzu"))
  }

  @Test func editrcBindingsAreHonoured() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    let editrc = sandbox.home + "/editrc"
    // A key macro only for programs named rapport, as a person might keep in ~/.editrc.
    try "rapport:bind -s ^X 'quote --search journey'\n".write(toFile: editrc, atomically: true, encoding: .utf8)
    sandbox.environment["EDITRC"] = editrc
    let (terminal, _) = try startShell(home: sandbox)
    terminal.send("\u{18}\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("Lao Tzu"))
  }

  @Test func unknownCommandSuggestsTheNearestOne() throws {
    let (terminal, _) = try startShell()
    terminal.send("quoet\r")
    let output = try terminal.expect(prompt)
    #expect(output.contains("No command 'quoet'. Did you mean 'quote'?"))
  }

  @Test func bracketedPasteIsNotRunLineByLine() throws {
    let (terminal, _) = try startShell()
    terminal.send("\u{1b}[200~quote\rquit\r\u{1b}[201~")
    let output = try terminal.expect(prompt)
    #expect(output.contains("Pasted 2 lines; nothing was run"))
    try terminal.waitForRawMode()
    terminal.send("help\r")
    try terminal.expect("Commands")
  }
}
