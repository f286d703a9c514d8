/// A problem found while reading a quote file, pointing at its path and line.
public struct QuoteDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious the problem is.
  public enum Severity: String, Sendable { case warning, error }

  public var path: String
  /// 1-based line, or 0 when the problem concerns the whole file.
  public var line: Int
  public var severity: Severity
  public var message: String

  public init(path: String, line: Int, severity: Severity, message: String) {
    self.path = path
    self.line = line
    self.severity = severity
    self.message = message
  }

  /// Compiler-style: "path:line: severity: message".
  public var description: String {
    line > 0 ? "\(path):\(line): \(severity): \(message)" : "\(path): \(severity): \(message)"
  }
}
