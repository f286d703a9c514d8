@preconcurrency import CEditShim
@preconcurrency import CLibEdit

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Saves libedit history atomically with mode 0600: a temporary file beside the target,
/// flushed, then renamed, with hangup and termination signals held back meanwhile. A closed
/// terminal (EIO, then SIGHUP) can never leave an empty history file.
enum HistoryFile {
  /// Nil when saved, else why not (for a warning).
  static func save(_ history: OpaquePointer, to path: String) -> String? {
    writeSucceeded(history, to: path) ? nil : String(cString: strerror(errno))
  }

  /// False when the history could not be written (errno says why).
  private static func writeSucceeded(_ history: OpaquePointer, to path: String) -> Bool {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !directory.isEmpty { makeDirectories(directory) }
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGHUP, SIGINT, SIGTERM] { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

    var template = Array((path + ".XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return false }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    fchmod(fd, 0o600)
    guard let file = fdopen(fd, "w") else {
      close(fd)
      unlink(temporary)
      return false
    }
    let saved = shim_history_save_fp(history, file)
    let flushed = fflush(file) == 0 && fsync(fd) == 0
    fclose(file)
    guard saved >= 0, flushed, rename(temporary, path) == 0 else {
      let reason = errno
      unlink(temporary)
      errno = reason
      return false
    }
    return true
  }

  private static func makeDirectories(_ path: String) {
    var current = ""
    for part in path.split(separator: "/") {
      current += "/" + part
      mkdir(current, 0o700)
    }
  }
}
