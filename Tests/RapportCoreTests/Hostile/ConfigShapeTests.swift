import Testing

@testable import RapportCore

/// Config values of the wrong shape are errors naming the file and line, not silently
/// "no names" or a severity of ''.
@Suite("Config values of the wrong shape")
struct ConfigShapeTests {
  private func message(_ text: String) -> String? {
    do {
      _ = try LintConfigFile(path: "team.yml", text: text)
      return nil
    } catch {
      return error.message
    }
  }

  @Test("self: as nested lists is refused with file:line")
  func nestedSelf() {
    let found = message("profile: reply\nself:\n  - [Acme, Jo]\n  - Globex\n")
    #expect(found?.hasPrefix("team.yml:3:") == true, "\(found ?? "accepted")")
    #expect(found?.contains("self: wants a name or a list of names") == true)
    #expect(message("customer: {name: Globex}\n")?.hasPrefix("team.yml:1:") == true)
  }

  @Test("a list as a rule's severity is named as a list, not as ''")
  func listSeverity() {
    let found = message("rules:\n  ask.no-question: [warning, error]\n")
    #expect(found?.hasPrefix("team.yml:2:") == true, "\(found ?? "accepted")")
    #expect(found?.contains("not a list or mapping") == true)
    #expect(found?.contains("''") == false)
  }

  @Test("plain names and lists of names still load")
  func plainNames() throws {
    let file = try LintConfigFile(path: "team.yml", text: "self: Acme\ncustomer: [Globex, Initech]\n")
    #expect(file.selfNames == ["Acme"])
    #expect(file.customerNames == ["Globex", "Initech"])
  }

  @Test("a YAML error on a very long line is one short message")
  func longYAMLError() {
    let found = message("profile: " + String(repeating: "\u{1}", count: 50_000) + "\n")
    #expect(found?.hasPrefix("team.yml:1:1: not valid YAML:") == true)
    #expect((found?.count ?? 0) < 300)
  }
}
