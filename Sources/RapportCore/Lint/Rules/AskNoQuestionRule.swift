extension LintRule {
  /// `ask.no-question`: The message asks no question.
  static let noQuestion = LintRule(
    id: "ask.no-question", severity: .warning,
    summary: "The message asks no question.",
    message: "Asks no question, so the reader has nothing easy to answer.",
    suggestion: "End with one short question about them: \"Is this on your list this quarter?\"",
    rationale: "Boomerang: emails asking 1–3 questions were 50% more likely to get a response than emails with none (as reported by rainmakervt.com and softrust.com).",
    detector: .check(Check(noQuestionCheck)),
    triggers: [
      "Your team is growing fast. Let me know if onboarding is a priority.",
    ],
    passes: [
      "Your team is growing fast. Is onboarding a priority?",
    ])

  /// Fires at the last body sentence of a draft without a question.
  static func noQuestionCheck(_ c: inout CheckContext) {
    if c.metrics.words > 0 && c.metrics.questions == 0, let last = c.bodySentences.last {
      let (s, e) = c.span(last)
      c.add(s, e, whole: true)
    }
  }
}
