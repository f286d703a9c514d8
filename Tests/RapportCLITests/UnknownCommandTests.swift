import Foundation
import Testing

/// A mistyped command or subcommand ("rapport lnit", "rapport sessions shwo ID") is named as
/// an unknown command with a "did you mean", instead of "2 unexpected arguments" and the usage
/// of the shell or of `list`, which the words would otherwise have fallen into.
@Suite("rapport with a command word that names no command")
struct UnknownCommandTests {
  @Test(arguments: [
    (["lnit", "draft.txt"], "No command 'lnit'. Did you mean 'lint'? `rapport --help` lists them."),
    (["sessions", "shwo", "k3f9qx"], "No command 'shwo' in `rapport sessions`. Did you mean 'show'?"),
    (["next", "dnoe", "k3f9qx"], "No command 'dnoe' in `rapport next`. Did you mean 'done'?"),
    (["playbooks", "zz"], "No command 'zz' in `rapport playbooks`. `rapport playbooks --help` lists them."),
  ])
  func aMistypedCommandIsNamedWithASuggestion(arguments: [String], message: String) throws {
    let result = try runRapport(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(!result.stderr.contains("unexpected argument"))
  }

  @Test func theShellSaysTheSameAndGoesOn() throws {
    let result = try runRapport([], stdin: "sessions shwo k3f9qx\nquote --list\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("No command 'shwo' in `rapport sessions`. Did you mean 'show'?"))
    #expect(result.stdout.contains("quotes in"))
  }

  @Test(arguments: [["sessions"], ["sessions", "list"], ["playbooks"], ["next"], ["next", "--all"], ["--version"]])
  func defaultAndKnownSubcommandsStillRun(arguments: [String]) throws {
    #expect(try runRapport(arguments).status == 0)
  }

  /// `playbooks check` is `playbooks lint` under the name a user reaches for first.
  @Test func playbooksCheckLintsAFile() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let path = sandbox.home + "/check-in.yaml"
    try "id: check-in\ntitle: Renewal check-in\n".write(toFile: path, atomically: true, encoding: .utf8)
    let result = try runRapport(["playbooks", "check", path], environment: sandbox.environment)
    #expect(result.status == 1)
    #expect(result.stdout.contains(path + ":"))
  }

  /// Before: "Unknown option '--verison'" with the usage of the shell, rapport's default
  /// command, as if the shell had been asked for.
  @Test func aMistypedOptionBeforeAnyCommandIsRapportsWithASuggestion() throws {
    let result = try runRapport(["--verison"])
    #expect(result.status == 2)
    #expect(
      result.stderr == "rapport: Unknown option '--verison'. Did you mean '--version'? `rapport --help` lists the commands and options.\n",
      "\(result.stderr)")
    // The shell's own option and the parser's still work.
    #expect(try runRapport(["--color", "never"], stdin: "quote --list\n").status == 0)
    #expect(try runRapport(["--generate-completion-script", "bash"]).stdout.contains("rapport"))
    #expect(try runRapport(["-h"]).status == 0)
    let hidden = try runRapport(["--help-hidden"])
    #expect(hidden.status == 0 && hidden.stdout.contains("USAGE"), "\(hidden.stderr)")
    // The completion scripts' hook (`rapport ---completion quote -- positional@0 …`) is the parser's.
    let topics = try runRapport(["---completion", "quote", "--", "positional@0", "1", "0", "rapport", "quote", ""])
    #expect(topics.status == 0 && topics.stdout.contains("listening"), "\(topics.stderr)")
  }

  @Test func helpHelpIsNoUnknownCommand() throws {
    // Before: "No command 'help'", though `rapport help` is one.
    let result = try runRapport(["help", "help"])
    #expect(!result.stderr.contains("No command 'help'"), "\(result.stderr)")
    #expect(result.status == 0 && result.stdout.contains("USAGE: rapport help"), "\(result.stdout)\(result.stderr)")
  }
}
