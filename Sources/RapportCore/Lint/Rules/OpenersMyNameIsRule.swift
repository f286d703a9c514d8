extension LintRule {
  /// `openers.my-name-is`: "My name is…", "I'm X from Y": introducing the sender first.
  static let myNameIs = LintRule(
    id: "openers.my-name-is", severity: .warning,
    summary: "\"My name is…\", \"I'm X from Y\": introducing the sender first.",
    message: "Introduces the sender before giving the reader a reason to read on.",
    suggestion: "Your name is in the signature; spend the first line on them.",
    rationale: "The signature already says who is writing. Self-introductions are self words at the most valuable spot in the message.",
    detector: .phrases([
        "my name is",
        "allow me to introduce myself",
        "let me introduce myself",
        "to introduce myself",
        "i'd like to introduce myself",
        "i'm * from",
        "i am * from",
        "this is * from",
        "quick introduction",
        "a quick intro",
      ]),
    triggers: [
      RuleExample("My name is Jo and I work at Acme.", at: "My name is"),
      RuleExample("Hi Sam, I'm Jo from Acme.", at: "I'm Jo from"),
    ],
    passes: [
      "Your name came up in a podcast I heard.",
      "Sam, you spoke at SaaStr. How did it go?",
    ])
}
