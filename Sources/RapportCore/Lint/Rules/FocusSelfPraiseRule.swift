extension LintRule {
  /// `focus.self-praise`: Adjectives praising the sender's product ("award-winning", "cutting-edge").
  static let selfPraise = LintRule(
    id: "focus.self-praise", severity: .suggestion,
    summary: "Adjectives praising the sender's product (\"award-winning\", \"cutting-edge\").",
    message: "Praises the sender's product with adjectives the reader cannot check.",
    suggestion: "Replace the adjective with a number or a customer's words.",
    rationale: "Puffery adds words without adding a reason to reply; Lavender's coaching keeps cold emails to 25–50 words (help.lavender.ai/en/articles/6455186), so every adjective has a cost.",
    detector: .phrases([
        "award winning",
        "cutting edge",
        "state of the art",
        "revolutionary",
        "game changing",
        "next generation",
        "innovative solution",
        "innovative platform",
        "groundbreaking",
        "our proprietary",
        "unparalleled",
        "second to none",
        "top notch",
      ]),
    triggers: [
      RuleExample("Our award-winning platform does it all.", at: "award-winning"),
      RuleExample("It is a cutting-edge tool.", at: "cutting-edge"),
    ],
    passes: [
      "Your reps won an award last year, congratulations.",
      "How do you handle call notes today?",
      // Praise for the reader's own work is not self-praise.
      "Congrats on your award-winning launch! How is the team holding up?",
    ],
    notAfterReader: true)
}
