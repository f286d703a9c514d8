import Testing

/// `rapport help COMMAND` explains a command; a word that names none is a usage error
/// that says so, instead of the overview with exit 0 as if all were well.
@Suite("rapport help with a command that does not exist")
struct HelpTopicTests {
  @Test func anUnknownCommandIsAUsageError() throws {
    let result = try runRapport(["help", "qoute"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("No command 'qoute'"))
    #expect(result.stderr.contains("Did you mean 'quote'?"))
    #expect(result.stderr.contains("`rapport --help` lists them"))
  }

  @Test func anUnknownSubcommandIsAUsageError() throws {
    let result = try runRapport(["help", "sessions", "shwo"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("No command 'shwo' in `rapport sessions`"))
  }

  @Test(arguments: [["help"], ["help", "quote"], ["help", "sessions", "export"], ["help", "next", "done"]])
  func knownCommandsStillExplainThemselves(arguments: [String]) throws {
    let result = try runRapport(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
  }
}

/// In the piped shell too: `help WORD` for no command fails the script like an unknown command.
@Suite("The shell's help with a command that does not exist")
struct ShellHelpTopicTests {
  @Test func anUnknownTopicFailsTheScript() throws {
    let result = try runRapport([], stdin: "help qoute\nquote --list\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("No command 'qoute'. Did you mean 'quote'?"))
    #expect(result.stdout.contains("quotes in"))
  }

  @Test func aKnownTopicSucceeds() throws {
    let result = try runRapport([], stdin: "help quote\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("quote [TOPIC]"))
  }
}

/// Every command's help says what its exit status means, so a script author need not guess.
@Suite("Help that teaches exit statuses")
struct HelpExitStatusTests {
  @Test(arguments: [
    ["sessions", "list"], ["sessions", "show"], ["sessions", "resume"], ["sessions", "export"],
    ["sessions", "recap"], ["sessions", "search"], ["sessions", "delete"], ["playbooks", "show"],
    ["playbooks", "lint"], ["next"], ["next", "done"], ["rules"], ["lint"], ["quote"], ["discover"],
  ])
  func aCommandsHelpSaysWhatItsExitStatusMeans(command: [String]) throws {
    let result = try runRapport(["help"] + command)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Exit status") || result.stdout.contains("exits 2"), "\(command)")
  }
}
