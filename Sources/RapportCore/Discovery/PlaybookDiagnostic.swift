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
}

/// Every problem found in one playbook file.
public struct PlaybookErrors: Error, Sendable, Equatable {
  public var diagnostics: [PlaybookDiagnostic]
  public init(_ diagnostics: [PlaybookDiagnostic]) { self.diagnostics = diagnostics }
}
