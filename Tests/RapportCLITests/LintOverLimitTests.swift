import Foundation
import Testing

/// An input over --max-bytes is told a limit that holds it, also when the file comes in on
/// standard input (`rapport lint - < big.txt`), whose size the read knows as a named file's.
@Suite("rapport lint over --max-bytes")
struct LintOverLimitTests {
  @Test func aFileRedirectedToStandardInputIsToldALimitThatHoldsIt() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let path = sandbox.home + "/big.txt"
    try Data(repeating: 0x61, count: 3_000_000).write(to: URL(fileURLWithPath: path))
    let (status, stderr) = try runRedirected(
      ["lint", "-"], input: try FileHandle(forReadingFrom: URL(fileURLWithPath: path)), environment: sandbox.environment)
    #expect(status == 2)
    #expect(stderr.contains("<stdin>: is over the limit of 1 MiB (raise it with --max-bytes, e.g. --max-bytes 3M)"), "\(stderr)")
  }

  @Test func aPipeIsToldTwiceTheLimit() throws {
    let result = try runRapport(["lint", "--max-bytes", "1K", "-"], stdin: String(repeating: "a", count: 5_000))
    #expect(result.status == 2)
    #expect(result.stderr.contains("<stdin>: is over the limit of 1 KiB (raise it with --max-bytes, e.g. --max-bytes 1M)"))
  }
}
