import Foundation
import Testing

@testable import RapportCore

@Suite("Config file")
struct ConfigFileTests {
  @Test func readsProfileNamesAndSeverities() throws {
    let file = try LintConfigFile(
      path: "x.yml",
      text: """
        profile: follow-up
        self: [Acme, Jo Park]
        customer: Globex
        rules:
          filler.jargon: off
          ask.heavy-meeting: error
        """)
    #expect(file.profile == .followUp)
    #expect(file.selfNames == ["Acme", "Jo Park"])
    #expect(file.customerNames == ["Globex"])
    #expect(file.severities["filler.jargon"] == .some(nil))
    #expect(file.severities["ask.heavy-meeting"] == .error)
  }

  @Test(arguments: [
    ("profile: folow-up", "unknown profile 'folow-up'. Did you mean 'follow-up'?"), ("rules:\n  filler.jargn: off", "Did you mean 'filler.jargon'"),
    ("rules:\n  filler.jargon: loud", "not suggestion"), ("profle: reply", "Did you mean 'profile'"),
    ("- a\n- b", "expected keys"), ("a: [", "not valid YAML"),
  ])
  func errorsNameThePathAndTheProblem(text: String, expected: String) {
    do {
      _ = try LintConfigFile(path: "conf.yml", text: text)
      Issue.record("no error for \(text)")
    } catch {
      #expect(error.message.hasPrefix("conf.yml:"))
      #expect(error.message.contains(expected), "\(error.message)")
    }
  }

  @Test(arguments: [
    ("self: [Acme]\nrulez:\n  filler.jargon: off", "conf.yml:2: unknown key 'rulez'"),
    ("self: [Acme]\nrules:\n  filler.jargon: off\n  ask.heavy-meeting: loud", "conf.yml:4: rule 'ask.heavy-meeting'"),
    ("rules:\n  filler.jargn: off", "conf.yml:2: unknown rule"), ("\nprofile: cold", "conf.yml:2: unknown profile"),
  ])
  func errorsNameTheLine(text: String, expected: String) {
    do {
      _ = try LintConfigFile(path: "conf.yml", text: text)
      Issue.record("no error for \(text)")
    } catch {
      #expect(error.message.hasPrefix(expected), "\(error.message)")
    }
  }

  @Test func discoveryPrefersTheNearestDotFileThenTheUserConfig() throws {
    let root = NSTemporaryDirectory() + "rapport-config-" + UUID().uuidString
    let nested = root + "/a/b"
    try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: root + "/config/rapport", withIntermediateDirectories: true)
    let paths = Paths(environment: ["HOME": root, "XDG_CONFIG_HOME": root + "/config"])
    #expect(LintConfigFile.discover(from: nested, paths: paths) == nil)
    _ = FileManager.default.createFile(atPath: root + "/config/rapport/config.yml", contents: Data())
    #expect(LintConfigFile.discover(from: nested, paths: paths) == root + "/config/rapport/config.yml")
    _ = FileManager.default.createFile(atPath: root + "/a/.rapport.yml", contents: Data())
    #expect(LintConfigFile.discover(from: nested, paths: paths) == root + "/a/.rapport.yml")
  }
}
