extension LintRule {
  /// `filler.per-my-last-email`: "Per my last email", "as I mentioned".
  static let perMyLastEmail = LintRule(
    id: "filler.per-my-last-email", severity: .warning,
    summary: "\"Per my last email\", \"as I mentioned\".",
    message: "Points back at the sender's earlier message, often read as a reproach.",
    suggestion: "Restate the one point that matters to them, in one line.",
    rationale: "It makes the reader do the work of finding the earlier message, and sounds impatient.",
    detector: .phrases([
        "per my last email",
        "as per my last email",
        "as per my previous email",
        "per my previous email",
        "as i mentioned",
        "as i said",
        "as previously mentioned",
        "as mentioned before",
        "as i stated",
      ]),
    triggers: [
      RuleExample("Per my last email, the offer ends Friday.", at: "Per my last email"),
      RuleExample("As I mentioned, we can help.", at: "As I mentioned"),
    ],
    passes: [
      "Your trial ends Friday. Want to extend it?",
      "You mentioned onboarding; is it still a priority?",
    ])
}
