import ArgumentParser
import RapportCore

/// The text of `help` and `help COMMAND`, rendered from the shell table.
struct ShellHelp {
  let style: Style

  /// What `help WORD` says when WORD names no command.
  static func unknown(_ topic: String) -> String {
    let hint = Suggestion.hint(for: topic, in: ShellTable.names)
    return "No command '\(Suggestion.echo(topic))'.\(hint) Type `help` for the list."
  }

  func render(_ topic: String?) -> String {
    guard let topic else { return overview() }
    guard let entry = ShellTable.entry(named: topic) else { return Self.unknown(topic) + "\n" }
    var text = style.bold(entry.synopsis) + "\n" + entry.summary + "\n"
    if !entry.aliases.isEmpty { text += "Also: \(entry.aliases.joined(separator: ", "))\n" }
    if entry.takesText {
      text += "\nGive it text with `\(entry.name) <<`, then the lines, then a line with only `.`;\n"
      text += "or paste several lines at the prompt.\n"
    }
    if !entry.details.isEmpty { text += "\n" + entry.details + "\n" }
    if let command = entry.command {
      // The summary is already on top; the parser's help would repeat it as OVERVIEW.
      var help = Rapport.helpMessage(for: command)
      if help.hasPrefix("OVERVIEW: "), let end = help.range(of: "\n\n") {
        help = String(help[end.upperBound...])
      }
      // --version and --help mean nothing inside the shell.
      help = help.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("  --version ") && !$0.hasPrefix("  -h, --help ") }
        .joined(separator: "\n")
      text += "\n" + help + "\n"
    }
    return text
  }

  private func overview() -> String {
    let width = min(28, ShellTable.entries.map(\.synopsis.count).max() ?? 0)
    var lines = [style.bold("Commands") + " (Tab completes; `help COMMAND` explains one):"]
    let indent = String(repeating: " ", count: width + 4)
    for entry in ShellTable.entries {
      // The summary wraps within 80 columns, aligned under itself.
      var summary = TextWrap.lines(entry.summary, width: 80 - indent.count)
      if entry.synopsis.count > width {
        // A long synopsis gets its own line; the summary goes under it.
        lines.append("  " + entry.synopsis)
      } else {
        lines.append("  " + entry.synopsis.padding(to: width) + "  " + summary.removeFirst())
      }
      lines += summary.map { indent + $0 }
    }
    lines += [
      "",
      style.bold("Text") + ": end a command with << to type or paste several lines; a line with",
      "only . ends the text. Pasting several lines at the prompt does the same.",
      "",
      style.bold("Keys") + ": Up/Down recall history, Ctrl-R searches it, Tab completes,",
      "Ctrl-C discards the line, Ctrl-D on an empty line leaves. ~/.editrc is honoured.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
