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
    if let command = entry.command { text += "\n" + Self.parserHelp(for: command) + "\n" }
    return text
  }

  /// `help sessions show`: the help of a subcommand, reached through the words after the
  /// shell command's name; an error naming the word that leads nowhere.
  func render(path words: [String]) throws -> String {
    guard words.count > 1, let entry = ShellTable.entry(named: words[0]), var command = entry.command else {
      return render(words.first)
    }
    var path = entry.name
    for word in words.dropFirst() {
      let subcommands = command.configuration.subcommands
      guard let next = subcommands.first(where: { $0.configuration.commandName == word }) else {
        let names = subcommands.compactMap { $0.configuration.commandName }
        let list = names.isEmpty ? " It has no subcommands." : " `help \(path)` lists them."
        throw RapportError(
          "No command '\(Suggestion.echo(word))' in `\(path)`.\(Suggestion.hint(for: word, in: names))\(list)")
      }
      command = next
      path += " " + word
    }
    return style.bold(path) + "\n" + command.configuration.abstract + "\n\n" + Self.parserHelp(for: command) + "\n"
  }

  /// The parser's help for `command`, without what the shell shows on top (the summary,
  /// which the parser repeats as OVERVIEW) or what means nothing inside it (--version,
  /// --help, and an OPTIONS heading they leave empty).
  private static func parserHelp(for command: ParsableCommand.Type) -> String {
    var help = Rapport.helpMessage(for: command)
    if help.hasPrefix("OVERVIEW: "), let end = help.range(of: "\n\n") {
      help = String(help[end.upperBound...])
    }
    var lines = help.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("  --version ") && !$0.hasPrefix("  -h, --help ") }
    while let heading = lines.firstIndex(where: { $0 == "OPTIONS:" }),
      heading + 1 == lines.count || lines[heading + 1].isEmpty
    {
      lines.remove(at: heading)
      if heading < lines.count { lines.remove(at: heading) }
    }
    // Inside the shell, `help` needs no `rapport` before it.
    return lines.joined(separator: "\n").replacingOccurrences(of: "See 'rapport help ", with: "See 'help ")
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
