extension LintRule {
  /// `focus.self-streak`: Three sentences in a row about the sender.
  static let selfStreak = LintRule(
    id: "focus.self-streak", severity: .suggestion,
    summary: "Three sentences in a row about the sender.",
    message: "Three sentences in a row are about the sender.",
    suggestion: "Break the run with a sentence about them: their goal, their numbers, a question.",
    rationale: "Reader attention drops while the message talks about the sender; the reader:sender sentence ratio is part of the focus score.",
    detector: .check(Check(selfStreakCheck)),
    triggers: [
      "We founded Acme in 2015. We sell call software. Our team is in Berlin. Want a demo?",
    ],
    passes: [
      "We founded Acme in 2015. Your team grew fast this year. We sell call software. Want to compare notes?",
    ])

  /// Sender sentences in a row that make a streak.
  static let selfStreakLength = 3

  /// Fires at the sentence that completes each streak.
  static func selfStreakCheck(_ c: inout CheckContext) {
    var streak = 0
    for index in c.bodySentences {
      streak = c.analysis.sentenceRoles[index] == .sender ? streak + 1 : 0
      if streak == selfStreakLength {
        let (s, e) = c.span(index)
        c.add(s, e)
      }
    }
  }
}
