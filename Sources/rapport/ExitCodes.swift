import ArgumentParser
import RapportCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The one place where errors become exit statuses: 0 success, 1 nothing found or check
/// failed, 2 usage, input or configuration error.
enum ExitCodes {
  /// The status for `error`, after printing its message to stderr when asked.
  static func status(for error: any Error, printing: Bool) -> Int32 {
    // A database error becomes a sentence about the user's disk or session, never SQLite's text.
    if let error = SessionStore.explain(error, path: DiscoverySetup.paths.databaseFile) {
      if printing { Terminal.printError(error.message) }
      return error.status.rawValue
    }
    if let code = error as? ExitCode {
      return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
    }
    // ArgumentParser's own errors: help and version exit 0, parse errors are usage errors.
    let code = Rapport.exitCode(for: error)
    if printing {
      let message = Rapport.fullMessage(for: error)
      if code == .success {
        if !message.isEmpty { print(message) }
      } else {
        Terminal.printError(message, prefixed: false)
      }
    }
    if code == .success { return 0 }
    if code == .validationFailure { return ExitStatus.usage.rawValue }
    return code.rawValue == 1 ? ExitStatus.usage.rawValue : code.rawValue
  }
}

