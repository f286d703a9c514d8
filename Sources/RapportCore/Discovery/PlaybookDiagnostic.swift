import Foundation

/// A problem found in a playbook file, located as `file:line:col`.
public struct PlaybookDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:col: message`, the form editors jump to.
  public var description: String { "\(file):\(line):\(column): \(message)" }

  /// One line per file for a note that a file was skipped: its first problem, and how many
  /// more there are with the command that lists them all, so a broken file costs one line of
  /// stderr on every command that loads the playbooks, not one per problem.
  public static func summaries(_ diagnostics: [PlaybookDiagnostic]) -> [String] {
    var order: [String] = []
    var byFile: [String: [PlaybookDiagnostic]] = [:]
    for diagnostic in diagnostics {
      if byFile[diagnostic.file] == nil { order.append(diagnostic.file) }
      byFile[diagnostic.file, default: []].append(diagnostic)
    }
    return order.map { file in
      let found = byFile[file] ?? []
      guard let first = found.first else { return file }
      let more = found.count - 1
      return more == 0
        ? first.description
        : "\(first) (and \(more) more problem\(more == 1 ? "" : "s"): `rapport playbooks lint \(Suggestion.shellWord(file))` lists them)"
    }
  }
}

/// Every problem found in one playbook file.
public struct PlaybookErrors: Error, Sendable, Equatable {
  public var diagnostics: [PlaybookDiagnostic]
  public init(_ diagnostics: [PlaybookDiagnostic]) { self.diagnostics = diagnostics }
}
