import Testing

@testable import RapportCore

/// The words rapport's hints ask you to type (an account, a playbook file) are quoted for a
/// shell whenever the shell would do anything with them.
@Suite("Shell words in hints")
struct ShellWordTests {
  @Test(arguments: [
    ("Acme", "Acme"), ("pb/renewal.yaml", "pb/renewal.yaml"), ("Zoë", "Zoë"),
    ("Jo's shop", "'Jo'\\''s shop'"), ("$HOME", "'$HOME'"), ("AT&T", "'AT&T'"), ("a;b", "'a;b'"),
    ("Yahoo!", "'Yahoo!'"), ("Acme (EU)", "'Acme (EU)'"), ("~/x", "'~/x'"), ("*", "'*'"), ("", "''"),
  ])
  func aWordIsQuotedWhenTheShellWouldActOnIt(word: String, typed: String) {
    #expect(Suggestion.shellWord(word) == typed)
  }

  @Test(arguments: [
    ("drafts", "drafts/*.txt"), ("drafts/", "drafts/*.txt"), ("my drafts/", "'my drafts'/*.txt"),
  ])
  func aFoldersFilesAreTheFolderAsAShellWordThenTheGlob(folder: String, typed: String) {
    #expect(Suggestion.files(inFolder: folder, matching: "*.txt") == typed)
  }
}
