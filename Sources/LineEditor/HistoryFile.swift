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
    withLock(on: path) { write(history, to: path) }
  }

  /// Adds `entry` to the history file at `path`: the file as it is now (or `fallback` when it
  /// cannot be read), an earlier copy of the entry dropped, saved atomically, all under an
  /// exclusive lock so two shells adding lines at once never drop each other's. Returns the
  /// entries now in the file (oldest first) and nil, or the entries and why they were not saved.
  static func add(_ entry: String, to path: String, fallback: [String]) -> (entries: [String], failure: String?) {
    withLock(on: path) {
      let entries = HistoryPolicy.adding(entry, to: savedEntries(at: path) ?? fallback)
      guard let history = shim_history_init() else { return (entries, "cannot start libedit's history") }
      defer { history_end(history) }
      shim_history_setsize(history, Int32(HistoryPolicy.capacity))
      for text in entries { shim_history_enter(history, text) }
      return (entries, write(history, to: path))
    }
  }

  /// The entries of the history file at `path`, oldest first; nil when it cannot be read.
  static func savedEntries(at path: String) -> [String]? {
    guard let saved = shim_history_init() else { return nil }
    defer { history_end(saved) }
    shim_history_setsize(saved, Int32(HistoryPolicy.capacity))
    guard shim_history_load(saved, path) >= 0 else { return nil }
    return entries(of: saved)
  }

  /// The entries of a libedit `history`, oldest first.
  static func entries(of history: OpaquePointer) -> [String] {
    var entries: [String] = []
    var text = shim_history_oldest(history)
    while let entry = text {
      entries.append(String(cString: entry))
      text = shim_history_newer(history)
    }
    return entries
  }

  /// Runs `body` holding an exclusive `flock` on `path` + ".lock" (mode 0600, created when
  /// missing). The history file itself cannot carry the lock: each save replaces it by a
  /// rename. When the lock file cannot be opened (an unwritable folder), `body` runs
  /// unlocked and its own save reports the problem.
  private static func withLock<Result>(on path: String, _ body: () -> Result) -> Result {
    let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !directory.isEmpty { makeDirectories(directory) }
    let fd = open(path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return body() }
    defer { close(fd) }
    while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    defer { flock(fd, LOCK_UN) }
    return body()
  }

  /// Nil when `history` was written to `path`, else why not. Called under `withLock`, which
  /// has made the folder.
  private static func write(_ history: OpaquePointer, to path: String) -> String? {
    writeSucceeded(history, to: path) ? nil : String(cString: strerror(errno))
  }

  /// False when the history could not be written (errno says why).
  private static func writeSucceeded(_ history: OpaquePointer, to path: String) -> Bool {
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

  /// Makes each folder of `path` in turn; a relative path stays relative to the working folder.
  private static func makeDirectories(_ path: String) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      mkdir(current, 0o700)
    }
  }
}
