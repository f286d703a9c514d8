import Foundation
import GRDB
import Testing

@testable import RapportCore

#if canImport(Glibc)
  import Glibc
#endif

/// The session store against a newer rapport, loose permissions, a full disk, a session
/// deleted by another process and ids no session could have.
@Suite("The session database under attack")
struct StoreHostileTests {
  let directory = NSTemporaryDirectory() + "rapport-hostile-store-" + UUID().uuidString
  var path: String { directory + "/data/rapport.sqlite" }
  let now = Date(timeIntervalSince1970: 1_790_000_000)

  func record(_ id: String) -> SessionRecord {
    SessionRecord(
      id: id, account: "Acme", contact: nil, playbookID: "why", playbookTitle: "Why discovery", mode: .debrief,
      variables: [:], createdAt: now)
  }

  func mode(_ file: String) -> mode_t {
    var info = stat()
    return stat(file, &info) == 0 ? info.st_mode & 0o777 : 0
  }

  /// Opening must fail with a `RapportError` whose message contains `text`.
  func expectRefused(_ text: String, readOnly: Bool = false) {
    do {
      _ = try SessionStore(path: path, readOnly: readOnly)
      Issue.record("opened a database it should have refused")
    } catch let error as RapportError {
      #expect(error.message.contains(text), "\(error.message)")
      #expect(error.status == .usage)
    } catch {
      Issue.record("not a RapportError: \(error)")
    }
  }

  @Test("a user_version above ours is refused, read-only commands included")
  func newerUserVersionRefused() throws {
    do { _ = try SessionStore(path: path) }
    try DatabaseQueue(path: path).write { try $0.execute(sql: "PRAGMA user_version = 999") }
    expectRefused("this database was written by a newer rapport (schema 999); upgrade rapport")
    expectRefused("this database was written by a newer rapport (schema 999); upgrade rapport", readOnly: true)
  }

  @Test("a migration this rapport does not know is refused")
  func unknownMigrationRefused() throws {
    do { _ = try SessionStore(path: path) }
    try DatabaseQueue(path: path).write {
      try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    expectRefused("was written by a newer rapport")
  }

  @Test("our own schema version is written and accepted")
  func ownVersionAccepted() throws {
    do { _ = try SessionStore(path: path) }
    let version = try DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "PRAGMA user_version") }
    #expect(version == SessionStore.schemaVersion)
    _ = try SessionStore(path: path, readOnly: true)
  }

  @Test("a 0644 store and its WAL and SHM files are tightened to 0600, with one note")
  func permissionsTightenedOnce() throws {
    let first = try SessionStore(path: path)
    try first.create(record("aaaaaa"))
    for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
      #expect(chmod(file, 0o644) == 0)
    }
    let second = try SessionStore(path: path)
    #expect(second.permissionNote?.contains("now readable by you only (mode 0600") == true)
    for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
      #expect(mode(file) == 0o600, "\(file)")
    }
    #expect(try SessionStore(path: path).permissionNote == nil)
  }

  @Test("a read-only open reads and refuses to write, with a sentence instead of SQLite's text")
  func readOnlyOpen() throws {
    let writer = try SessionStore(path: path)
    try writer.create(record("aaaaaa"))
    let reader = try SessionStore(path: path, readOnly: true)
    #expect(try reader.sessions().map(\.id) == ["aaaaaa"])
    do {
      try reader.create(record("bbbbbb"))
      Issue.record("a read-only store wrote")
    } catch {
      let explained = try #require(SessionStore.explain(error, path: path))
      #expect(explained.message.contains("read-only"))
      #expect(!explained.message.contains("SQLite error"))
    }
  }

  @Test("a read-only folder still lets the sessions be read (needs a user root cannot be)", .enabled(if: geteuid() != 0))
  func readOnlyFolder() throws {
    let writer = try SessionStore(path: path)
    try writer.create(record("aaaaaa"))
    let folder = (path as NSString).deletingLastPathComponent
    #expect(chmod(folder, 0o500) == 0)
    defer { chmod(folder, 0o700) }
    #expect(try SessionStore(path: path, readOnly: true).sessions().count == 1)
  }

  @Test("a full disk is reported as a full disk, and every answer before it is kept")
  func fullDisk() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    try store.append(.answer("They want a new CRM"), to: "aaaaaa", prompt: nil, at: now)
    // The writer connection is shared by every write: cap the file where it is now.
    try store.pool.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages + 1)")
    }
    var failure: (any Error)?
    for index in 0..<200 {
      do {
        try store.append(
          .answer("answer \(index) " + String(repeating: "renewal ", count: 2000)), to: "aaaaaa", prompt: nil, at: now)
      } catch {
        failure = error
        break
      }
    }
    let error = try #require(failure)
    let explained = try #require(SessionStore.explain(error, path: path))
    #expect(explained.message.contains("is full; your answers up to the last one are saved"))
    // A session that kept nothing says so, with nothing to resume.
    let nothing = try #require(SessionStore.explain(error, path: path, nothingSaved: true))
    #expect(nothing.message.contains("is full, so nothing of this session was kept. Free some space, then start it again."))
    #expect(!explained.message.contains("SQLite"))
    #expect(try SessionStore(path: path).events(of: "aaaaaa").first == .answer("They want a new CRM"))
  }

  @Test("writing to a session another process deleted says so")
  func deletedElsewhere() throws {
    let writer = try SessionStore(path: path)
    try writer.create(record("aaaaaa"))
    try writer.append(.answer("first"), to: "aaaaaa", prompt: nil, at: now)
    let other = try SessionStore(path: path)
    try other.delete("aaaaaa")
    do {
      try writer.append(.answer("second"), to: "aaaaaa", prompt: nil, at: now)
      Issue.record("wrote to a deleted session")
    } catch {
      let explained = try #require(SessionStore.explain(error, path: path))
      #expect(explained.message.contains("deleted elsewhere"))
      #expect(explained.status == .failure)
    }
  }

  @Test("an id of 100,000 characters matches no session, without an SQLite error")
  func absurdID() throws {
    let store = try SessionStore(path: path)
    try store.create(record("aaaaaa"))
    #expect(try store.session(matching: String(repeating: "a", count: 100_000)) == nil)
    #expect(try store.session(matching: String(repeating: "%", count: 60_000)) == nil)
    #expect(try store.markNextStepDone(String(repeating: "a", count: 100_000), at: now) == nil)
  }

  @Test("a file that is not a database is reported in words")
  func notADatabase() throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
    expectRefused("is damaged or is not a rapport database")
  }
}
