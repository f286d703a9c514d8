import Foundation
import Testing

@testable import RapportCore

@Suite("Checking playbook files")
struct PlaybookCheckTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-check-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aGoodFileIsValidAndAProblemFileNamesItsLine() throws {
    let dir = try temporaryDirectory()
    try EngineTests.text.write(toFile: dir + "/demo.yaml", atomically: true, encoding: .utf8)
    try EngineTests.text.write(toFile: dir + "/other.yaml", atomically: true, encoding: .utf8)
    guard case .valid(let playbook) = PlaybookCheck.file(dir + "/demo.yaml") else {
      Issue.record("demo.yaml did not load")
      return
    }
    #expect(playbook.id == "demo")
    // The id must match the file's name.
    guard case .invalid(let problems) = PlaybookCheck.file(dir + "/other.yaml") else {
      Issue.record("an id unlike the file's name was accepted")
      return
    }
    #expect(problems.first?.description.hasPrefix(dir + "/other.yaml:") == true)
  }

  @Test func aMissingFileIsUnreadableWithTheReason() throws {
    let dir = try temporaryDirectory()
    #expect(PlaybookCheck.file(dir + "/none.yaml") == .unreadable("cannot read: No such file or directory"))
  }

  @Test func aFolderSaysHowToCheckItsFiles() throws {
    let dir = try temporaryDirectory()
    #expect(
      PlaybookCheck.file(dir + "/") == .unreadable("is a folder; check its files, e.g. `rapport playbooks lint \(dir)/*.yaml`"))
  }

  @Test func anUnreadableFileOutranksAProblemInTheExitStatus() throws {
    let problem = PlaybookDiagnostic(file: "a.yaml", line: 1, column: 1, message: "bad")
    #expect(PlaybookCheck.status(of: []) == .success)
    #expect(PlaybookCheck.status(of: [.invalid([problem])]) == .failure)
    #expect(PlaybookCheck.status(of: [.unreadable("gone"), .invalid([problem])]) == .usage)
    #expect(PlaybookCheck.status(of: [.invalid([problem]), .unreadable("gone")]) == .usage)
  }
}
