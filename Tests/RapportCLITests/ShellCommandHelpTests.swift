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
}
