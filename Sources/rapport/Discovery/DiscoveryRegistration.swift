import ArgumentParser
import RapportCore

// Registration point for `rapport discover`, `playbooks` and `sessions` (issue: rapport discover).
extension Rapport {
  static let discoverySubcommands: [ParsableCommand.Type] = [
    DiscoverCommand.self, SessionsCommand.self, PlaybooksCommand.self, NextCommand.self,
  ]
}

extension ShellTable {
  static var discoveryShellEntries: [ShellEntry] {
    [
      .subcommand(
        DiscoverCommand.self,
        synopsis: "discover [PLAYBOOK] [--account NAME] [--contact NAME] [--mode prep|debrief]",
        completions: { context, words in
          switch words.last {
          case "--account"?: return context.accountNames
          case "--mode"?: return ["prep", "debrief"]
          case "--contact"?, "--set"?: return []
          default: return context.playbookIDs + ["--account", "--contact", "--mode", "--set", "--json"]
          }
        }, run: { try runShellAware("discover", $0) }),
      .subcommand(
        SessionsCommand.self, synopsis: "sessions [list|show|resume|export|recap|search|delete] ...",
        completions: { context, words in
          if words.isEmpty {
            return ["list", "show", "resume", "export", "recap", "search", "delete", "--account", "--json", "--format"]
          }
          if words.last == "--account" { return context.accountNames }
          if words.last == "--format" { return ["md", "json", "csv"] }
          if ["show", "resume", "export", "recap", "delete"].contains(words[0]), words.count == 1 {
            return context.sessionIDs
          }
          return words[0] == "export" ? ["--format", "--json"] : []
        }, run: { try runShellAware("sessions", $0) }),
      .subcommand(
        PlaybooksCommand.self, synopsis: "playbooks [list|show ID|lint FILE]",
        completions: { context, words in
          if words.isEmpty { return ["list", "show", "lint", "--json", "--format"] }
          return words == ["show"] ? context.playbookIDs : []
        }),
      .subcommand(
        NextCommand.self, synopsis: "next [done ID] [--ics] [--all]",
        completions: { context, words in
          if words.isEmpty { return ["done", "--ics", "--all", "--json", "--format"] }
          return words == ["done"] ? context.openNextStepIDs : []
        }),
    ]
  }

  /// Parses like the command line, then runs with the shell's reader when the command talks.
  private static func runShellAware(_ name: String, _ invocation: ShellEntry.Invocation) throws {
    var parsed = try Rapport.parseChecked([name] + invocation.arguments)
    if let aware = parsed as? ShellAware {
      try aware.run(in: invocation.context)
    } else {
      try parsed.run()
    }
  }
}

extension ShellContext {
  var playbookIDs: [String] { DiscoverySetup.catalog(paths: paths, warn: false).ids }
  /// Account names for `--account`; names with spaces come back escaped ("Harbor\\ Health").
  var accountNames: [String] { allAccountNames.map { $0.replacingOccurrences(of: " ", with: "\\ ") } }
  var allAccountNames: [String] { (try? DiscoverySetup.store(paths: paths, readOnly: true).accounts()) ?? [] }
  var openNextStepIDs: [String] {
    ((try? DiscoverySetup.store(paths: paths, readOnly: true).nextSteps()) ?? []).map(\.sessionID)
  }
  var sessionIDs: [String] { ((try? DiscoverySetup.store(paths: paths, readOnly: true).sessions()) ?? []).map(\.id) }
}
