extension LintRule {
  /// `filler.just-checking-in`: "Just checking in", "circling back", "bumping this".
  static let justCheckingIn = LintRule(
    id: "filler.just-checking-in", severity: .warning,
    summary: "\"Just checking in\", \"circling back\", \"bumping this\".",
    message: "A follow-up that adds nothing new for the reader.",
    suggestion: "Bring something new: a result, a question, a reason it matters to them this week.",
    rationale: "A follow-up should earn its place with new value; \"just checking in\" asks for attention without giving any.",
    detector: .phrases([
        "just checking in",
        "checking in",
        "just following up",
        "just wanted to follow up",
        "just circling back",
        "circling back",
        "circle back",
        "bumping this",
        "bumping this up",
        "bump this",
        "touching base",
        "touch base",
        "following up on my last email",
        "following up on my previous email",
        "any update",
        "any updates",
        "did you get a chance",
      ]),
    triggers: [
      RuleExample("Just checking in on my last note.", at: "Just checking in"),
      RuleExample("Circling back on this, any update?", at: "Circling back"),
    ],
    passes: [
      "Your team hired four reps since we spoke. How is ramp going?",
      "Following the webinar, here is the checklist your team asked for. Useful?",
    ])
}
