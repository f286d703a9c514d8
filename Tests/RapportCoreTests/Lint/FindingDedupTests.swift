import Testing

@testable import RapportCore

/// One sentence that trips a rule twice ("15 minutes for a quick call") earns one finding:
/// a second one says nothing new and costs the phrases part twice.
@Suite("One finding per rule per sentence")
struct FindingDedupTests {
  private let engine = LintEngine()

  private func ids(_ text: String) -> [String] { engine.lint(text).findings.map(\.ruleID) }

  @Test func twoMeetingPhrasesInOneSentenceGiveOneFinding() {
    let found = ids("Hi Sam,\n\nYour team grew fast. Do you have 15 minutes for a quick call?")
    #expect(found.filter { $0 == "ask.heavy-meeting" }.count == 1)
  }

  @Test func theFirstMatchInTheSentenceIsKept() {
    let report = engine.lint("Do you have 15 minutes for a quick call?")
    let meeting = report.findings.filter { $0.ruleID == "ask.heavy-meeting" }
    #expect(meeting.map(\.matched) == ["15 minutes"])
  }

  @Test func theSameRuleInTwoSentencesGivesTwoFindings() {
    let found = ids("Do you have 15 minutes this week? Or could we hop on a quick call on Friday?")
    #expect(found.filter { $0 == "ask.heavy-meeting" }.count == 2)
  }

  @Test(arguments: [
    "I wanted to reach out about your hiring. Is it slow?", "Hi Sam,\n\nWe help teams like yours ramp. Worth a look?",
    "My name is Jo and I sell onboarding tools. Is ramp slow for you?",
  ])
  func aSenderOpenerPhraseIsNotRepeatedAsAnIWeOpener(draft: String) {
    let found = ids(draft)
    #expect(!found.contains("focus.opens-with-self"), "\(found)")
    #expect(found.contains { $0.hasPrefix("focus.") || $0.hasPrefix("openers.") })
    #expect(engine.lint(draft).metrics.opensWithSelf)
  }

  @Test func theIWeOpenerStaysWhenThePhraseRuleIsOff() {
    let off: [String: Severity?] = ["focus.opener-i-wanted": Severity?.none]
    let engine = LintEngine(configuration: LintConfiguration(severities: off))
    let found = engine.lint("I wanted to reach out about your hiring. Is it slow?").findings.map { $0.ruleID }
    #expect(found.contains("focus.opens-with-self"))
  }
}
