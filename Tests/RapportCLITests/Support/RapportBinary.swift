import Foundation

/// Finds the `rapport` executable that `swift test` built beside the test bundle.
enum RapportBinary {
  static let path: String = {
    var candidates: [URL] = []
    let argument0 = URL(fileURLWithPath: CommandLine.arguments[0])
    candidates.append(argument0.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
    candidates.append(Bundle.main.bundleURL)
    for directory in candidates {
      var url = directory
      for _ in 0..<4 {
        let binary = url.appendingPathComponent("rapport").path
        if FileManager.default.isExecutableFile(atPath: binary) { return binary }
        url = url.deletingLastPathComponent()
      }
    }
    return "rapport"
  }()

  /// A fresh environment whose XDG folders point into a new temporary directory.
  static func sandboxEnvironment(extra: [String: String] = [:]) -> (environment: [String: String], home: String) {
    let home = NSTemporaryDirectory() + "rapport-home-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    var environment = [
      "HOME": home,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "LANG": "C.UTF-8",
      "XDG_STATE_HOME": home + "/state",
      "XDG_DATA_HOME": home + "/data",
      "XDG_CONFIG_HOME": home + "/config",
    ]
    environment.merge(extra) { $1 }
    return (environment, home)
  }
}

/// The outcome of running `rapport` with pipes.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `rapport` with `arguments`, feeding `stdin`, with a deadline.
func runRapport(
  _ arguments: [String], stdin: String = "", environment: [String: String]? = nil,
  currentDirectory: String? = nil, timeout: TimeInterval = 20
) throws -> RunResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: RapportBinary.path)
  process.arguments = arguments
  process.environment = environment ?? RapportBinary.sandboxEnvironment().environment
  if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
  let input = Pipe(), output = Pipe(), error = Pipe()
  process.standardInput = input
  process.standardOutput = output
  process.standardError = error
  let done = DispatchSemaphore(value: 0)
  process.terminationHandler = { _ in done.signal() }
  try process.run()
  // Read both pipes concurrently so a chatty child never blocks on a full pipe.
  nonisolated(unsafe) var out = Data(), err = Data()
  let group = DispatchGroup()
  DispatchQueue.global().async(group: group) { out = output.fileHandleForReading.readDataToEndOfFile() }
  DispatchQueue.global().async(group: group) { err = error.fileHandleForReading.readDataToEndOfFile() }
  // A child that exits without reading its input must not take the test process down with
  // SIGPIPE: ignore the signal and let the write fail quietly instead.
  _ = ignoreBrokenPipes
  try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
  try? input.fileHandleForWriting.close()
  if done.wait(timeout: .now() + timeout) == .timedOut {
    process.terminate()
    throw TimedOut(what: "rapport \(arguments.joined(separator: " "))")
  }
  _ = group.wait(timeout: .now() + 5)
  return RunResult(
    status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
    stderr: String(decoding: err, as: UTF8.self))
}

/// Runs `executable` (rapport unless told) with its standard input and output on the given
/// files rather than pipes, as a shell redirection would set them; its status and standard error.
func runRedirected(
  _ arguments: [String], executable: String = RapportBinary.path, input: FileHandle = .nullDevice,
  output: FileHandle = .nullDevice, environment: [String: String]
) throws -> (status: Int32, stderr: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.environment = environment
  process.standardInput = input
  process.standardOutput = output
  let error = Pipe()
  process.standardError = error
  try process.run()
  let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  process.waitUntilExit()
  return (process.terminationStatus, stderr)
}

/// Set once: writing to a pipe whose reader has gone returns an error instead of a signal.
private let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

struct TimedOut: Error, CustomStringConvertible {
  var what: String
  var description: String { "timed out: \(what)" }
}
