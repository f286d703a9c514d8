import Foundation
import Testing

@testable import RapportCore

@Suite("Config file loading and command-line overrides")
struct ConfigLoadingTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-config-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private let noUserConfig = Paths(environment: ["HOME": "/nonexistent", "XDG_CONFIG_HOME": "/nonexistent"])

  @Test func anExplicitConfigIsUsedWithoutSearching() throws {
    let dir = try temporaryDirectory()
    try "profile: reply\n".write(toFile: dir + "/.rapport.yml", atomically: true, encoding: .utf8)
    try "profile: linkedin\n".write(toFile: dir + "/mine.yml", atomically: true, encoding: .utf8)
    let search = try LintConfigFile.locate(explicit: dir + "/mine.yml", directory: dir, paths: noUserConfig)
    #expect(search.path == dir + "/mine.yml")
    #expect(try LintConfigFile.load(dir + "/mine.yml").profile == .linkedin)
  }

  @Test func withoutAnExplicitConfigTheNearestOneIsFound() throws {
    let dir = try temporaryDirectory()
    try "profile: reply\n".write(toFile: dir + "/.rapport.yml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: dir + "/drafts", withIntermediateDirectories: true)
    let search = try LintConfigFile.locate(explicit: nil, directory: dir + "/drafts", paths: noUserConfig)
    #expect(search.path == dir + "/.rapport.yml")
  }

  @Test func anExplicitConfigThatIsAFolderOrMissingIsAUsageError() throws {
    let dir = try temporaryDirectory()
    #expect(throws: RapportError.self) { try LintConfigFile.locate(explicit: dir, directory: dir, paths: noUserConfig) }
    do {
      _ = try LintConfigFile.locate(explicit: dir + "/nope.yml", directory: dir, paths: noUserConfig)
      Issue.record("a missing --config was accepted")
    } catch {
      #expect(error.message == "--config \(dir)/nope.yml: no such file.")
      #expect(error.status == .usage)
    }
  }

  @Test func aConfigInAnotherEncodingNamesItsFirstBadLine() throws {
    let dir = try temporaryDirectory()
    let bytes = Array("profile: reply\nself: [Caf".utf8) + [0xE9] + Array("]\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: dir + "/latin1.yml"))
    do {
      _ = try LintConfigFile.load(dir + "/latin1.yml")
      Issue.record("a Latin-1 config was accepted")
    } catch {
      #expect(error.message == "\(dir)/latin1.yml:2: not valid UTF-8; save the file as UTF-8.")
    }
  }

  @Test func commandLineProfileReplacesTheFilesAndNamesAddToIt() throws {
    let file = try LintConfigFile(
      path: "c.yml", text: "profile: reply\nself: [Acme]\ncustomer: Globex\nrules:\n  filler.jargon: off\n")
    let merged = LintConfiguration(file: file, profile: .linkedin, selfNames: ["Jo"], customerNames: ["Ann"])
    #expect(merged.profile == .linkedin)
    #expect(merged.selfNames == ["Acme", "Jo"])
    #expect(merged.customerNames == ["Globex", "Ann"])
    #expect(merged.severities["filler.jargon"] == .some(nil))
    #expect(LintConfiguration(file: file, profile: nil, selfNames: [], customerNames: []).profile == .reply)
  }

  @Test func withNoFileAndNoProfileTheDefaultIsColdEmail() {
    let configuration = LintConfiguration(file: nil, profile: nil, selfNames: ["Acme"], customerNames: [])
    #expect(configuration == LintConfiguration(profile: .coldEmail, selfNames: ["Acme"]))
  }
}
