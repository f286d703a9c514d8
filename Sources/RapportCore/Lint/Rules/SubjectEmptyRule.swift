extension LintRule {
  /// `subject.empty`: A Subject: line with nothing after it.
  static let subjectEmpty = LintRule(
    id: "subject.empty", severity: .warning,
    summary: "A Subject: line with nothing after it.",
    message: "The subject line is empty.",
    suggestion: "Name their topic in 3–4 words.",
    rationale: "Boomerang: emails with no subject line got 14% responses.",
    detector: .check(Check(subjectEmptyCheck)),
    triggers: [
      "Subject:\n\nIs onboarding a priority?",
    ],
    passes: [
      "Subject: Onboarding at Globex\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)

  static func subjectEmptyCheck(_ c: inout CheckContext) {
    if let subject = c.subjectLine, subject.text.isEmpty { c.add(subject.range.lowerBound, subject.range.upperBound) }
  }
}
