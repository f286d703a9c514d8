import Foundation
import Testing

@testable import RapportCore

@Suite("Reading a draft to lint")
struct LintInputReadingTests {
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "rapport-read-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private func failure(_ read: () throws(LintInput.Failure) -> LintInput.Prepared) -> String? {
    do {
      _ = try read()
      return nil
    } catch { return error.description }
  }

  @Test func aFileIsReadWhole() throws {
    let dir = try temporaryDirectory()
    let text = String(repeating: "Your team grows. ", count: 5_000)
    try text.write(toFile: dir + "/draft.txt", atomically: true, encoding: .utf8)
    #expect(try LintInput.read(path: dir + "/draft.txt").bytes == Array(text.utf8))
    #expect(try FileSystem.readFile(dir + "/draft.txt", limit: 1 << 20) == Array(text.utf8))
  }

  @Test func anEmptyNameSaysWhatToGive() {
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: "") }
      == "an empty file name; give a file, or - for standard input")
  }

  @Test func aFolderSaysHowToLintItsFiles() throws {
    let dir = try temporaryDirectory()
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: dir + "/") }
      == "is a folder; give lint its files, e.g. `rapport lint \(dir)/*.txt`")
  }

  @Test func aFolderWithASpaceIsQuotedInTheCommandItSuggests() throws {
    let dir = try temporaryDirectory() + "/my drafts"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: dir) }
      == "is a folder; give lint its files, e.g. `rapport lint '\(dir)'/*.txt`")
  }

  @Test func aMissingFileSaysWhyItCannotBeRead() throws {
    let dir = try temporaryDirectory()
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: dir + "/none.txt") }
      == "cannot read: No such file or directory")
  }

  @Test func aFileOverTheLimitSaysHowToRaiseIt() throws {
    let dir = try temporaryDirectory()
    try String(repeating: "a", count: 2_000).write(toFile: dir + "/big.txt", atomically: true, encoding: .utf8)
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: dir + "/big.txt", limit: 1024) }
      == "is over the limit of 1 KiB (raise it with --max-bytes, e.g. --max-bytes 1M)")
  }

  @Test func aFileOverTheLimitIsToldALimitThatHoldsIt() throws {
    let dir = try temporaryDirectory()
    try Data(repeating: 0x61, count: 7_000_000).write(to: URL(fileURLWithPath: dir + "/big.txt"))
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(path: dir + "/big.txt", limit: 2 << 20) }
      == "is over the limit of 2 MiB (raise it with --max-bytes, e.g. --max-bytes 7M)")
  }

  @Test func textOverTheLimitNamesItsSize() {
    #expect(failure { () throws(LintInput.Failure) in try LintInput.read(text: "hello world", limit: 10) }
      == LintInput.Refusal.tooLarge(bytes: 11, limit: 10).description)
  }

  @Test func repairedUTF8IsReportedAsAWarning() throws {
    let dir = try temporaryDirectory()
    try Data([0x49, 0x73, 0x20, 0xFF, 0x3F]).write(to: URL(fileURLWithPath: dir + "/bad.txt"))
    let prepared = try LintInput.read(path: dir + "/bad.txt")
    #expect(prepared.warnings == ["replaced 1 invalid UTF-8 sequence with U+FFFD"])
    #expect(try LintInput.read(text: "clean").warnings.isEmpty)
  }
}
