import ArgumentParser

// Registration point for `rapport lint` and `rapport rules` (issue: rapport lint).
extension Rapport {
  static let lintSubcommands: [ParsableCommand.Type] = [LintCommand.self, RulesCommand.self]
}

extension ShellTable {
  static var lintShellEntries: [ShellEntry] { LintShell.entries }
}
