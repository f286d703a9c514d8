import Testing

@testable import RapportCore

/// A genuine reply linted under the default cold-email profile is told how to say so.
@Suite("The fake-reply warning points a real reply to the reply profile")
struct FakeReplySuggestionTests {
  @Test func theSuggestionNamesTheReplyProfileAndTheSettingsFile() throws {
    let draft = "Subject: Re: pricing question\n\nHi Dana,\n\nThe price for 20 seats is $36k a year. Does Tuesday work?"
    let finding = try #require(LintEngine().lint(draft).findings.first { $0.ruleID == "subject.fake-reply" })
    #expect(finding.suggestion.contains("--profile reply"), "\(finding.suggestion)")
    #expect(finding.suggestion.contains("profile: reply"), "\(finding.suggestion)")
  }

  @Test func theReplyProfileDoesNotRaiseIt() throws {
    let draft = "Subject: Re: pricing question\n\nHi Dana,\n\nThe price for 20 seats is $36k a year. Does Tuesday work?"
    var configuration = LintConfiguration()
    configuration.profile = .reply
    #expect(!LintEngine(configuration: configuration).lint(draft).findings.contains { $0.ruleID == "subject.fake-reply" })
  }
}
