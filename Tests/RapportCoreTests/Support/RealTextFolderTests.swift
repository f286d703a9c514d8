import Foundation
import Testing

@testable import RapportCore

@Suite("Real-text folder")
struct RealTextFolderTests {
  private func folder(holding names: [String]) throws -> String {
    let path = NSTemporaryDirectory() + "rapport-real-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for name in names { try "x\n".write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
  }

  @Test func theOptionWinsOverTheEnvironmentAndAnEmptyVariableFallsBackToTheDefault() {
    #expect(RealTextFolder(option: "a", environment: ["RAPPORT_REAL_TEXT": "b"]).path == "a")
    #expect(RealTextFolder(option: nil, environment: ["RAPPORT_REAL_TEXT": "b"]).path == "b")
    #expect(RealTextFolder(option: nil, environment: ["RAPPORT_REAL_TEXT": ""]).path == RealTextFolder.defaultPath)
    #expect(RealTextFolder(option: nil, environment: [:]).path == "Tests/RealText/local")
  }

  @Test func aFolderGivesTheNamedFileOnlyWhenItHoldsIt() throws {
    let path = try folder(holding: ["messages.txt"])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let real = RealTextFolder(option: path, environment: [:])
    #expect(real.file(named: "messages.txt") == path + "/messages.txt")
    #expect(real.file(named: "answers.txt") == nil)
  }

  @Test func aFileIsReadWhateverNameIsAskedForAndAMissingPathGivesNothing() throws {
    let path = try folder(holding: ["mine.txt"])
    defer { try? FileManager.default.removeItem(atPath: path) }
    let file = RealTextFolder(option: path + "/mine.txt", environment: [:])
    #expect(file.file(named: "answers.txt") == path + "/mine.txt")
    #expect(RealTextFolder(option: path + "/none", environment: [:]).file(named: "answers.txt") == nil)
  }
}
