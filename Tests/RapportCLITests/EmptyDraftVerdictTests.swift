import Testing

/// A draft with no words of its own (empty, or only a quoted reply and a signature) is about
/// nobody: the focus verdict says there is nothing to judge instead of calling it
/// "about the reader" with the model's score for an empty draft.
@Suite("The focus verdict of an empty draft")
struct EmptyDraftVerdictTests {
  @Test(arguments: ["", "\n\n", "> On Monday Sam wrote:\n> Any news?\n"])
  func theTextReportSaysThereIsNothingToJudge(draft: String) throws {
    let result = try runRapport(["lint", "-"], stdin: draft)
    #expect(result.status == 1)
    let first = try #require(result.stdout.split(separator: "\n").first)
    #expect(first == "<stdin>: focus n/a · no words of your own to judge")
    #expect(!result.stdout.contains("about the reader"))
  }

  @Test func theLineFormatGivesNoFocusScore() throws {
    let result = try runRapport(["lint", "--format", "line", "-"], stdin: "")
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last == "<stdin>: score 0/100 · focus n/a")
  }

  @Test func aDraftWithWordsKeepsItsVerdict() throws {
    let result = try runRapport(["lint", "--format", "line", "-"], stdin: "We are the leading provider.")
    let last = try #require(result.stdout.split(separator: "\n").last)
    #expect(last.hasPrefix("<stdin>: score "))
    #expect(last.hasSuffix(" sender"))
  }
}
