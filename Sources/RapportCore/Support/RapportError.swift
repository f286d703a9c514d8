/// How a rapport command ended, as a process exit status scripts can trust.
public enum ExitStatus: Int32, Sendable {
  /// Success.
  case success = 0
  /// Nothing found, or a check failed (a lint below its threshold).
  case failure = 1
  /// Usage, input or configuration error.
  case usage = 2
}

/// An error whose message is for the person at the terminal, with what to do next.
public struct RapportError: Error, CustomStringConvertible, Sendable {
  /// The message, one or two sentences, starting with what went wrong.
  public let message: String
  /// The exit status this error should end the process with.
  public let status: ExitStatus

  public init(_ message: String, status: ExitStatus = .usage) {
    self.message = message
    self.status = status
  }

  public var description: String { message }
}
