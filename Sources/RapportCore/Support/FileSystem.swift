#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small POSIX file helpers: fast byte reads, directory listings and atomic writes.
///
/// They avoid Foundation on the hot start-up path (`rapport quote`).
public enum FileSystem {
  /// Why a file could not be read.
  public enum ReadError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(String)
    case isDirectory
    /// Over `limit` bytes; `size` is the file's whole size when `readFile` knew it before
    /// reading (a regular file, also one redirected to standard input), else nil (a pipe).
    case tooLarge(limit: Int, size: Int?)
    case notRegular

    public var description: String {
      switch self {
      case .notRegular: return "not a regular file (a FIFO, socket or device); skipped"
      case .cannotOpen(let reason): return reason
      case .isDirectory: return "is a directory, not a file"
      case .tooLarge(let limit, _): return "larger than the limit of \(ByteSize.describe(limit))"
      }
    }
  }

  /// The bytes of the file at `path`, refusing more than `limit` bytes.
  /// With `regularOnly`, anything but a regular file (a FIFO, a socket, a device) is refused
  /// without waiting on it: the file is opened non-blocking and checked before any read.
  public static func readBytes(_ path: String, limit: Int = 16 << 20, regularOnly: Bool = false)
    throws(ReadError) -> [UInt8]
  {
    let fd = open(path, O_RDONLY | O_CLOEXEC | (regularOnly ? O_NONBLOCK : 0))
    guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
    if regularOnly {
      guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(0, Int(info.st_size)))
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen(String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[..<count])
      if bytes.count > limit { throw .tooLarge(limit: limit, size: nil) }
    }
    return bytes
  }

  /// Names in a directory (no dot entries), sorted; nil when it cannot be opened.
  public static func listDirectory(_ path: String) -> [String]? {
    guard let dir = opendir(path) else { return nil }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    return names.sorted()
  }

  /// What kind of thing is at `path`, following symbolic links.
  public enum Kind { case missing, file, directory, other }

  public static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// True when `path` is a symbolic link.
  public static func isSymbolicLink(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
  }

  /// Creates `path` and its parents with `mode` (existing folders are left as they are).
  public static func makeDirectories(_ path: String, mode: mode_t = 0o700) throws(ReadError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      current += "/" + part
      if mkdir(current, mode) != 0 && errno != EEXIST {
        throw .cannotOpen("cannot create \(current): \(String(cString: strerror(errno)))")
      }
    }
  }

  /// Writes `bytes` to `path` atomically: a temporary file beside it (created with `mode`),
  /// flushed to disk, then renamed over the old one. A crash or hangup never leaves a
  /// half-written file. Signals that would kill the process are held back meanwhile.
  /// `durable: false` skips the flush (about 10 ms): a process crash still cannot leave a
  /// torn file, only a power cut may lose the latest version — fine for disposable state.
  public static func writeAtomically(
    _ bytes: [UInt8], to path: String, mode: mode_t = 0o600, durable: Bool = true
  ) throws(ReadError) {
    let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    if !directory.isEmpty { try makeDirectories(directory) }
    var blocked = sigset_t()
    var previous = sigset_t()
    sigemptyset(&blocked)
    for signal in [SIGHUP, SIGINT, SIGTERM] { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, &previous)
    defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }

    var template = Array((path + ".tmp.XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else {
      throw .cannotOpen("cannot write beside \(path): \(String(cString: strerror(errno)))")
    }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    fchmod(fd, mode)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(fd)
        unlink(temporary)
        throw .cannotOpen("cannot write \(path): \(reason)")
      }
      offset += written
    }
    if durable { fsync(fd) }
    close(fd)
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw .cannotOpen("cannot replace \(path): \(reason)")
    }
  }

  /// Appends `bytes` to the file at `path` in one write, creating it (mode 0600) and its
  /// folders when missing. For logs where a lost or torn last line does no harm.
  public static func append(_ bytes: [UInt8], to path: String, mode: mode_t = 0o600) throws(ReadError) {
    var fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, mode)
    // The folder is made only the first time, when the open says it is missing.
    if fd < 0 && errno == ENOENT, let slash = path.lastIndex(of: "/"), slash > path.startIndex {
      try makeDirectories(String(path[..<slash]))
      fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, mode)
    }
    guard fd >= 0 else { throw .cannotOpen("cannot write \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }
}
