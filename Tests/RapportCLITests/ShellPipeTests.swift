import Foundation
import Testing

/// The shell with standard input from a pipe: scriptable, no prompt, no escapes.
@Suite("Shell through a pipe")
struct ShellPipeTests {
  @Test func commandsRunLineByLineWithoutPromptOrEscapes() throws {
    let result = try runRapport([], stdin: "quote --search journey\nquit\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("A journey of a thousand miles"))
    #expect(!result.stdout.contains("rapport>"))
    #expect(!result.stdout.contains("\u{1b}"))
  }

  @Test func unknownCommandsAreReportedAndTheRestStillRuns() throws {
    let result = try runRapport(["shell"], stdin: "quot\nquote --search journey\n")
    #expect(result.stderr.contains("No command 'quot'. Did you mean 'quote'?"))
    #expect(result.stdout.contains("Lao Tzu"))
    #expect(result.status == 2)
  }

  /// rapport's hints name commands as `rapport sessions recap ID`; typed or pasted in the
  /// shell they run as they are, without the leading word.
  @Test func aCommandTypedWithRapportInFrontStillRuns() throws {
    let result = try runRapport([], stdin: "rapport quote --search journey\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Lao Tzu"))
    let alone = try runRapport([], stdin: "rapport\n")
    #expect(alone.status == 2)
    #expect(alone.stderr.contains("You are in rapport's shell already"))
  }

  @Test func multiLineTextEndsAtALoneDot() throws {
    // `help <<` is refused (help reads no text) and the text lines are not run as commands.
    let result = try runRapport([], stdin: "help <<\nquote\n.\nquit\n")
    #expect(result.stderr.contains("'help' does not read text"))
    #expect(result.stdout.isEmpty)
  }

  @Test func helpListsEveryCommandOfTheTable() throws {
    let result = try runRapport([], stdin: "help\n")
    for name in ["help", "quote", "quit"] {
      #expect(result.stdout.contains("\n  \(name)"))
    }
  }

  @Test func dumbTerminalStillWorks() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "dumb"
    let result = try runRapport([], stdin: "quote --search journey\n", environment: sandbox.environment)
    #expect(result.stdout.contains("Lao Tzu"))
  }
}
