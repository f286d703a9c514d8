extension LintRule {
  /// `focus.we-are-leading`: Self-praise such as "we are the leading provider".
  static let weAreLeading = LintRule(
    id: "focus.we-are-leading", severity: .warning,
    summary: "Self-praise such as \"we are the leading provider\".",
    message: "Claims leadership instead of showing value to the reader.",
    suggestion: "Swap the claim for a result a customer like them got, in their terms.",
    rationale: "Superlatives about the sender are the classic self-focused copy the We-We Calculator was built to catch (ClickZ, \"It's the Customer, Stupid\", 2001). Readers discount claims they cannot check.",
    detector: .phrases([
        "we are the leading",
        "we're the leading",
        "we are a leading",
        "we're a leading",
        "our * is the leading",
        "our * is a leading",
        "our * is the best",
        "the leading provider",
        "a leading provider",
        "leading provider of",
        "industry leading",
        "market leader",
        "the market leader",
        "we are the best",
        "we're the best",
        "we are the #1",
        "we're the number one",
        "the number one provider",
        "world class",
        "best in class",
        "best of breed",
      ]),
    triggers: [
      "We are the leading provider of sales software.",
      "Acme is an industry-leading platform for reps.",
      "I wanted to write because our platform is the leading order tool.",
    ],
    passes: [
      "Teams like yours cut ramp time by a month.",
      "Which provider does your team use today?",
    ])
}
