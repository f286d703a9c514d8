import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Memory grows in step with the input: a message of many short questions twice as long
/// may not take more than two and a half times the peak memory (the lower of two runs of each
/// size). The peak is GNU time's `%M` for a `rapport` that time starts: a child's own
/// `ru_maxrss` also counts its spawner's peak (Linux keeps the old memory map's high-water mark
/// at `exec`, and `posix_spawn` shares the spawner's map), so measured from this test process
/// it grew with whatever other tests had allocated meanwhile.
@Suite("Lint memory scales linearly", .serialized)
struct LintMemoryScalingTests {
  /// Peak resident memory (KB) of `rapport lint --format line FILE`, as `/usr/bin/time`
  /// (Debian's `time`, installed by `make test`) reports it for its own child.
  static func peakKB(lintingFile path: String) throws -> Int {
    let report = path + ".peak"
    var pid: pid_t = 0
    let arguments = [
      "/usr/bin/time", "-f", "%M", "-o", report,
      RapportBinary.path, "lint", "--format", "line", "--max-bytes", "100000000", path,
    ]
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, &argv, environ)
    guard spawned == 0 else { throw POSIXError(.init(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let text = try String(contentsOfFile: report, encoding: .utf8)
    guard let kilobytes = text.split(whereSeparator: \.isNewline).last.flatMap({ Int($0) }) else {
      throw POSIXError(.EIO)
    }
    return kilobytes
  }

  @Test("twice as many short questions take at most 2.5 times the memory", arguments: ["Can you? ", "Why?\n"])
  func questionsScale(_ unit: String) throws {
    let folder = NSTemporaryDirectory() + "rapport-memory-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var peaks: [Int] = []
    for size in [500_000, 1_000_000] {
      let path = folder + "/questions-\(size).txt"
      try String(repeating: unit, count: size / unit.utf8.count).write(
        toFile: path, atomically: true, encoding: .utf8)
      // Peak memory only errs upwards (allocator arenas, a busy machine): the lower of two
      // runs is the program's own figure.
      peaks.append(min(try Self.peakKB(lintingFile: path), try Self.peakKB(lintingFile: path)))
    }
    let ratio = Double(peaks[1]) / Double(max(1, peaks[0]))
    #expect(ratio <= 2.5, "peak \(peaks[0]) KB for 0.5 MB, \(peaks[1]) KB for 1 MB (×\(ratio))")
    // A small constant: under 60 bytes of memory per byte of input (plus the runtime).
    #expect(peaks[1] - peaks[0] < 30 * 1_000, "\(peaks[1] - peaks[0]) KB more for half a megabyte more")
  }
}
