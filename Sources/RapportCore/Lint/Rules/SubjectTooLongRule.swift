extension LintRule {
  /// `subject.too-long`: A subject line over 40 characters.
  static let subjectTooLong = LintRule(
    id: "subject.too-long", severity: .warning,
    summary: "A subject line over 40 characters.",
    message: "The subject has {chars} characters; phones cut it at about 30–40.",
    suggestion: "Keep the subject to 3–4 words about them.",
    rationale: "Mobile mail clients truncate subjects around 30–40 characters (min8t.com, spotzee docs); Boomerang found 3–4 word subjects got the most responses.",
    detector: .check(Check(subjectTooLongCheck)),
    triggers: [
      RuleExample("Subject: An exciting opportunity to transform your entire sales onboarding\n\nIs onboarding a priority?", at: "An exciting opportunity to transform your entire sales onboarding"),
    ],
    passes: [
      "Subject: Onboarding at Globex\n\nIs onboarding a priority?",
    ],
    role: .subjectLine)

  /// Subject lines longer than this many characters are cut off on phones.
  static let subjectCharacterLimit = 40

  static func subjectTooLongCheck(_ c: inout CheckContext) {
    if let subject = c.subjectLine, subject.text.count > subjectCharacterLimit {
      c.add(subject.range.lowerBound, subject.range.upperBound, ["chars": String(subject.text.count)])
    }
  }
}
