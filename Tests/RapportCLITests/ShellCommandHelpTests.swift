import RapportCore
import Testing

@testable import rapport

@Suite("Shell help for one command")
struct ShellCommandHelpTests {
  @Test func helpForACommandSaysItsSummaryOnce() {
    let text = ShellHelp(style: Style(enabled: false)).render("discover")
    let summary = "Walk through a discovery playbook and dig to the customer's real why."
    #expect(text.components(separatedBy: summary).count == 2, "\(text)")
    #expect(text.contains("Examples:"))
  }

  @Test func helpForACommandLeavesOutOptionsThatMeanNothingInTheShell() {
    let text = ShellHelp(style: Style(enabled: false)).render("lint")
    #expect(text.contains("--fail-under"))
    #expect(!text.contains("--version"))
    #expect(!text.contains("-h, --help"))
  }

  @Test func helpForASubcommandShowsThatSubcommandsHelp() throws {
    let help = ShellHelp(style: Style(enabled: false))
    // Before: `help sessions show` showed the help of `sessions`, whose last line sends you
    // to `help sessions <subcommand>`.
    let show = try help.render(path: ["sessions", "show"])
    #expect(show.hasPrefix("sessions show\nShow a session's answers and summary.\n"), "\(show)")
    #expect(show.contains("USAGE: rapport sessions show <id>"))
    #expect(try help.render(path: ["next", "done"]).contains("USAGE: rapport next done"))
    #expect(throws: RapportError.self) { try help.render(path: ["sessions", "shwo"]) }
    // The parent's help points to it in the shell's words, with no OPTIONS heading left empty.
    let sessions = try help.render(path: ["sessions"])
    #expect(sessions.contains("See 'help sessions <subcommand>'"), "\(sessions)")
    #expect(!sessions.contains("OPTIONS:"), "\(sessions)")
    #expect(sessions.contains("recap"))
  }

  @Test func helpForASubcommandThatIsNotThereSaysWhatIsThere() throws {
    let result = try runRapport([], stdin: "help sessions shwo\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("No command 'shwo' in `sessions`. Did you mean 'show'? `help sessions` lists them."))
  }
}
