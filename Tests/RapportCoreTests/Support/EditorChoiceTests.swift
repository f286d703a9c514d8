import Testing

@testable import RapportCore

@Suite("Which editor edit opens")
struct EditorChoiceTests {
  @Test func visualComesBeforeEditorAndEmptyOnesAreSkipped() throws {
    #expect(try EditorChoice.command(environment: ["VISUAL": "code -w", "EDITOR": "nano"], stdinIsTerminal: false) == "code -w")
    #expect(try EditorChoice.command(environment: ["VISUAL": "", "EDITOR": "nano"], stdinIsTerminal: false) == "nano")
  }

  @Test func viIsTheFallbackOnlyAtATerminal() throws {
    #expect(try EditorChoice.command(environment: ["EDITOR": ""], stdinIsTerminal: true) == "vi")
    do {
      _ = try EditorChoice.command(environment: [:], stdinIsTerminal: false)
      Issue.record("vi was chosen without a terminal")
    } catch {
      #expect(error.status == .usage)
      #expect(error.message.contains("set one, e.g. EDITOR=nano"))
    }
  }
}
