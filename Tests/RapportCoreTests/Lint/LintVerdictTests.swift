import Testing

@testable import RapportCore

@Suite("Pass or fail of a linted draft")
struct LintVerdictTests {
  private let draft = "Subject: Onboarding at Globex\n\nWe built a tool. We think you will love it. Do you have 15 minutes?"

  @Test func aDraftWithoutErrorsPassesAtItsOwnScoreAndFailsAboveIt() throws {
    let report = LintEngine().lint(draft)
    try #require(!report.hasErrors)
    #expect(report.passes(failUnder: 0))
    #expect(report.passes(failUnder: report.score.total))
    #expect(!report.passes(failUnder: report.score.total + 1))
    #expect(report.score.isBelow(report.score.total + 1) && !report.score.isBelow(report.score.total))
  }

  @Test func anErrorLevelFindingFailsWhateverTheScore() throws {
    let rule = try #require(LintEngine().lint(draft).findings.first?.ruleID)
    let strict = LintEngine(configuration: LintConfiguration(severities: [rule: .error]))
    let report = strict.lint(draft)
    #expect(report.hasErrors)
    #expect(!report.passes(failUnder: 0))
  }
}
