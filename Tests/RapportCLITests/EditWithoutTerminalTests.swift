import Testing

/// In a piped shell with no $VISUAL or $EDITOR, `edit` says what to set instead of starting
/// vi on the pipe, which printed screen codes and swallowed the script's next commands.
@Suite("edit in a piped shell without an editor")
struct EditWithoutTerminalTests {
  @Test func editSaysToSetAnEditorAndTheScriptGoesOn() throws {
    let result = try runRapport([], stdin: "edit\nquote --list\n")
    #expect(result.status == 2)
    #expect(result.stderr.contains("`edit` needs $VISUAL or $EDITOR"))
    #expect(result.stdout.contains("quotes in"))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func anEditorClosedWithNothingWrittenLintsNothing() throws {
    let sandbox = RapportBinary.sandboxEnvironment(extra: ["EDITOR": "true"])
    let result = try runRapport([], stdin: "edit\n", environment: sandbox.environment)
    #expect(result.status == 0)
    #expect(result.stdout.contains("The draft is empty, so there is nothing to lint"), "\(result.stdout)")
    #expect(!result.stdout.contains("length.empty"))
  }
}
