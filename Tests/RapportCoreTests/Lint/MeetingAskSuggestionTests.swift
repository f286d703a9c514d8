import Testing

@testable import RapportCore

@Suite("A meeting request's suggestion asks about the draft's own topic")
struct MeetingAskSuggestionTests {
  private let engine = LintEngine()

  private func suggestion(_ draft: String) -> String? {
    engine.lint(draft).findings.first { $0.ruleID == "ask.heavy-meeting" }?.suggestion
  }

  @Test(arguments: [
    (
      "Hi Sam,\n\nCan we hop on a quick call on Tuesday to discuss cutting your ramp time?",
      "Ask an interest question instead: \u{201c}Is cutting your ramp time a priority this quarter?\u{201d}"
    ),
    (
      "Your new reps take six weeks to ramp. Could we find a time for a 30-minute call next week?",
      "Ask an interest question instead: \u{201c}Worth a look for your new reps?\u{201d}"
    ),
    (
      "Your payroll closes late every month. Do you have 15 minutes this week?",
      "Ask an interest question instead: \u{201c}Worth a look for your payroll?\u{201d}"
    ),
  ])
  func theExampleQuestionComesFromTheDraft(draft: String, expected: String) {
    #expect(suggestion(draft) == expected)
  }

  @Test func aDraftThatNamesNothingOfTheirsGetsNoInventedTopic() {
    // Before, every draft was offered "Is onboarding a priority this quarter?".
    let text = suggestion("We sell payroll software. Do you have 15 minutes this week?")
    #expect(text == "Ask an interest question instead, about their situation: \u{201c}Is this a priority for you this quarter?\u{201d}")
    // The sender's own topic is not theirs, nor is their calendar.
    #expect(MeetingAskSuggestion.topic(ofMeeting: "Can we set up a call to talk about our platform?") == nil)
    #expect(MeetingAskSuggestion.readersThing(in: "Is there a slot on your calendar?") == nil)
  }
}

@Suite("Meeting suggestion's word handling")
struct MeetingSuggestionWordsTests {
  @Test(arguments: [
    "“ramp”", "time?", "(your", "team,", "reps…", "¿qué?", "«onboarding»", "--", "$500", "+1", "a-b", "‘cost’.", "_x_", "#1", "",
  ])
  func trimmingMatchesFoundationsPunctuationTrim(word: String) {
    #expect(MeetingAskSuggestion.trimmed(word) == word.trimmingCharacters(in: .punctuationCharacters))
  }

  @Test func wordsSplitAtAnyWhitespaceAsCharacterSplittingDoes() {
    let text = "Can we\u{00A0}talk\tabout  your\nnew reps\u{2003}soon?"
    #expect(MeetingAskSuggestion.words(of: text) == text.split(whereSeparator: \.isWhitespace))
  }
}
