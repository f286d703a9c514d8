extension LintRule {
  /// `openers.hope-this-finds-you`: "Hope this email finds you well" and other stock openers.
  static let hopeThisFindsYou = LintRule(
    id: "openers.hope-this-finds-you", severity: .suggestion,
    summary: "\"Hope this email finds you well\" and other stock openers.",
    message: "A stock opener that spends the first line on nothing.",
    suggestion: "Cut it and start with the reason this is about them.",
    rationale: "Readers see the first line in the inbox preview; Lavender reports an 11-second average read time for sales emails (help.lavender.ai/en/articles/6455186).",
    detector: .phrases([
        "hope this email finds you well",
        "hope this finds you well",
        "hope this message finds you well",
        "hope this email finds you",
        "hope you're doing well",
        "hope you are doing well",
        "hope you're well",
        "hope you are well",
        "hope all is well",
        "hope you had a great weekend",
        "hope your week is going well",
        "hope you're having a great week",
      ]),
    triggers: [
      RuleExample("Hi Sam, I hope this email finds you well.", at: "hope this email finds you well"),
      RuleExample("Hope you're doing well!", at: "Hope you're doing well"),
    ],
    passes: [
      "Your launch went well, from what I read.",
      "How is the week going for your team?",
    ])
}
