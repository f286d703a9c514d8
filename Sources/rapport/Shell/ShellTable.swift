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
      completions: { _, words in
        if words.isEmpty { return ShellTable.names }
        // `help sessions sh<Tab>`: the subcommands `help` explains.
        guard words.count == 1, let command = ShellTable.entry(named: words[0])?.command else { return [] }
        return command.configuration.subcommands.compactMap { $0.configuration.commandName }
      },
      run: { invocation in
        if let topic = invocation.arguments.first, ShellTable.entry(named: topic) == nil {
          // A usage error like an unknown command, so a script's status says so.
          throw RapportError(ShellHelp.unknown(topic))
        }
        print(try ShellHelp(style: invocation.context.style).render(path: invocation.arguments), terminator: "")
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

  /// Completes a value that may hold spaces ("Harbor Health") after `option`: the value typed
  /// so far, bare with `\ ` escapes or after an opening quote, is matched against `names`,
  /// and each match comes back from where the editor's last word starts (it completes the
  /// text after the last space). Nil when the cursor is not in that option's value.
  static func completeValue(after option: String, in line: String, names: [String]) -> [String]? {
    guard let range = line.range(of: " " + option + " ", options: .backwards) else { return nil }
    let raw = String(line[range.upperBound...])
    let quote = raw.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
    // Still inside the value: one word once the quote is closed (or without one).
    let closed = quote.map { raw + String($0) } ?? raw
    guard let words = try? ShellWords.split(closed), words.count <= 1,
      quote != nil || !raw.hasSuffix(" ") || raw.hasSuffix("\\ ")
    else { return nil }
    let word = String(raw.split(separator: " ", omittingEmptySubsequences: false).last ?? "")
    return names.compactMap { name in
      let rendered =
        quote.map { String($0) + name + String($0) } ?? name.replacingOccurrences(of: " ", with: "\\ ")
      guard rendered.hasPrefix(raw) else { return nil }
      return String(rendered.dropFirst(raw.count - word.count))
    }
  }

  /// The entry called `name` (or with that alias).
  static func entry(named name: String) -> ShellEntry? {
    entries.first { $0.name == name || $0.aliases.contains(name) }
  }

  /// Candidates for the word being typed at the end of `line`.
  static func complete(_ line: String, context: ShellContext) -> [String] {
    if let first = line.split(separator: " ").first, ["discover", "sessions"].contains(String(first)),
      let names = completeValue(after: "--account", in: line, names: context.allAccountNames)
    {
      return names
    }
    var words = (try? ShellWords.split(line)) ?? line.split(separator: " ").map(String.init)
    if line.last?.isWhitespace == true || line.isEmpty { words.append("") }
    guard words.count > 1 else { return names }
    guard let entry = entry(named: words[0]) else { return [] }
    return entry.completions(context, Array(words.dropFirst().dropLast()))
  }
}
