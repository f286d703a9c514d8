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
        "end of quarter",
        "end of the quarter",
        "end of my quarter",
        "my commission",
        "my target",
        "my targets",
        "my sales target",
      ]),
    triggers: [
      RuleExample("I need to hit my quota this month.", at: "my quota"),
      RuleExample("My manager approved a discount until the end of the quarter.", at: "My manager"),
    ],
    passes: [
      "What targets is your team chasing this quarter?",
      "Your manager asked about onboarding?",
    ])
}
