import RapportCore

/// Every shell command. Later features add their entries here, and dispatch, `help` and
/// completion pick them up.
enum ShellTable {
  static var entries: [ShellEntry] { core + lintShellEntries + discoveryShellEntries }

  static var core: [ShellEntry] {
    [
    ShellEntry(
      name: "help", aliases: ["?"], synopsis: "help [COMMAND]",
      summary: "List the commands, or explain one.",
      completions: { _, words in words.isEmpty ? ShellTable.names : [] },
      run: { invocation in
        print(ShellHelp(style: invocation.context.style).render(invocation.arguments.first), terminator: "")
      }),
    .subcommand(
      QuoteCommand.self, synopsis: "quote [TOPIC] [OPTIONS]",
      completions: { context, _ in
        context.quoteBook.topics.map(\.name)
          + ["--search", "--list", "--short", "--long", "--daily", "--all", "--json", "--length"]
      }),
    ShellEntry(
      name: "quit", aliases: ["exit"], synopsis: "quit",
      summary: "Leave rapport (Ctrl-D does the same).",
      run: { invocation in invocation.context.wantsExit = true }),
    ]
  }

  /// Command names and aliases, for completion and suggestions.
  static var names: [String] { entries.flatMap { [$0.name] + $0.aliases } }

  /// The entry called `name` (or with that alias).
  static func entry(named name: String) -> ShellEntry? {
    entries.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Candidates for the word being typed at the end of `line`.
  static func complete(_ line: String, context: ShellContext) -> [String] {
    var words = (try? ShellWords.split(line)) ?? line.split(separator: " ").map(String.init)
    if line.last?.isWhitespace == true || line.isEmpty { words.append("") }
    guard words.count > 1 else { return names }
    guard let entry = entry(named: words[0]) else { return [] }
    return entry.completions(context, Array(words.dropFirst().dropLast()))
  }
}
