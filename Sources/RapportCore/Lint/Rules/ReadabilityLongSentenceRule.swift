extension LintRule {
  /// `readability.long-sentence`: A sentence of more than 25 words.
  static let longSentence = LintRule(
    id: "readability.long-sentence", severity: .suggestion,
    summary: "A sentence of more than 25 words.",
    message: "A {words}-word sentence; readers skim past long ones.",
    suggestion: "Split it where the idea turns.",
    rationale: "Long sentences raise the Flesch–Kincaid grade through the words-per-sentence term (0.39 × words/sentences); Vale's Readability package flags grade 8+.",
    detector: .check(Check(longSentenceCheck)),
    triggers: [
      "Your team has grown so fast this year that the onboarding process your managers built last spring probably no longer fits the number of new reps you are hiring every single month.",
    ],
    passes: [
      "Your team has grown fast. Does onboarding still fit?",
    ])

  /// Sentences longer than this many words are long.
  static let sentenceWordLimit = 25

  static func longSentenceCheck(_ c: inout CheckContext) {
    for index in c.bodySentences where c.analysis.sentences[index].wordCount > sentenceWordLimit {
      let (s, e) = c.span(index)
      c.add(s, e, ["words": String(c.analysis.sentences[index].wordCount)])
    }
  }
}
