import ArgumentParser
import RapportCore

/// rapport: a salesperson's private coach in the terminal.
@main
struct Rapport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rapport",
    abstract: "A sales coach in your terminal: discover the customer's why, lint drafts, get a quote.",
    discussion: """
      Run `rapport` on its own to open the coaching shell; type `help` there.

      Exit status: 0 success; 1 nothing found or a check failed; 2 usage, input or
      configuration error. A search or filter that matches nothing (quote --search,
      sessions search, sessions --account, next done ID) exits 1; a list that is
      simply empty (no sessions yet, no open next steps) exits 0.
      """,
    version: Rapport.version,
    subcommands: Rapport.allSubcommands,
    defaultSubcommand: ShellCommand.self)

  /// What `rapport --version` prints.
  static let version = "0.1.0"

  /// Parses the command line, runs it and exits with rapport's exit codes.
  static func main() {
    Terminal.prepareProcess()
    do {
      let arguments = LintCommand.presplit(Array(CommandLine.arguments.dropFirst()))
      if arguments == ["--version"] {
        Terminal.write(version + "\n")
        Terminal.exit(0)
      }
      try checkHelpTopic(arguments)
      try LintCommand.checkDashFile()
      if let status = QuoteCommand.fastRun(arguments) { Terminal.exit(status) }
      if let status = LintCommand.fastRun(arguments) { Terminal.exit(status) }
      var command = try LintCommand.fastParse(arguments) ?? parseChecked(arguments)
      try command.run()
      Terminal.exit(0)
    } catch {
      Terminal.flush()
      Terminal.exit(ExitCodes.status(for: error, printing: true))
    }
  }

  /// Parses `arguments` as the command line does, after `checkCommandWords`: the shell and
  /// the command line both come through here.
  static func parseChecked(_ arguments: [String]) throws -> ParsableCommand {
    try checkRootOption(arguments)
    try checkCommandWords(arguments)
    return try parseAsRoot(arguments)
  }

  /// A word where a command's subcommand goes that names none ("rapport lnit", "rapport
  /// sessions shwo ID") is an unknown command, said so with a "did you mean". Left to the
  /// parser, it would run into the default subcommand (the shell, `list`) and be reported
  /// as "2 unexpected arguments" with that subcommand's usage.
  static func checkCommandWords(_ arguments: [String]) throws {
    var command: ParsableCommand.Type = Rapport.self
    var path = "rapport"
    for word in arguments {
      let subcommands = command.configuration.subcommands
      // `help WORD…` is the parser's own subcommand, checked by `checkHelpTopic`.
      guard !subcommands.isEmpty, !word.hasPrefix("-"), word != "help" else { return }
      let names: (ParsableCommand.Type) -> [String] = {
        ($0.configuration.commandName.map { [$0] } ?? []) + $0.configuration.aliases
      }
      guard let next = subcommands.first(where: { names($0).contains(word) }) else {
        // Only a default subcommand that takes no words (the shell, `list`) makes this a typo.
        guard command.configuration.defaultSubcommand != nil else { return }
        let all = subcommands.compactMap { $0.configuration.commandName }
        let place = path == "rapport" ? "" : " in `\(path)`"
        throw RapportError(
          "No command '\(Suggestion.echo(word))'\(place).\(Suggestion.hint(for: word, in: all)) "
            + "`\(path) --help` lists them.")
      }
      command = next
      path += " " + word
    }
  }

  /// An option before any command that neither rapport nor the shell (its default command)
  /// takes ("rapport --verison") is rapport's unknown option, with a "did you mean". Left to
  /// the parser, it is reported with the shell's usage, as if the shell had been asked for.
  static func checkRootOption(_ arguments: [String]) throws {
    guard let first = arguments.first, first.hasPrefix("-"), first != "-", first != "--" else { return }
    let name = String(first.prefix { $0 != "=" })
    let shown = ["--version", "--help", "--color"]
    // The parser's own hooks stay its: completion scripts call `rapport ---completion …`.
    guard !(shown + ["-h", "--help-hidden", "--generate-completion-script"]).contains(name), !name.hasPrefix("--experimental"),
      !name.hasPrefix("---")
    else { return }
    throw RapportError(
      "Unknown option '\(Suggestion.echo(first))'.\(Suggestion.hint(for: name, in: shown)) "
        + "`rapport --help` lists the commands and options.")
  }

  /// `rapport help WORD…` names commands: a word that names none is an error (the argument
  /// parser would print the overview and exit 0, as if the command existed).
  static func checkHelpTopic(_ arguments: [String]) throws {
    guard arguments.first == "help" else { return }
    var command: ParsableCommand.Type = Rapport.self
    var path = "rapport"
    // `help help` is the help of `help` itself, which the parser knows.
    for word in arguments.dropFirst() where !word.hasPrefix("-") && !(word == "help" && command == Rapport.self) {
      let names = command.configuration.subcommands.compactMap { $0.configuration.commandName }
      guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == word })
      else {
        let hint = Suggestion.hint(for: word, in: names)
        let list = names.isEmpty ? "" : " `\(path) --help` lists them."
        let place = path == "rapport" ? "" : " in `\(path)`"
        throw RapportError("No command '\(Suggestion.echo(word))'\(place).\(hint)\(list)")
      }
      command = next
      path += " " + word
    }
  }
}
