extension LintRule {
  /// `length.too-long`: Longer than the profile's maximum.
  static let tooLong = LintRule(
    id: "length.too-long", severity: .warning,
    summary: "Longer than the profile's maximum.",
    message: "{word_count}; a {profile} message loses replies past {limit} (ideal {band}).",
    suggestion: "Cut to the one problem and the one question; move detail to a follow-up.",
    rationale: "Boomerang (40M emails): replies fall past 125 words; Lavender: 25–50 words gets 67% more replies than 125 (help.lavender.ai/en/articles/6455186). Gangly: 50–100 words 9.7% replies vs 1.9% at 200+.",
    detector: .check(Check(tooLongCheck)),
    triggers: [
      "Your team doubled its sales staff this spring, and your new reps need to ramp fast. You mentioned onboarding takes you three months. Your managers spend their Fridays on call reviews. What if your reps could hear their own calls the same day? Your best rep could coach the rest without extra meetings. Your team doubled its sales staff this spring, and your new reps need to ramp fast. You mentioned onboarding takes you three months. Your managers spend their Fridays on call reviews. What if your reps could hear their own calls the same day? Your best rep could coach the rest without extra meetings. Your team doubled its sales staff this spring, and your new reps need to ramp fast. You mentioned onboarding takes you three months. Your managers spend their Fridays on call reviews. What if your reps could hear their own calls the same day? Your best rep could coach the rest without extra meetings. ",
    ],
    passes: [
      "Your team doubled its sales staff this spring, and your new reps need to ramp fast. You mentioned onboarding takes you three months. Your managers spend their Fridays on call reviews. What if your rep",
    ])

  /// Fires at the first word past the profile's maximum.
  static func tooLongCheck(_ c: inout CheckContext) {
    if c.metrics.words > c.profile.maximumWords {
      let word = c.word(c.profile.maximumWords)
      c.add(Int(word.start), Int(word.end), whole: true, c.lengthValues())
    }
  }
}
