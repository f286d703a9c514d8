import ArgumentParser

extension Rapport {
  /// Every `rapport` subcommand; the first is the default.
  static let allSubcommands: [ParsableCommand.Type] =
    [ShellCommand.self, QuoteCommand.self] + lintSubcommands + discoverySubcommands + [EvalCommand.self]
}
