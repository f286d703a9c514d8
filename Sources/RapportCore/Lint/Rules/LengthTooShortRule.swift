extension LintRule {
  /// `length.too-short`: Shorter than the profile's band.
  static let tooShort = LintRule(
    id: "length.too-short", severity: .suggestion,
    summary: "Shorter than the profile's band.",
    message: "{word_count}; a {profile} message usually needs {band} to give the reader a reason.",
    suggestion: "Add one line on why this matters to them.",
    rationale: "Boomerang found emails of 10 words or fewer got 36% responses vs over 50% for 50–125 words.",
    detector: .check(Check(tooShortCheck)),
    triggers: [
      "Worth a chat?",
    ],
    passes: [
      "Your team grew fast this year, and your managers now coach twice as many new reps. How is onboarding going for them? Teams like yours often lose a month to ramp. Worth comparing notes?",
    ])

  static func tooShortCheck(_ c: inout CheckContext) {
    if c.metrics.words > 0 && c.metrics.words < c.profile.idealWords.lowerBound {
      c.add(c.anchor.start, c.anchor.end, whole: true, c.lengthValues())
    }
  }
}
