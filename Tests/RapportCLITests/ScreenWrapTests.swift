import Foundation
import Testing

@testable import rapport

/// On a terminal the coaching session's prose breaks at spaces within the terminal's width, so
/// no word is cut in two; pipes get each line whole, for scripts and golden files.
@Suite("Session text fits the terminal", .serialized)
struct ScreenWrapTests {
  @Test func aLongLineBreaksAtSpacesAndKeepsItsIndent() {
    let line = "  • 2 call questions covered; Gong links 11–14 targeted questions on a call"
    let wrapped = TextWrap.fitting(line, columns: 40).split(separator: "\n")
    #expect(wrapped.count == 2)
    #expect(wrapped.allSatisfy { $0.count <= 40 })
    #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
    #expect(wrapped.joined(separator: " ").split(separator: " ") == line.split(separator: " "))
  }

  @Test func colourCodesTakeNoRoom() {
    let dim = "\u{1b}[2mWhy this question:\u{1b}[0m"
    let text = dim + " your last answer was read as pain"
    #expect(TextWrap.fitting(text, columns: 52) == text)
    let broken = TextWrap.fitting(text, columns: 30).split(separator: "\n")
    #expect(broken.count == 2)
    #expect(broken.allSatisfy { TextWrap.visibleWidth($0) <= 30 })
  }

  @Test func aWordWiderThanTheRoomStandsAloneAndShortLinesStayAsTheyAre() {
    let url = "see https://example.com/a/very/long/path/that/does/not/fit here"
    #expect(TextWrap.fitting(url, columns: 20).split(separator: "\n").contains("https://example.com/a/very/long/path/that/does/not/fit"))
    #expect(TextWrap.fitting("short\n\n  also short", columns: 20) == "short\n\n  also short")
  }

  @Test func aSessionAtASixtyColumnTerminalCutsNoWord() throws {
    var sandbox = RapportBinary.sandboxEnvironment()
    sandbox.environment["TERM"] = "xterm"
    let terminal = try PseudoTerminal(
      arguments: [RapportBinary.path, "discover", "why", "--account", "Acme", "--contact", "Dana"],
      environment: sandbox.environment, columns: 60)
    _ = try terminal.expect("[our offer]")
    try terminal.waitForRawMode()
    terminal.send("a new CRM\n")
    _ = try terminal.expect("[question 1 of")
    try terminal.waitForRawMode()
    terminal.send("They want a new CRM\n")
    _ = try terminal.expect("dig 1/")
    try terminal.waitForRawMode()
    terminal.send("/why\n")
    let output = try terminal.expect("Stop or dig")
    terminal.send("/pause\n")
    _ = terminal.waitForExit()
    let lines = PseudoTerminal.plain(output).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains { $0.hasPrefix("Why this question:") })
    for line in lines { #expect(line.count <= 60, "\(line.count): \(line)") }
  }
}
