import ArgumentParser

// Registration point for `rapport lint` and `rapport rules` (issue: rapport lint).
extension Rapport {
  static let lintSubcommands: [ParsableCommand.Type] = []
}

extension ShellTable {
  static var lintShellEntries: [ShellEntry] { [] }
}
