import RapportCore

#if canImport(Glibc)
  @preconcurrency import Glibc
#endif

/// Opens the user's editor on a temporary file and returns what was saved.
///
/// The editor setting is split on whitespace (so `code -w` works) and the file's path is
/// passed as its own argument through posix_spawnp: no shell ever sees the name.
struct EditorLauncher {
  let editor: String

  func edit(initial: String) throws -> String {
    let folder = Terminal.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((folder + "/rapport-draft-XXXXXX.txt").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    guard fd >= 0 else { throw RapportError("Cannot create a temporary file: \(String(cString: strerror(errno))).") }
    let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    defer { unlink(path) }
    let bytes = Array(initial.utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return try edit(file: path)
  }

  /// Opens the editor on `path` itself and returns what was saved there.
  func edit(file path: String) throws -> String {
    let words = editor.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { throw RapportError("$EDITOR is empty; set it to your editor, e.g. EDITOR=nano.") }
    let argv = words + [path]
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, argv[0], nil, nil, &cArguments, environ)
    guard spawned == 0 else {
      throw RapportError("Cannot start the editor '\(words[0])': \(String(cString: strerror(spawned))). Set $VISUAL or $EDITOR.")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = (status & 0x7F) == 0
    let code = (status >> 8) & 0xFF
    guard exited && code == 0 else {
      throw RapportError("The editor '\(words[0])' did not exit cleanly (status \(code)); nothing was linted.", status: .failure)
    }
    do {
      return String(decoding: try FileSystem.readBytes(path, limit: LintInput.defaultMaximumBytes), as: UTF8.self)
    } catch {
      throw RapportError("Cannot read the draft back: \(error).")
    }
  }
}
