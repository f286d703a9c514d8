import ArgumentParser
import LineEditor
import RapportCore

/// One command of the shell. A single table of these drives dispatch, `help` and Tab
/// completion (the sqlite3 shell's habit).
struct ShellEntry {
  /// What a command gets when it runs.
  struct Invocation {
    /// The words after the command name, quotes removed.
    var arguments: [String]
    /// Multi-line text given with `<<` or by pasting, if any.
    var text: String?
    var context: ShellContext
  }

  let name: String
  var aliases: [String] = []
  /// Usage shown by `help`, e.g. "quote [TOPIC] [--search TEXT]".
  let synopsis: String
  /// One line for the `help` list.
  let summary: String
  /// When set, `help NAME` shows this command's full `--help`.
  var command: ParsableCommand.Type?
  /// Longer help for commands without a `command`.
  var details: String = ""
  /// True when the command reads multi-line text (`NAME <<`, or a paste).
  var takesText = false
  /// Candidates for the word being typed, given the words typed so far after the name.
  var completions: (ShellContext, [String]) -> [String] = { _, _ in [] }
  let run: (Invocation) throws -> Void

  /// An entry that runs a `rapport` subcommand, parsing its words exactly as the command
  /// line does, so the shell and the command line never disagree.
  static func subcommand(
    _ type: ParsableCommand.Type, synopsis: String, takesText: Bool = false,
    completions: @escaping (ShellContext, [String]) -> [String] = { _, _ in [] },
    run custom: ((Invocation) throws -> Void)? = nil
  ) -> ShellEntry {
    let name = type.configuration.commandName ?? "\(type)"
    return ShellEntry(
      name: name, synopsis: synopsis, summary: type.configuration.abstract, command: type,
      takesText: takesText, completions: completions,
      run: custom
        ?? { invocation in
          var parsed = try Rapport.parseChecked([name] + invocation.arguments)
          try parsed.run()
        })
  }
}
