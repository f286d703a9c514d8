extension LintRule {
  /// `subject.fake-reply`: A cold email whose subject pretends to be a reply ("Re:", "Fwd:").
  static let subjectFakeReply = LintRule(
    id: "subject.fake-reply", severity: .warning,
    summary: "A cold email whose subject pretends to be a reply (\"Re:\", \"Fwd:\").",
    message: "A cold email with \"Re:\" or \"Fwd:\" pretends to an earlier conversation.",
    suggestion:
      "Drop the prefix; earn the open with their topic. If it really is a reply, lint it with --profile reply (or profile: reply in .rapport.yml).",
    rationale: "A fake reply prefix wins an open and loses trust; it is a known spam pattern.",
    detector: .check(Check(subjectFakeReplyCheck)),
    triggers: [
      RuleExample("Subject: Re: onboarding plans\n\nIs onboarding a priority?", at: "Re: onboarding plans"),
    ],
    passes: [
      "Subject: Onboarding plans\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)

  /// Prefixes that pretend the cold email is a reply or a forward.
  static let replyPrefixes = ["re:", "fwd:", "fw:"]

  static func subjectFakeReplyCheck(_ c: inout CheckContext) {
    guard c.profile == .coldEmail, let subject = c.subjectLine, !subject.text.isEmpty else { return }
    let lower = subject.text.lowercased()
    if replyPrefixes.contains(where: { lower.hasPrefix($0) }) {
      c.add(subject.range.lowerBound, subject.range.upperBound)
    }
  }
}
