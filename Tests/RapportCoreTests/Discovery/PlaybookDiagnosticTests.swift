import Testing

@testable import RapportCore

@Suite("Skipped playbook notes")
struct PlaybookDiagnosticTests {
  @Test func aFileWithManyProblemsGetsOneLineNamingTheFirstAndTheCommandForTheRest() {
    let problems = [
      PlaybookDiagnostic(file: "pb/renewal.yaml", line: 3, column: 1, message: "unknown key 'titel'"),
      PlaybookDiagnostic(file: "pb/my check.yaml", line: 1, column: 5, message: "id must match the file name"),
      PlaybookDiagnostic(file: "pb/renewal.yaml", line: 9, column: 3, message: "a question needs text"),
      PlaybookDiagnostic(file: "pb/renewal.yaml", line: 12, column: 3, message: "unknown seeks 'pain'"),
    ]
    #expect(
      PlaybookDiagnostic.summaries(problems) == [
        "pb/renewal.yaml:3:1: unknown key 'titel' (and 2 more problems: `rapport playbooks lint pb/renewal.yaml` lists them)",
        "pb/my check.yaml:1:5: id must match the file name",
      ])
  }

  @Test func aPathAShellWouldSplitIsQuotedInTheCommand() {
    let problems = [
      PlaybookDiagnostic(file: "pb/it's mine.yaml", line: 1, column: 1, message: "a"),
      PlaybookDiagnostic(file: "pb/it's mine.yaml", line: 2, column: 1, message: "b"),
    ]
    #expect(PlaybookDiagnostic.summaries(problems).first?.hasSuffix("(and 1 more problem: `rapport playbooks lint 'pb/it'\\''s mine.yaml'` lists them)") == true)
  }
}
