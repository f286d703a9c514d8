extension LintRule {
  /// `focus.opener-i-wanted`: "I wanted to reach out" and similar openers about the sender.
  static let openerIWanted = LintRule(
    id: "focus.opener-i-wanted", severity: .warning,
    summary: "\"I wanted to reach out\" and similar openers about the sender.",
    message: "Opens with the sender's intent, not the reader's situation.",
    suggestion: "Start with their situation: what changed for them?",
    rationale: "The first line decides whether the rest is read. \"I wanted to reach out\" tells the reader what the sender wants; prospects aren't thinking about you (Lavender, lavender.ai/blog/best-length-cold-email).",
    detector: .phrases([
        "i wanted to reach out",
        "i just wanted to reach out",
        "i wanted to touch base",
        "i'm reaching out",
        "i am reaching out",
        "i'm writing to",
        "i am writing to",
        "i thought i'd reach out",
        "i wanted to introduce",
        "i wanted to share",
        "i wanted to let you know",
        "reaching out because",
        "i'm emailing to",
        "i am emailing to",
        "i wanted to connect",
        "and wanted to reach out",
        "and thought i'd reach out",
        // Generic personalisation: writing guides call "I came across your profile" a
        // template line about the sender's browsing, not attention to the reader.
        "i came across your profile",
        "i came across your company",
        "i came across your website",
        "i came across your linkedin",
        "i stumbled across your",
        "i stumbled upon your",
      ]),
    triggers: [
      RuleExample("I wanted to reach out about your hiring plans.", at: "I wanted to reach out"),
      RuleExample("Hi Sam, I’m reaching out because your team is growing.", at: "I’m reaching out"),
      RuleExample("I came across your profile and wanted to reach out.", at: "I came across your profile"),
      RuleExample("Saw your post and wanted to reach out.", at: "and wanted to reach out"),
    ],
    passes: [
      "Your team just opened an office in Austin. How is hiring going?",
      "You wanted a faster close; did the new process help?",
      "Your post on clinic staffing came across as the clearest take I have read.",
    ])
}
