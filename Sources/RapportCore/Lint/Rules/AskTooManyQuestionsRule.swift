extension LintRule {
  /// `ask.too-many-questions`: More than three questions.
  static let tooManyQuestions = LintRule(
    id: "ask.too-many-questions", severity: .suggestion,
    summary: "More than three questions.",
    message: "Asks {count} questions; more than three lowers replies.",
    suggestion: "Keep the one question that matters most to them.",
    rationale: "Boomerang: 1–3 questions beat none by 50%, and more than three hurt (as reported by rainmakervt.com).",
    detector: .check(Check(tooManyQuestionsCheck)),
    triggers: [
      "Is onboarding slow? Do reps churn? Is coaching hard? Do you use Gong? Who owns it?",
    ],
    passes: [
      "Is onboarding slow? Who owns it on your team?",
    ])

  /// More questions than this is too many.
  static let questionLimit = 3

  /// Fires at the first question past the limit.
  static func tooManyQuestionsCheck(_ c: inout CheckContext) {
    let a = c.analysis
    let questions = c.bodySentences.filter { a.sentences[$0].isQuestion }
    if questions.count > questionLimit {
      let (s, e) = c.span(questions[questionLimit])
      c.add(s, e, ["count": String(questions.count)])
    }
  }
}
