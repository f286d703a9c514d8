import Testing

@testable import RapportCore

/// Messages that count words say "1 word", not "1 words".
@Suite("Word counts in messages")
struct WordCountMessageTests {
  private let engine = LintEngine()

  private func message(_ rule: String, in text: String) throws -> String {
    try #require(engine.lint(text).findings.first { $0.ruleID == rule }).message
  }

  @Test func aOneWordDraftIsOneWord() throws {
    let text = try message("length.too-short", in: "Thoughts?")
    #expect(text.hasPrefix("1 word; "), "\(text)")
  }

  @Test func aShortDraftCountsInWords() throws {
    let text = try message("length.too-short", in: "Worth a chat?")
    #expect(text.hasPrefix("3 words; "), "\(text)")
  }

  @Test func aOneWordSubjectIsOneWord() throws {
    let text = try message("subject.word-count", in: "Subject: Hello\n\nHow is your team handling onboarding?")
    #expect(text.hasPrefix("The subject has 1 word; "), "\(text)")
  }
}
