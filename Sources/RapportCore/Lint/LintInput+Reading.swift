#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a draft for lint: a file, standard input or text given directly.
extension LintInput {
  /// Why an input could not be linted, as the words that follow its name in an error.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    /// The reason, e.g. "is a folder; give lint its files, …".
    public let description: String

    /// A failure with `description` as its reason.
    public init(_ description: String) { self.description = description }
  }

  /// The file at `path` (`-` reads standard input), checked by `prepare`; refused with a
  /// message that says what to do when it is empty as a name, a folder, unreadable or over `limit`.
  public static func read(path: String, limit: Int = defaultMaximumBytes) throws(Failure) -> Prepared {
    // A script's unset variable, e.g. `rapport lint "$DRAFT"`.
    if path.isEmpty { throw Failure("an empty file name; give a file, or - for standard input") }
    let bytes: [UInt8]
    do { bytes = try FileSystem.readFile(path == "-" ? "/dev/stdin" : path, limit: limit) } catch {
      switch error {
      case .tooLarge(let limit, let size):
        throw Failure("is over the limit of \(ByteSize.describe(limit)) (\(raiseHint(limit: limit, size: size)))")
      case .isDirectory:
        // Say how to lint what is in it, with the whole path (a folder's is at most PATH_MAX)
        // so the command can be typed as shown.
        throw Failure("is a folder; give lint its files, e.g. `rapport lint \(Suggestion.files(inFolder: path, matching: "*.txt"))`")
      case .cannotOpen(let reason): throw Failure("cannot read: \(reason)")
      case .notRegular: throw Failure(error.description)
      }
    }
    return try checked(bytes, limit: limit)
  }

  /// Text given directly (the shell's draft), checked by `prepare` like a file's bytes.
  public static func read(text: String, limit: Int = defaultMaximumBytes) throws(Failure) -> Prepared {
    try checked(Array(text.utf8), limit: limit)
  }

  private static func checked(_ bytes: [UInt8], limit: Int) throws(Failure) -> Prepared {
    do { return try prepare(bytes, limit: limit) } catch { throw Failure(error.description) }
  }
}

extension LintInput.Prepared {
  /// Notes for stderr about what was repaired (empty for clean text).
  public var warnings: [String] {
    replacements > 0 ? ["replaced \(Plural.count(replacements, "invalid UTF-8 sequence")) with U+FFFD"] : []
  }
}

extension FileSystem {
  /// Reads a file into a buffer sized by fstat (a folder of small drafts is the common case),
  /// falling back to `readBytes` for pipes and files that grow while read.
  public static func readFile(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      return try readBytes(path, limit: limit)
    }
    let size = Int(info.st_size)
    if size > limit { throw .tooLarge(limit: limit, size: size) }
    var bytes = [UInt8](repeating: 0, count: size + 1)
    var count = 0
    while count < bytes.count {
      let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
      if got < 0 {
        if errno == EINTR { continue }
        throw .cannotOpen(String(cString: strerror(errno)))
      }
      if got == 0 { break }
      count += got
    }
    if count > size { return try readBytes(path, limit: limit) }  // grew while reading
    bytes.removeLast(bytes.count - count)
    return bytes
  }
}
