extension LintRule {
  /// `readability.long-sentence`: A sentence of more than 25 words.
  static let longSentence = LintRule(
    id: "readability.long-sentence", severity: .suggestion,
    summary: "A sentence of more than 25 words.",
    message: "A {words}-word sentence; readers skim past long ones.",
    suggestion: "Split it where the idea turns.",
    rationale: "Long sentences raise the Flesch–Kincaid grade through the words-per-sentence term (0.39 × words/sentences); Vale's Readability package flags grade 8+.",
    detector: .check(.longSentence),
    triggers: [
      "Your team has grown so fast this year that the onboarding process your managers built last spring probably no longer fits the number of new reps you are hiring every single month.",
    ],
    passes: [
      "Your team has grown fast. Does onboarding still fit?",
    ])
}
