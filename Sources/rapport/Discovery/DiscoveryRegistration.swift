import ArgumentParser

// Registration point for `rapport discover`, `playbooks` and `sessions` (issue: rapport discover).
extension Rapport {
  static let discoverySubcommands: [ParsableCommand.Type] = []
}

extension ShellTable {
  static var discoveryShellEntries: [ShellEntry] { [] }
}
