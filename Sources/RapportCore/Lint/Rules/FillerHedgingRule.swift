extension LintRule {
  /// `filler.hedging`: Hedges: "I think", "I believe", "kind of", "hopefully".
  static let hedging = LintRule(
    id: "filler.hedging", severity: .suggestion,
    summary: "Hedges: \"I think\", \"I believe\", \"kind of\", \"hopefully\".",
    message: "A hedge that weakens the sentence and adds a sender word.",
    suggestion: "Say it plainly, or ask it as a question.",
    rationale: "Hedges lengthen the message and centre the sender's opinion; every word counts in a 25–50 word opener (Lavender).",
    detector: .phrases([
        "i think",
        "i believe",
        "i feel like",
        "i feel that",
        "i guess",
        "i suppose",
        "sort of",
        "kind of",
        "a little bit",
        "hopefully",
        "i was wondering if",
        "i was wondering whether",
        "just wondering",
      ]),
    triggers: [
      RuleExample("I think this could help your team.", at: "I think"),
      RuleExample("I was wondering if you had time.", at: "I was wondering if"),
    ],
    passes: [
      "This could help your team.",
      "Would that help your team?",
    ])
}
