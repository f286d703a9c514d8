import Foundation
import Testing

/// Output sent to a full disk (`/dev/full` fails every write with ENOSPC) is never taken for
/// success: rapport says it could not write it and exits 2.
@Suite("Output that cannot be written")
struct FullDiskOutputTests {
  /// Runs rapport with its standard output on `/dev/full`; the status and standard error.
  func runIntoFullDisk(_ arguments: [String], environment: [String: String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: RapportBinary.path)
    process.arguments = arguments
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let error = Pipe()
    process.standardError = error
    try process.run()
    let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
  }

  @Test(arguments: [
    ["rules"], ["quote"], ["quote", "--list"], ["sessions"], ["playbooks"], ["rules", "--category", "ask"],
  ])
  func aCommandWhoseOutputIsLostOnAFullDiskSaysSoAndExits2(_ arguments: [String]) throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    // Before: exit 0 and not a word, with nothing written.
    let (status, stderr) = try runIntoFullDisk(arguments, environment: sandbox.environment)
    #expect(status == 2, "\(arguments)")
    #expect(stderr.contains("Could not write the output: No space left on device. Part of it is missing; make room"), "\(stderr)")
  }

  @Test func aLintReportLostOnAFullDiskIsAnErrorNotAPass() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let draft = sandbox.home + "/draft.txt"
    try "Your team told us ramp time hurts. Would cutting it matter this quarter?\n"
      .write(toFile: draft, atomically: true, encoding: .utf8)
    for format in ["text", "line", "json"] {
      let (status, stderr) = try runIntoFullDisk(["lint", "--format", format, draft], environment: sandbox.environment)
      #expect(status == 2, "\(format): \(stderr)")
    }
    // Written where it can be, the same draft passes.
    #expect(try runRapport(["lint", draft], environment: sandbox.environment).status == 0)
  }

  @Test func aClosedOutputIsNotTakenForAFullDisk() throws {
    // `rapport quote >&-`: the advice fits the cause (before: "make room" for a closed file).
    let sandbox = RapportBinary.sandboxEnvironment()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec \"$0\" quote >&-", RapportBinary.path]
    process.environment = sandbox.environment
    let error = Pipe()
    process.standardError = error
    try process.run()
    let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(stderr.contains("Could not write the output: Bad file descriptor."), "\(stderr)")
    #expect(stderr.contains("check where it goes") && !stderr.contains("make room"), "\(stderr)")
  }
}
