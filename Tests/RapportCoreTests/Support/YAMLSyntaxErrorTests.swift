import Testing

@testable import RapportCore

/// A YAML mistake in a config file or a playbook is one message: file:line:column, what is
/// wrong and what to do, never the parser's own text beside ours.
@Suite("YAML syntax errors in plain words")
struct YAMLSyntaxErrorTests {
  /// The config file's error for `text`.
  func configError(_ text: String) -> String? {
    do {
      _ = try LintConfigFile(path: "team.yml", text: text)
      return nil
    } catch { return error.message }
  }

  /// The playbook loader's first problem for `text`.
  func playbookError(_ text: String) -> String? {
    guard case .failure(let errors) = PlaybookLoader.load(text: text, file: "demo.yaml", expectedID: "demo") else {
      return nil
    }
    return errors.diagnostics.first?.description
  }

  static let mistakes: [(text: String, position: String, says: String)] = [
    ("profile: cold-email\nself: [Acme, Jo\nrules:\n  filler.jargon: off\n", "2:7", "this [ list is not closed; end it with ]"),
    ("self: {Acme: x\n", "1:7", "this { mapping is not closed"),
    ("profile: \"cold-email\n", "1:10", "this quote is never closed"),
    ("profile: cold-email\n  self: Acme\n", "2:7", "keys of one level start in the same column"),
    ("rules:\n  filler.jargon: off\n ask.heavy-meeting: x\n", "3:2", "indented differently"),
    ("rules:\n\tfiller.jargon: off\n", "2:1", "indent with spaces"),
    ("profile: cold-email\n\tself: Acme\n", "2:1", "indent with spaces"),
    ("self:\n  - Acme\n  Globex: x\n", "3:3", "each item starts with '- '"),
    ("profile: x\nprofile: y\n", "1:1", "duplicate key 'profile'"),
  ]

  @Test(arguments: mistakes)
  func aConfigMistakeIsOneMessageWithItsPlaceAndWhatToDo(mistake: (text: String, position: String, says: String))
  {
    let message = configError(mistake.text) ?? "no error"
    #expect(message.hasPrefix("team.yml:\(mistake.position): "), "\(message)")
    #expect(message.contains(mistake.says), "\(message)")
    for parserText in ["while parsing", "while scanning", "did not find expected", "error:", "Parser:", "scanner"] {
      #expect(!message.contains(parserText), "\(message)")
    }
  }

  @Test func aPlaybookSaysTheSameAsTheConfigFileAboutTheSameMistake() {
    let text = "id: demo\ntitle: [Renewal, check-in\n"
    let playbook = playbookError(text) ?? "no error"
    #expect(playbook == "demo.yaml:2:8: not valid YAML: this [ list is not closed; end it with ] (items are separated by commas)")
    let config = configError("self: [Renewal, check-in\n") ?? "no error"
    #expect(config == "team.yml:1:7: not valid YAML: this [ list is not closed; end it with ] (items are separated by commas)")
  }
}
