import Foundation
import Testing

/// `rapport lint ""` (a script's unset variable) says the file name is empty and what to
/// give, instead of "rapport: : cannot read: No such file or directory"; other files still lint.
@Suite("rapport lint with an empty file name")
struct LintEmptyPathTests {
  @Test func anEmptyNameIsAnInputErrorThatSaysWhatToGive() throws {
    let result = try runRapport(["lint", ""])
    #expect(result.status == 2)
    #expect(result.stderr.contains("rapport: '': an empty file name; give a file, or - for standard input"))
  }

  @Test func theOtherFilesStillLint() throws {
    let sandbox = RapportBinary.sandboxEnvironment()
    let draft = sandbox.home + "/draft.txt"
    try "Hi Sam, how is onboarding going for your new reps?\n".write(toFile: draft, atomically: true, encoding: .utf8)
    let result = try runRapport(["lint", "--format", "line", "", draft], environment: sandbox.environment)
    #expect(result.status == 2)
    #expect(result.stdout.contains("draft.txt: score "))
    #expect(result.stderr.contains("an empty file name"))
  }
}

extension LintEmptyPathTests {
  @Test func jsonNamesThePathAsGiven() throws {
    let result = try runRapport(["lint", "--format", "json", ""])
    let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let errors = try #require(object["errors"] as? [[String: Any]])
    #expect(errors.first?["path"] as? String == "")
    #expect(object["exit_status"] as? Int == 2)
  }
}
