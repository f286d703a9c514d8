import ArgumentParser
import RapportCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// The process's terminal: whether we talk to a person, and writing to stdout/stderr.
enum Terminal {
  /// Called once at start: UTF-8 for libedit and wide characters.
  static func prepareProcess() {
    setlocale(LC_CTYPE, "")
  }

  /// The environment, read once.
  static let environment: [String: String] = {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let pair = String(cString: entry)
      if let equals = pair.firstIndex(of: "=") {
        result[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }()

  /// One environment variable, read directly (no dictionary of the whole environment).
  static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  static var stdinIsTerminal: Bool { isatty(0) == 1 }
  static var stdoutIsTerminal: Bool { isatty(1) == 1 }
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  /// A person is typing and reading: both ends are terminals.
  static var isInteractive: Bool { stdinIsTerminal && stdoutIsTerminal }

  static func flush() { fflush(stdout) }

  /// Writes text to stdout as it is: no `print`, whose dynamic casts make the runtime scan
  /// every protocol conformance in the binary on first use.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
  }

  /// Ends the process with `status`, flushing output first. Output that could not all be
  /// written (a full disk, a file system gone read-only) is said on stderr and ends with
  /// status 2 whatever `status` was, so a script never takes lost output for success.
  static func exit(_ status: Int32) -> Never {
    let code = fflush(stdout) == 0 ? 0 : errno
    if code != 0 || ferror(stdout) != 0 {
      let reason = code == 0 ? "" : ": " + String(cString: strerror(code))
      // Room is the remedy only when room ran out; a closed or broken output needs looking at.
      let advice =
        [ENOSPC, EDQUOT, EFBIG].contains(code)
        ? "make room (or send it elsewhere)" : "check where it goes (a full disk, a closed file)"
      fputs("rapport: Could not write the output\(reason). Part of it is missing; \(advice) and run the command again.\n", stderr)
      Glibc.exit(ExitStatus.usage.rawValue)
    }
    Glibc.exit(status)
  }

  /// Writes a message to stderr, as "rapport: message" unless `prefixed` is false.
  static func printError(_ message: String, prefixed: Bool = true) {
    let style = Style(mode: .auto, stream: .stderr)
    // On a terminal a long message breaks at spaces, not mid-word.
    let text = fitted(prefixed ? "\(style.red("rapport:")) \(message)" : message, on: 2)
    fputs(text.hasSuffix("\n") ? text : text + "\n", stderr)
  }

  /// Writes text to stderr as it is (a prompt, with no newline), after what stdout holds.
  static func writeError(_ text: String) {
    fflush(stdout)
    fputs(text, stderr)
  }

  /// Writes a warning (a skipped file, a repaired line) to stderr.
  static func printWarning(_ message: String) {
    fputs(fitted("rapport: \(message)", on: 2) + "\n", stderr)
  }
}

/// When to colour output.
enum ColorMode: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, always, never
}

/// ANSI styling that switches itself off for pipes, `NO_COLOR`, `TERM=dumb` and `--color never`.
struct Style: Sendable {
  enum Stream { case stdout, stderr }
  let enabled: Bool

  init(mode: ColorMode, stream: Stream = .stdout) {
    switch mode {
    case .always: enabled = true
    case .never: enabled = false
    case .auto:
      let tty = stream == .stdout ? Terminal.stdoutIsTerminal : Terminal.stderrIsTerminal
      let noColor = !(Terminal.variable("NO_COLOR") ?? "").isEmpty
      let dumb = (Terminal.variable("TERM") ?? "dumb") == "dumb"
      enabled = tty && !noColor && !dumb
    }
  }

  init(enabled: Bool) { self.enabled = enabled }

  private func wrap(_ code: String, _ text: String) -> String {
    enabled ? "\u{1b}[\(code)m\(text)\u{1b}[0m" : text
  }
  func bold(_ text: String) -> String { wrap("1", text) }
  func dim(_ text: String) -> String { wrap("2", text) }
  func italic(_ text: String) -> String { wrap("3", text) }
  func red(_ text: String) -> String { wrap("31", text) }
  func green(_ text: String) -> String { wrap("32", text) }
  func yellow(_ text: String) -> String { wrap("33", text) }
  func cyan(_ text: String) -> String { wrap("36", text) }
  func boldCyan(_ text: String) -> String { wrap("1;36", text) }
}
