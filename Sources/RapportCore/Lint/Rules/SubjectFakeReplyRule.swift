extension LintRule {
  /// `subject.fake-reply`: A cold email whose subject pretends to be a reply ("Re:", "Fwd:").
  static let subjectFakeReply = LintRule(
    id: "subject.fake-reply", severity: .warning,
    summary: "A cold email whose subject pretends to be a reply (\"Re:\", \"Fwd:\").",
    message: "A cold email with \"Re:\" or \"Fwd:\" pretends to an earlier conversation.",
    suggestion: "Drop the prefix; earn the open with their topic.",
    rationale: "A fake reply prefix wins an open and loses trust; it is a known spam pattern.",
    detector: .check(.subjectFakeReply),
    triggers: [
      "Subject: Re: onboarding plans\n\nIs onboarding a priority?",
    ],
    passes: [
      "Subject: Onboarding plans\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)
}
