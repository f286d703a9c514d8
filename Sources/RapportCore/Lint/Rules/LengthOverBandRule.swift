extension LintRule {
  /// `length.over-band`: Longer than the profile's ideal band, within its maximum.
  static let overBand = LintRule(
    id: "length.over-band", severity: .suggestion,
    summary: "Longer than the profile's ideal band, within its maximum.",
    message: "{word_count}; {band} is the ideal band for a {profile} message.",
    suggestion: "Cut a sentence about the sender first.",
    rationale: "Cold openers do best at 25–50 words (Lavender, help.lavender.ai/en/articles/6455186); general emails at 50–125 (Boomerang, 40M emails). Follow-ups may run longer.",
    detector: .check(Check(overBandCheck)),
    triggers: [
      "Your team doubled its sales staff this spring, and your new reps need to ramp fast. You mentioned onboarding takes you three months. Your managers spend their Fridays on call reviews. What if your reps could hear their own calls the same day? Your best rep could coach the rest without extra meetings. ",
    ],
    passes: [
      "Your team grew fast this year. How is onboarding going for the new reps? Teams like yours often lose a month to ramp, and your managers carry it. Worth a look?",
    ])

  /// Fires at the first word past the ideal band, unless the draft is past the maximum too
  /// (`length.too-long` says that).
  static func overBandCheck(_ c: inout CheckContext) {
    let band = c.profile.idealWords
    if c.metrics.words <= c.profile.maximumWords && c.metrics.words > band.upperBound {
      let word = c.word(band.upperBound)
      c.add(Int(word.start), Int(word.end), whole: true, c.lengthValues())
    }
  }
}
