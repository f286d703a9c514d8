extension LintRule {
  /// `filler.jargon`: Sales jargon: "synergy", "leverage", "move the needle".
  static let jargon = LintRule(
    id: "filler.jargon", severity: .suggestion,
    summary: "Sales jargon: \"synergy\", \"leverage\", \"move the needle\".",
    message: "Jargon the reader has to translate.",
    suggestion: "Use the plain word the reader would use about their own work.",
    rationale: "Jargon raises the reading grade; Boomerang found 3rd-grade emails got 53% responses vs 39% at college level (fastcompany.com/3057096).",
    detector: .phrases([
        "synergy",
        "synergies",
        "leverage~",
        "paradigm",
        "move the needle",
        "low hanging fruit",
        "win win",
        "value add",
        "value added",
        "game changer",
        "seamless",
        "seamlessly",
        "end to end solution",
        "holistic",
        "turnkey",
        "disrupt",
        "disruptive",
        "best practices",
        "robust solution",
        "scalable solution",
        "empower~",
      ]),
    triggers: [
      RuleExample("We can leverage synergies across your team.", at: "leverage"),
      RuleExample("This will move the needle for you.", at: "move the needle"),
      RuleExample("Acme leverages AI across your calls.", at: "leverages"),
    ],
    passes: [
      "We can cut your onboarding from three months to two.",
      "Will this change your numbers?",
    ])
}
