import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A FIFO (or anything else that is not a regular file) where rapport reads its own files is
/// skipped with a note instead of blocking the command forever.
@Suite("Non-regular files are skipped")
struct NonRegularFileTests {
  @Test("a FIFO in the playbooks folder: rapport playbooks lists the rest and names the FIFO")
  func fifoInPlaybooks() throws {
    let (environment, home) = RapportBinary.sandboxEnvironment()
    let folder = home + "/data/rapport/playbooks"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    #expect(mkfifo(folder + "/stuck.yaml", 0o600) == 0)
    let result = try runRapport(["playbooks"], environment: environment, timeout: 20)
    #expect(result.stdout.contains("why"))
    #expect(result.stderr.contains("stuck.yaml"))
    #expect(result.stderr.contains("not a regular file"))
  }

  @Test("a FIFO in the quotes folder does not block rapport quote")
  func fifoInQuotes() throws {
    let (environment, home) = RapportBinary.sandboxEnvironment()
    let folder = home + "/data/rapport/quotes"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    #expect(mkfifo(folder + "/stuck", 0o600) == 0)
    let result = try runRapport(["quote", "--seed", "1"], environment: environment, timeout: 20)
    #expect(result.status == 0)
  }
}
