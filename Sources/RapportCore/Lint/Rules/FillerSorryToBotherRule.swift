extension LintRule {
  /// `filler.sorry-to-bother`: Apologies for writing: "sorry to bother you", "I know you're busy".
  static let sorryToBother = LintRule(
    id: "filler.sorry-to-bother", severity: .warning,
    summary: "Apologies for writing: \"sorry to bother you\", \"I know you're busy\".",
    message: "Apologises for the message, which tells the reader it is not worth their time.",
    suggestion: "Drop the apology; if it is worth sending, say why in their terms.",
    rationale: "An apology frames the message as an interruption and spends the opener on the sender's discomfort.",
    detector: .phrases([
        "sorry to bother you",
        "sorry to bug you",
        "sorry for the interruption",
        "sorry to interrupt",
        "i know you're busy",
        "i know you are busy",
        "i know you're very busy",
        "i know you must be busy",
        "apologies for the intrusion",
        "apologies for reaching out",
        "i hate to bother you",
        "i don't want to bother you",
        "forgive the cold email",
      ]),
    triggers: [
      RuleExample("Sorry to bother you, but do you have a minute?", at: "Sorry to bother you"),
      RuleExample("I know you're busy, so I'll be brief.", at: "I know you're busy"),
    ],
    passes: [
      "Your team is busy with the launch. Is onboarding on hold?",
      "Is now a bad time to talk about onboarding?",
    ])
}
