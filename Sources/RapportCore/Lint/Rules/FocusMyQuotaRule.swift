extension LintRule {
  /// `focus.my-quota`: The sender's own pressures: quota, manager, end of quarter.
  static let myQuota = LintRule(
    id: "focus.my-quota", severity: .warning,
    summary: "The sender's own pressures: quota, manager, end of quarter.",
    message: "Talks about the sender's pressures, which the reader does not share.",
    suggestion: "Leave your quota out; give them a reason of their own to act now.",
    rationale: "The reader's deadline moves them; the sender's does not. Mentioning quota or the sender's manager shifts focus to the sender and reads as pressure.",
    detector: .phrases([
        "my quota",
        "my manager",
        "my boss",
        "hit my number",
        "hit my numbers",
        "my numbers",
        // "until the end of the quarter" is as often the reader's date as the sender's, so the
        // quarter counts only when it is the sender's or tied to signing.
        "end of my quarter",
        "end of our quarter",
        "our quarter ends",
        "my quarter ends",
        "sign before the end of the quarter",
        "signed before the end of the quarter",
        "sign by end of quarter",
        "close this before the end of the quarter",
        "before our quarter closes",
        "my commission",
        "my target",
        "my targets",
        "my sales target",
      ]),
    triggers: [
      RuleExample("I need to hit my quota this month.", at: "my quota"),
      RuleExample("My manager approved a discount until the end of the quarter.", at: "My manager"),
      RuleExample("Our quarter ends Friday, so this price expires then.", at: "Our quarter ends"),
      RuleExample("If we can sign before the end of the quarter, I can hold the price.", at: "sign before the end of the quarter"),
    ],
    passes: [
      "What targets is your team chasing this quarter?",
      "Your manager asked about onboarding?",
      "Your account has a named contact until the end of the quarter.",
      "Will the new clinics open before the end of the quarter?",
    ])
}
