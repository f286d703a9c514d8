extension LintRule {
  /// `subject.empty`: A Subject: line with nothing after it.
  static let subjectEmpty = LintRule(
    id: "subject.empty", severity: .warning,
    summary: "A Subject: line with nothing after it.",
    message: "The subject line is empty.",
    suggestion: "Name their topic in 3–4 words.",
    rationale: "Boomerang: emails with no subject line got 14% responses.",
    detector: .check(.subjectEmpty),
    triggers: [
      "Subject:\n\nIs onboarding a priority?",
    ],
    passes: [
      "Subject: Onboarding at Globex\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)
}
