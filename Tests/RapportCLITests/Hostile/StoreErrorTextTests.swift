import Foundation
import GRDB
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every way the session database can fail reaches the person as a sentence they can act
/// on, with rapport's exit codes, and never as SQLite's own "SQLite error N: …" text.
@Suite("Session database errors in words", .serialized)
struct StoreErrorTextTests {
  /// A sandbox with one saved session; returns its environment, database path and session id.
  private func sandbox() throws -> (environment: [String: String], database: String, id: String) {
    let (environment, home) = RapportBinary.sandboxEnvironment()
    let started = try runRapport(
      ["discover", "why", "--account", "Acme"], stdin: "They want a new CRM\n", environment: environment)
    #expect(started.status == 0)
    let list = try runRapport(["sessions", "--json"], environment: environment)
    let id = try #require(list.stdout.firstMatch(of: /"id" : "([a-z0-9]+)"/)?.1).description
    return (environment, home + "/data/rapport/rapport.sqlite", id)
  }

  private func expectNoSQLiteText(_ result: RunResult, _ what: String) {
    #expect(!result.stderr.contains("SQLite"), "\(what): \(result.stderr.prefix(300))")
    #expect(!result.stdout.contains("SQLite"), "\(what): \(result.stdout.prefix(300))")
  }

  @Test("an id of 100,000 characters is 'No session …' with exit 1")
  func absurdID() throws {
    let box = try sandbox()
    let long = String(repeating: "a", count: 100_000)
    for command in [["sessions", "show", long], ["sessions", "export", long], ["sessions", "delete", "--yes", long]] {
      let result = try runRapport(command, environment: box.environment)
      #expect(result.status == 1, "\(command[1])")
      #expect(result.stderr.contains("No session 'aaaa"))
      #expect(result.stderr.utf8.count < 300)
      expectNoSQLiteText(result, command[1])
    }
    let search = try runRapport(["sessions", "search", String(repeating: "renewal ", count: 12_000)], environment: box.environment)
    #expect(search.status == 1)
    expectNoSQLiteText(search, "search")
  }

  @Test("a database from a newer rapport is refused by every command, exit 2")
  func newerSchema() throws {
    let box = try sandbox()
    try DatabaseQueue(path: box.database).write { try $0.execute(sql: "PRAGMA user_version = 999") }
    for command in [["sessions"], ["sessions", "show", box.id], ["sessions", "search", "CRM"], ["discover", "why", "--account", "B"]] {
      let result = try runRapport(command, stdin: "An answer\n", environment: box.environment)
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains("this database was written by a newer rapport (schema 999); upgrade rapport"))
      expectNoSQLiteText(result, "\(command)")
    }
  }

  @Test("a damaged database file is named, in words, with exit 2")
  func damaged() throws {
    let box = try sandbox()
    for suffix in ["-wal", "-shm"] { unlink(box.database + suffix) }
    try Data(repeating: 0x41, count: 16_384).write(to: URL(fileURLWithPath: box.database))
    for command in [["sessions"], ["sessions", "show", box.id], ["discover", "why", "--account", "B"]] {
      let result = try runRapport(command, stdin: "An answer\n", environment: box.environment)
      #expect(result.status == 2, "\(command)")
      #expect(result.stderr.contains("is damaged or is not a rapport database"))
      expectNoSQLiteText(result, "\(command)")
    }
  }

  @Test("a 0644 store is tightened to 0600 and the note is shown once")
  func looseStore() throws {
    let box = try sandbox()
    #expect(chmod(box.database, 0o644) == 0)
    let first = try runRapport(["sessions"], environment: box.environment)
    #expect(first.status == 0)
    #expect(first.stderr.contains("now readable by you only (mode 0600"))
    var info = stat()
    #expect(stat(box.database, &info) == 0 && info.st_mode & 0o777 == 0o600)
    let second = try runRapport(["sessions"], environment: box.environment)
    #expect(!second.stderr.contains("0600"))
  }

  @Test("deleting a session while another rapport writes to it: the writer says so and stops")
  func deletedWhileWriting() throws {
    let (environment, _) = RapportBinary.sandboxEnvironment()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: RapportBinary.path)
    process.arguments = ["discover", "why", "--account", "Acme"]
    process.environment = environment
    let input = Pipe(), output = Pipe(), error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data("They want a new CRM\n".utf8))
    var id: String?
    for _ in 0..<100 where id == nil {
      let list = try runRapport(["sessions", "--json"], environment: environment)
      if list.stdout.contains("\"answers\"") || list.stdout.contains("\"id\"") {
        id = list.stdout.firstMatch(of: /"id" : "([a-z0-9]+)"/).map { String($0.1) }
      }
      if id == nil { usleep(50_000) }
    }
    let session = try #require(id)
    usleep(200_000)
    let deleted = try runRapport(["sessions", "delete", "--yes", session], environment: environment)
    #expect(deleted.status == 0)
    #expect(deleted.stderr.contains("was updated"))
    input.fileHandleForWriting.write(Data("See which renewals are due\nAnother answer\n".utf8))
    try? input.fileHandleForWriting.close()
    let errors = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(errors.contains("deleted elsewhere"), "\(errors)")
    #expect(process.terminationStatus == 1)
    #expect(!errors.contains("SQLite"))
  }
}
