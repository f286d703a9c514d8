extension LintRule {
  /// `ask.vague-close`: A vague close: "let me know if you have any questions".
  static let vagueClose = LintRule(
    id: "ask.vague-close", severity: .suggestion,
    summary: "A vague close: \"let me know if you have any questions\".",
    message: "Ends on a vague close that asks for nothing specific.",
    suggestion: "End with one question they can answer in a line.",
    rationale: "A specific question is easier to answer than an open invitation; Boomerang found questions raise response rates (rainmakervt.com).",
    detector: .phrases([
        "let me know if you have any questions",
        "let me know if you have questions",
        "let me know your thoughts",
        "feel free to reach out",
        "feel free to contact me",
        "don't hesitate to reach out",
        "don't hesitate to contact me",
        "do not hesitate to contact",
        "looking forward to hearing from you",
        "look forward to hearing from you",
        "i look forward to your reply",
        "let me know what you think",
      ]),
    triggers: [
      RuleExample("Let me know if you have any questions.", at: "Let me know if you have any questions"),
      RuleExample("Don't hesitate to reach out.", at: "Don't hesitate to reach out"),
    ],
    passes: [
      "Is onboarding on your list this quarter?",
      "Which part should I send first?",
    ])
}
