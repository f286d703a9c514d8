import Foundation
import Testing

/// A history file that cannot be written is reported once, not skipped without a word.
@Suite("Unwritable history", .serialized)
struct HistoryWarningTests {
  @Test("the shell warns once when its history cannot be saved, and carries on")
  func warnsOnce() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    // A file where the history folder should be: no one, root included, can save there.
    try FileManager.default.createDirectory(atPath: sandbox.home + "/state", withIntermediateDirectories: true)
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: sandbox.home + "/state/rapport"))
    let terminal = try PseudoTerminal(arguments: [RapportBinary.path], environment: sandbox.environment)
    try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("rules ask.no-question\r")
    let first = try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("rules ask.vague-close\r")
    let second = try terminal.expect("rapport> ")
    try terminal.waitForRawMode()
    terminal.send("\u{4}")
    #expect(terminal.waitForExit() == 0)
    let all = first + second
    #expect(all.components(separatedBy: "Cannot save the shell history").count - 1 == 1, "\(all)")
    #expect(second.contains("ask.vague-close"))
  }
}
