import Foundation

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Runs a program on a pseudo-terminal, as a person at a terminal would: it gets a
/// controlling tty, raw-mode line editing and real key presses.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  /// Every byte the program printed so far.
  private(set) var raw: [UInt8] = []
  /// Everything the program printed so far, with escape sequences removed.
  private(set) var transcript = ""
  /// Where the next `expect` starts looking, in characters of `transcript`.
  private var consumed = 0

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  init(arguments: [String], environment: [String: String], rows: UInt16 = 24, columns: UInt16 = 100) throws {
    var master: Int32 = -1, slave: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty failed") }
    self.master = master
    let slaveName = String(cString: ttyname(slave))

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    // Opened after setsid, the tty becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    posix_spawn_file_actions_addclose(&actions, slave)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var all = sigset_t(), none = sigset_t()
    sigfillset(&all)
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID, hidden behind _GNU_SOURCE
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let result = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
    close(slave)
    guard result == 0 else { throw Failure(description: "posix_spawn failed: \(result)") }
    pid = child
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Types `text` (control keys as "\u{3}" and so on).
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Waits until the program has put the terminal in raw mode (libedit is reading keys);
  /// keys sent earlier would go through the cooked line discipline.
  func waitForRawMode(timeout: TimeInterval = 10) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var modes = termios()
      if tcgetattr(master, &modes) == 0, modes.c_lflag & tcflag_t(ICANON) == 0 { return }
      pump(milliseconds: 10)
    }
    throw Failure(description: "terminal never entered raw mode; output so far:\n\(transcript)")
  }

  /// Waits for `text` to appear after the previous match; returns what came before it.
  @discardableResult
  func expect(_ text: String, timeout: TimeInterval = 10) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      let cursor = transcript.index(transcript.startIndex, offsetBy: consumed)
      if let range = transcript.range(of: text, range: cursor..<transcript.endIndex) {
        consumed = transcript.distance(from: transcript.startIndex, to: range.upperBound)
        return String(transcript[cursor..<range.lowerBound])
      }
      if Date() >= deadline {
        throw Failure(description: "did not see \(text.debugDescription); output after the last match:\n\(transcript[cursor...])")
      }
      pump(milliseconds: 50)
    }
  }

  /// Waits for the program to exit; returns its exit status, or nil on timeout.
  func waitForExit(timeout: TimeInterval = 10) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      pump(milliseconds: 20)
      var status: Int32 = 0
      if waitpid(pid, &status, WNOHANG) == pid {
        // WIFEXITED / WEXITSTATUS are macros Swift cannot see.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      }
    }
    return nil
  }

  /// Reads whatever output is ready within `milliseconds`.
  private func pump(milliseconds: Int32) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    // EIO once the child has exited; nothing more to read.
    guard count > 0 else { return }
    raw += buffer[..<count]
    // Re-strip everything: an escape sequence may be split across two reads.
    transcript = PseudoTerminal.plain(String(decoding: raw, as: UTF8.self))
  }

  /// Removes ANSI escape sequences, `\1` prompt markers and carriage returns.
  static func plain(_ text: String) -> String {
    var out = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      switch scalar {
      case "\u{1b}":
        guard let next = iterator.next() else { break }
        if next == "[" {
          while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
        } else if next == "]" {
          while let c = iterator.next(), c != "\u{7}" {}
        }
      case "\r", "\u{1}", "\u{7}": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
