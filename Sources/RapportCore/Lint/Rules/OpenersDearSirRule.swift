extension LintRule {
  /// `openers.dear-sir`: "To whom it may concern", "Dear Sir or Madam".
  static let dearSir = LintRule(
    id: "openers.dear-sir", severity: .error,
    summary: "\"To whom it may concern\", \"Dear Sir or Madam\".",
    message: "Addresses nobody in particular: it reads as a mass mailing.",
    suggestion: "Find the person's name, or don't send it.",
    rationale: "Personalization matters: Lavender reports it can double reply rates (help.lavender.ai). A message to \"Sir or Madam\" has none.",
    detector: .phrases([
        "to whom it may concern",
        "dear sir or madam",
        "dear sir/madam",
        "dear sir",
        "dear madam",
        "dear valued customer",
        "dear customer",
        "dear friend",
        "dear business owner",
        "hello there",
      ]),
    triggers: [
      RuleExample("To whom it may concern,\n\nWould you like fewer no-shows?", at: "To whom it may concern"),
      RuleExample("Dear Sir or Madam, is onboarding slow for you?", at: "Dear Sir or Madam"),
    ],
    passes: [
      "Dear Sam,\n\nWould your team like fewer no-shows?",
      "Hi Sam, is onboarding slow for you?",
    ])
}
