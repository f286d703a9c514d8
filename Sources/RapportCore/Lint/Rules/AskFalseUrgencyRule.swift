extension LintRule {
  /// `ask.false-urgency`: Manufactured urgency: "act now", "limited time", "last chance".
  static let falseUrgency = LintRule(
    id: "ask.false-urgency", severity: .warning,
    summary: "Manufactured urgency: \"act now\", \"limited time\", \"last chance\".",
    message: "Pushes urgency that serves the sender.",
    suggestion: "Give them their own reason for timing (their launch, their quarter), or none.",
    rationale: "Pressure phrases read as the sender's need; prospects reply to their own reasons.",
    detector: .phrases([
        "act now",
        "limited time",
        "limited time offer",
        "don't miss out",
        "last chance",
        "before it's too late",
        "only a few spots left",
        "only a few spots",
        "offer expires",
        "expires soon",
        "asap",
        "urgent",
        "right away",
        "today only",
      ]),
    triggers: [
      RuleExample("This offer expires soon, so act now.", at: "offer expires"),
      RuleExample("Last chance to lock in the price!", at: "Last chance"),
    ],
    passes: [
      "Your launch is in May; is onboarding ready?",
      "Would next quarter suit your team better?",
    ])
}
